package org.kgi.indexer.extract.mention;

/**
 * A capitalised name in a sentence: tokens {@code [first, last]}, and the first token of a quoted nickname
 * inside it ({@code Jimmy 'Barbecue' Cherizier}) or -1; the nickname then runs to {@code last - 2}, before
 * its closing quote and the last name.
 */
public record Chunk(int first, int last, int nickname) {
    public Chunk {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("bad chunk [" + first + ", " + last + "]");
        }
    }
}
