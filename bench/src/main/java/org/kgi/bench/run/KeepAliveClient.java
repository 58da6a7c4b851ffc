package org.kgi.bench.run;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A load client as light as wrk: one HTTP/1.1 keep-alive connection on a plain blocking socket, requests written as
 * ready-made bytes, each response read to its end (by its {@code Content-Length} or its chunks) and dropped. The JDK's
 * {@code HttpClient} spends about 190 µs of CPU per request at the search row's rate, this about 40 µs; on a 2-core
 * machine the client's CPU is taken from the server it measures. Not thread-safe: one per load client.
 */
final class KeepAliveClient implements Closeable {
    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int MAX_LINE = 8_192;

    private final String host;
    private final int port;
    private final byte[] buffer = new byte[1 << 16];
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private int pos;
    private int limit;

    KeepAliveClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The bytes of a GET of {@code pathAndQuery} (already URL-encoded) on {@code host:port}. */
    static byte[] get(String host, int port, String pathAndQuery) {
        return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Sends {@code request} (from {@link #get}) and reads the whole response; returns its status. On any failure
     * the connection is closed, and the next call opens a new one.
     */
    int send(byte[] request) throws IOException {
        try {
            if (socket == null) {
                open();
            }
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MILLIS);
        s.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        socket = s;
        out = s.getOutputStream();
        in = s.getInputStream();
        pos = 0;
        limit = 0;
    }

    private int readResponse() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.") || status.length() < 12) {
            throw new IOException("not an HTTP/1.x status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = status.startsWith("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                throw new IOException("malformed header: " + header);
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        if (code == 204 || code == 304 || code < 200) {
            // no body, whatever the headers say (RFC 9112, 6.3)
        } else if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                if (!line().isEmpty()) {
                    throw new IOException("a chunk does not end its line");
                }
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            throw new IOException("a response with neither Content-Length nor chunks");
        }
        if (closes) {
            close();
        }
        return code;
    }

    private long chunkSize() throws IOException {
        String line = line();
        int end = line.indexOf(';');
        return Long.parseLong((end < 0 ? line : line.substring(0, end)).trim(), 16);
    }

    private int available() throws IOException {
        if (pos == limit) {
            pos = 0;
            limit = in.read(buffer, 0, buffer.length);
            if (limit < 0) {
                limit = 0;
                throw new EOFException("the server closed the connection");
            }
        }
        return limit - pos;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            available();
            byte b = buffer[pos++];
            if (b == '\n') {
                int n = line.length();
                return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
            }
            if (line.length() == MAX_LINE) {
                throw new IOException("a line longer than " + MAX_LINE + " bytes");
            }
            line.append((char) (b & 0xff));
        }
    }

    private void skip(long n) throws IOException {
        while (n > 0) {
            int k = (int) Math.min(n, available());
            pos += k;
            n -= k;
        }
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing a connection that failed
            }
        }
    }
}
