package org.kgi.indexer.extract.resolve;

import java.util.Objects;

/**
 * One name found in a sentence before resolution: its tokens, characters, lookup key and the guess its
 * own context gave ({@code null} when the context said nothing and only the rest of the report can tell).
 */
public record Found(int sentence, int first, int last, int start, int end, String key, Guess guess) {
    public Found {
        Objects.requireNonNull(key, "key");
        if (last < first || end < start) {
            throw new IllegalArgumentException("bad span");
        }
    }
}
