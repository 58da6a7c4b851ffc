package org.kgi.server.http;

import java.nio.file.Path;

/**
 * How the API guards itself and what it may re-index.
 *
 * @param writeToken bearer token that {@code POST}/{@code DELETE} requests must carry, or {@code null} for none
 *                   (only allowed when listening on loopback)
 * @param corpus     the corpus {@code POST /api/reindex} synchronises, or {@code null} for none
 * @param threads    indexing workers for a re-index
 */
public record ApiOptions(String writeToken, Path corpus, int threads) {
    public static final ApiOptions LOOPBACK = new ApiOptions(null, null, 1);

    public ApiOptions {
        if (writeToken != null && writeToken.isBlank()) {
            writeToken = null;
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
