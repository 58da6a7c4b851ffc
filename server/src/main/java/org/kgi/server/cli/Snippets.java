package org.kgi.server.cli;

/** Turns a highlighted HTML snippet into terminal text: marks become [brackets], entities are decoded. */
final class Snippets {
    private Snippets() {
    }

    static String toTerminal(String html) {
        return html.replace("<mark>", "[").replace("</mark>", "]")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&")
                .replace('\n', ' ');
    }
}
