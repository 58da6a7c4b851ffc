/**
 * Searching the index: query parsing with clear syntax errors, ranking, highlighted snippets.
 * Stateless over the searcher snapshots that {@link org.apache.lucene.search.SearcherManager} hands out.
 */
package org.kgi.indexer.search;
