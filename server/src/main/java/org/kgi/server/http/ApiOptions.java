package org.kgi.server.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * How the API guards itself and what it may re-index.
 *
 * @param writeToken bearer token that {@code POST}/{@code DELETE} requests must carry, or {@code null} for none
 *                   (only allowed when listening on loopback)
 * @param corpus     the corpus {@code POST /api/reindex} synchronises, or {@code null} for none
 * @param threads    indexing workers for a re-index
 * @param corsOrigin the one origin (e.g. {@code https://dashboard.example.org}) whose pages may call {@code /api/*}
 *                   from a browser, or {@code null} for none (CORS off, the default)
 */
public record ApiOptions(String writeToken, Path corpus, int threads, String corsOrigin) {
    public static final ApiOptions LOOPBACK = new ApiOptions(null, null, 1, null);

    public ApiOptions(String writeToken, Path corpus, int threads) {
        this(writeToken, corpus, threads, null);
    }

    public ApiOptions {
        if (writeToken != null && writeToken.isBlank()) {
            writeToken = null;
        }
        if (corsOrigin != null && corsOrigin.isBlank()) {
            corsOrigin = null;
        }
        if (corsOrigin != null && !isOrigin(corsOrigin)) {
            throw new IllegalArgumentException("the CORS origin must be one origin such as https://example.org or http://localhost:3000, not '"
                    + corsOrigin + "'");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** {@code scheme://host[:port]} with an http(s) scheme and nothing after it. */
    private static boolean isOrigin(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
