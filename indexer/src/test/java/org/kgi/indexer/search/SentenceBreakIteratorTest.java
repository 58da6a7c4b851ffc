package org.kgi.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The highlighter's sentences: where they break, the {@link BreakIterator} contract the highlighter relies on, and
 * agreement with the JDK's sentence instance (which it replaces) over the bundled corpus.
 */
class SentenceBreakIteratorTest {
    @Test
    void breaksAtLineBreaksAndSentenceMarksFollowedBySpace() {
        String text = "Clashes in Cité Soleil\n\nGangs attacked Cité Soleil. Police responded!\n\nThe U.S. forces "
                + "left at 3.5 km, report No. 4 says.  \"Who fired?\" he asked. Mr. Smith said so... and left. Dr. Jean came, and\n"
                + "a wrapped line went on.\nlater text \n \r\n- a list";
        List<String> sentences = sentences(text);
        assertEquals(List.of("Clashes in Cité Soleil\n\n", "Gangs attacked Cité Soleil. ", "Police responded!\n\n",
                "The U.S. forces left at 3.5 km, report No. 4 says.  ", "\"Who fired?\" ", "he asked. ", "Mr. ",
                "Smith said so... and left. ", "Dr. ", "Jean came, and\na wrapped line went on.\nlater text \n \r\n",
                "- a list"), sentences);
        assertEquals(List.of("No mark at the end"), sentences("No mark at the end"));
        assertEquals(List.of("Ends here.  "), sentences("Ends here.  "));
        assertEquals(List.of(), sentences(""));
    }

    @Test
    void aVeryLongSentenceIsCutIntoPiecesAfterSpaces() {
        String words = "Word " + "word ".repeat(400); // 2,005 characters without a full stop
        List<String> pieces = sentences("Short one. " + words + "End.");
        assertEquals("Short one. ", pieces.get(0));
        assertEquals("Short one. " + words + "End.", String.join("", pieces));
        for (String piece : pieces) {
            assertTrue(piece.length() <= SentenceBreakIterator.MAX_SENTENCE, piece.length() + ": " + piece);
        }
        assertTrue(pieces.subList(1, pieces.size() - 1).stream().allMatch(p -> p.endsWith(" ")), pieces.toString());
        // no space at all: cut where it must be, never inside a surrogate pair
        String emoji = "\uD83D\uDE00".repeat(700);
        List<String> hard = sentences(emoji);
        assertEquals(emoji, String.join("", hard));
        assertTrue(hard.size() >= 4 && hard.stream().noneMatch(p -> Character.isLowSurrogate(p.charAt(0))),
                hard.toString());
        // a sentence just under the limit stays whole
        String under = "x".repeat(SentenceBreakIterator.MAX_SENTENCE - 1);
        assertEquals(List.of(under), sentences(under));
    }

    @Test
    void keepsTheBreakIteratorContract() {
        String text = "One. Two three. Four!\n\nFive";
        BreakIterator it = new SentenceBreakIterator();
        it.setText(text);
        int[] bounds = {0, 5, 16, 23, 27};
        assertEquals(0, it.current());
        assertEquals(27, it.last());
        assertEquals(BreakIterator.DONE, it.next());
        assertEquals(27, it.current(), "past the last: stays at the last");
        assertEquals(23, it.previous());
        assertEquals(0, it.first());
        assertEquals(BreakIterator.DONE, it.previous());
        assertEquals(16, it.next(2));
        for (int offset = 0; offset <= text.length(); offset++) {
            int following = BreakIterator.DONE;
            int preceding = BreakIterator.DONE;
            for (int b : bounds) {
                if (b > offset && following == BreakIterator.DONE) {
                    following = b;
                }
                if (b < offset) {
                    preceding = b;
                }
            }
            assertEquals(following, it.following(offset), "following " + offset);
            assertEquals(preceding, it.preceding(offset), "preceding " + offset);
            int at = offset;
            assertEquals(java.util.Arrays.stream(bounds).anyMatch(b -> b == at), it.isBoundary(offset));
        }
        assertThrows(IllegalArgumentException.class, () -> it.following(28));
        assertThrows(IllegalArgumentException.class, () -> it.preceding(-1));
        assertEquals(text, textOf(it));
    }

    @Test
    void agreesWithTheJdksSentencesOverTheCorpus() throws IOException {
        int ours = 0;
        int jdks = 0;
        int both = 0;
        for (String text : corpus()) {
            // within lines: the JDK's has no boundary after a headline, a heading or a list item without a mark
            Set<Integer> a = bounds(new SentenceBreakIterator(), text);
            a.removeIf(bound -> afterLineBreak(text, bound));
            Set<Integer> b = new HashSet<>();
            for (int bound : bounds(BreakIterator.getSentenceInstance(Locale.ROOT), text)) {
                // the JDK ends a sentence after its line break; this one at the next non-space, as after a full stop
                int next = bound;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (!afterLineBreak(text, next)) {
                    b.add(next);
                }
            }
            ours += a.size();
            jdks += b.size();
            a.retainAll(b);
            both += a.size();
        }
        // 309 of 311 found: the JDK puts its two others between a word and its full stop before a list (".\n\n- ")
        assertTrue(both >= 0.99 * jdks, both + " of the JDK's " + jdks + " boundaries within lines found");
        assertTrue(both > 0.9 * ours, both + " of our " + ours + " boundaries are the JDK's too");
    }

    /** Whether {@code bound} follows a line break, with only white space between. */
    private static boolean afterLineBreak(String text, int bound) {
        for (int i = bound - 1; i >= 0 && Character.isWhitespace(text.charAt(i)); i--) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static List<String> sentences(String text) {
        BreakIterator it = new SentenceBreakIterator();
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    private static Set<Integer> bounds(BreakIterator it, String text) {
        it.setText(text);
        Set<Integer> out = new HashSet<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            out.add(b);
        }
        return out;
    }

    private static String textOf(BreakIterator it) {
        StringBuilder b = new StringBuilder();
        var chars = it.getText();
        for (char c = chars.first(); c != java.text.CharacterIterator.DONE; c = chars.next()) {
            b.append(c);
        }
        return b.toString();
    }

    private static List<String> corpus() throws IOException {
        Path corpus = Path.of(System.getProperty("kgi.root", "..")).toAbsolutePath().resolve("corpus");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            // text and Markdown as they are (a JSON file's text is in escaped strings until it is read)
            for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).sorted()
                    .toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        assertTrue(texts.size() > 10, "the bundled corpus was not found at " + corpus);
        return texts;
    }
}
