package org.kgi.indexer.search;

/** A report like another one: its id, title, date and how alike they are. */
public record SimilarHit(String id, String title, String date, float score) {
}
