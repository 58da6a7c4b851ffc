package org.kgi.indexer.search;

import java.util.List;

/**
 * One matching report: its id, title, date and source ({@code null} when unknown), score and best passages,
 * as HTML in which the report's text is escaped and only the matches are wrapped in {@code <mark>}; {@code titleHtml}
 * is the title so, its words the query searched for marked.
 */
public record Hit(String id, String title, String date, String source, float score, List<String> snippets,
                  String titleHtml) {
    public Hit {
        snippets = List.copyOf(snippets);
    }
}
