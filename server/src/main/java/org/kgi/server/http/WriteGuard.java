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
        String expected = "Bearer " + options.writeToken();
        if (header == null || !MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "Unauthorized", "writes need the header 'Authorization: Bearer <token>' with the server's token");
        }
    }
}
