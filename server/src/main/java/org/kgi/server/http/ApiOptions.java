package org.kgi.server.http;

/**
 * How the API guards itself.
 *
 * @param writeToken bearer token that {@code POST}/{@code DELETE} requests must carry, or {@code null} for none
 *                   (only allowed when listening on loopback)
 */
public record ApiOptions(String writeToken) {
    public static final ApiOptions LOOPBACK = new ApiOptions(null);

    public ApiOptions {
        if (writeToken != null && writeToken.isBlank()) {
            writeToken = null;
        }
    }
}
