package org.kgi.indexer.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * Turns a stream of words into its pairs of adjacent words ({@link Schema#BODY_PAIRS}): {@code a b c} gives
 * {@code "a b"} at the position of {@code a} and {@code "b c"} at that of {@code b}; a word after a gap (a stop word
 * taken out) starts no pair with the word before it. Lucene's shingle filters do this too, but keep a copy of every
 * attribute of every token, and write a filler word into a gap; this keeps the previous word's letters alone. The
 * body's analysis into pairs ran at 60 MB/s with it and at 30 MB/s with {@code ShingleFilter} and a filter taking out
 * the pairs with a filler word (20,000 generated reports, one thread): the same pairs, though at positions that drift
 * from the body's after some gaps.
 */
public final class WordPairFilter extends TokenFilter {
    /** What joins the two words of a pair. */
    private static final char SEPARATOR = ' ';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    /** Letters of the previous word, and room for the current one. */
    private char[] previous = new char[32];
    private char[] current = new char[32];
    /** Length of the previous word; {@code -1} before the first. */
    private int previousLength = -1;
    private int previousStart;
    /** Position of the last word read, and of the last pair given. */
    private int position = -1;
    private int pairPosition = -1;

    WordPairFilter(TokenStream input) {
        super(input);
    }

    /** The term {@link Schema#BODY_PAIRS} holds for two adjacent words, each as the body's analysis gives it. */
    public static BytesRef pair(BytesRef first, BytesRef second) {
        BytesRefBuilder b = new BytesRefBuilder();
        b.append(first);
        b.append((byte) SEPARATOR);
        b.append(second);
        return b.toBytesRef();
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            int step = increment.getPositionIncrement();
            int length = term.length();
            int start = offset.startOffset();
            current = ArrayUtil.grow(current, length);
            System.arraycopy(term.buffer(), 0, current, 0, length);
            boolean adjacent = previousLength >= 0 && step == 1;
            if (adjacent) {
                char[] pair = term.resizeBuffer(previousLength + 1 + length);
                System.arraycopy(previous, 0, pair, 0, previousLength);
                pair[previousLength] = SEPARATOR;
                System.arraycopy(current, 0, pair, previousLength + 1, length);
                term.setLength(previousLength + 1 + length);
                offset.setOffset(previousStart, offset.endOffset());
                increment.setPositionIncrement(position - pairPosition);
                pairPosition = position;
            }
            // this word is the first of the next pair
            char[] spare = previous;
            previous = current;
            current = spare;
            previousLength = length;
            previousStart = start;
            position += step;
            if (adjacent) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        // the positions after the last pair: the stream ends where the words' stream ends
        increment.setPositionIncrement(increment.getPositionIncrement() + position - pairPosition);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previousLength = -1;
        position = -1;
        pairPosition = -1;
    }
}
