package org.kgi.indexer.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a text, each held only up to a limit: a longer line is read past, not kept, so one line without an
 * end in a huge file cannot exhaust memory (which {@link java.io.BufferedReader#readLine()} would). Lines end at
 * {@code \n}, {@code \r\n} or {@code \r}. Not thread-safe; one per file.
 */
final class LineReader implements Closeable {
    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[8192];
    private int pos;
    private int end;
    private boolean skipLf;
    private boolean tooLong;

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line ({@code ""} when it was longer than the limit, see {@link #tooLong()}), or {@code null} at the end. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? line.toString() : null;
                }
            }
            char c = buf[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                return line.toString();
            }
            if (tooLong) {
                continue;
            }
            if (line.length() < maxChars) {
                line.append(c);
            } else {
                tooLong = true;
                line = new StringBuilder(); // let the kept part go
            }
        }
    }

    /** Whether the line {@link #next()} last gave was longer than the limit (and so given as {@code ""}). */
    boolean tooLong() {
        return tooLong;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
