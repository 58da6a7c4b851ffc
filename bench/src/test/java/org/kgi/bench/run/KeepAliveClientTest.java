package org.kgi.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bench's load client against the JDK's own HTTP server: statuses, whole bodies, one connection. */
class KeepAliveClientTest {
    private static final int BIG = 200_000; // more than the client's 64 KB buffer

    private HttpServer server;
    private final Set<Integer> clientPorts = Collections.synchronizedSet(new HashSet<>());
    private final List<String> paths = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        String path = exchange.getRequestURI().getRawPath();
        paths.add(exchange.getRequestURI().toString());
        exchange.getRequestBody().readAllBytes();
        byte[] big = new byte[BIG];
        Arrays.fill(big, (byte) 'x');
        try (OutputStream out = exchange.getResponseBody()) {
            switch (path) {
                case "/fixed" -> {
                    exchange.sendResponseHeaders(200, big.length);
                    out.write(big);
                }
                case "/chunked" -> {
                    exchange.sendResponseHeaders(200, 0); // length unknown: chunked
                    for (int i = 0; i < 3; i++) {
                        out.write(big);
                        out.flush();
                    }
                }
                case "/empty" -> exchange.sendResponseHeaders(204, -1);
                default -> {
                    byte[] body = "no such page".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(404, body.length);
                    out.write(body);
                }
            }
        }
    }

    @Test
    void readsEachWholeResponseOnOneConnection() throws IOException {
        int port = server.getAddress().getPort();
        String host = server.getAddress().getHostString();
        try (KeepAliveClient client = new KeepAliveClient(host, port)) {
            for (int round = 0; round < 3; round++) {
                assertEquals(200, client.send(KeepAliveClient.get(host, port, "/fixed?q=a%20b")));
                assertEquals(200, client.send(KeepAliveClient.get(host, port, "/chunked")));
                assertEquals(204, client.send(KeepAliveClient.get(host, port, "/empty")));
                assertEquals(404, client.send(KeepAliveClient.get(host, port, "/missing")));
            }
        }
        assertEquals(12, paths.size());
        assertEquals("/fixed?q=a%20b", paths.get(0));
        assertEquals(1, clientPorts.size(), "every request on the same keep-alive connection");
    }

    @Test
    void aClosedConnectionFailsOnceThenReconnects() throws IOException {
        int port = server.getAddress().getPort();
        String host = server.getAddress().getHostString();
        KeepAliveClient client = new KeepAliveClient(host, port);
        assertEquals(200, client.send(KeepAliveClient.get(host, port, "/fixed")));
        server.stop(0);
        assertThrows(IOException.class, () -> client.send(KeepAliveClient.get(host, port, "/fixed")));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::answer);
        server.start();
        assertEquals(200, client.send(KeepAliveClient.get(host, port, "/fixed")));
        assertEquals(2, clientPorts.size(), "a new connection after the failure");
        client.close();
    }
}
