package org.kgi.server.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Writes ({@code POST}, {@code PUT}, {@code DELETE}) need the bearer token when the server has one. */
final class WriteGuard {
    private WriteGuard() {
    }

    static void check(Context ctx, ApiOptions options) {
        HandlerType m = ctx.method();
        boolean write = m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.DELETE || m == HandlerType.PATCH;
        if (!write || options.writeToken() == null) {
            return;
        }
        String header = ctx.header("Authorization");
        // the scheme's name in any case (RFC 9110), the token exactly
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : null;
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                options.writeToken().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "Unauthorized", "writes need the header 'Authorization: Bearer <token>' with the server's token");
        }
    }
}
