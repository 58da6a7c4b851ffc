package org.kgi.indexer.extract.text;

/**
 * One-pass tokenizer. Words are runs of letters and digits that may hold inner hyphens
 * ({@code Pont-Sonde}), inner apostrophes ({@code d'Ivoire}, but {@code 's} is split off), dotted
 * initials ({@code U.S.}, {@code a.m.}) and number separators ({@code 5,000}, {@code 2.5}). Every other
 * non-space character is a token of its own. Stops after {@code maxTokens} tokens.
 */
public final class Tokenizer {
    /** One shared string per ASCII character, for punctuation tokens (no allocation per mark). */
    private static final String[] ASCII = new String[128];
    /** The same for Unicode's general punctuation (U+2000 to U+206F: curly quotes, dashes, ellipsis). */
    private static final String[] GENERAL_PUNCTUATION = new String[0x70];

    /** What an ASCII character is, looked up instead of asking {@link Character} (most of a report is ASCII). */
    private static final byte[] KIND = new byte[128];
    private static final byte LOWER = 1;
    private static final byte UPPER = 2;
    private static final byte DIGIT = 3;
    private static final byte SPACE = 4;

    static {
        for (int k = 0; k < GENERAL_PUNCTUATION.length; k++) {
            GENERAL_PUNCTUATION[k] = String.valueOf((char) (0x2000 + k));
        }
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
            KIND[c] = Character.isLowerCase(c) ? LOWER : Character.isUpperCase(c) ? UPPER : Character.isDigit(c) ? DIGIT
                    : Character.isWhitespace(c) || Character.isISOControl(c) ? SPACE : 0;
        }
    }

    /** A letter or digit ({@link Character#isLetterOrDigit}). */
    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? KIND[c] != 0 && KIND[c] != SPACE : Character.isLetterOrDigit(c);
    }

    private final int maxTokens;

    public Tokenizer(int maxTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
        }
        this.maxTokens = maxTokens;
    }

    public Tokens tokenize(String text, int maxChars) {
        int n = Math.min(text.length(), maxChars);
        Tokens tokens = new Tokens(text, Math.min(maxTokens, n / 5 + 16));
        LowerCaseInterner interner = new LowerCaseInterner(n);
        int i = 0;
        while (i < n && tokens.size() < maxTokens) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c)) {
                int end = wordEnd(text, i, n);
                addWord(tokens, text, i, end, interner);
                i = end;
            } else if (c < 128 ? KIND[c] == SPACE : Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate(c)) {
                i++;
            } else {
                tokens.add(i, i + 1, Tokens.PUNCT, punctuation(c));
                i++;
            }
        }
        return tokens;
    }

    private static String punctuation(char c) {
        if (c < ASCII.length) {
            return ASCII[c];
        }
        int k = c - 0x2000;
        return k >= 0 && k < GENERAL_PUNCTUATION.length ? GENERAL_PUNCTUATION[k] : String.valueOf(c);
    }

    private static int wordEnd(String text, int from, int n) {
        int i = from;
        boolean dotted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c) || c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
                continue;
            }
            char next = i + 1 < n ? text.charAt(i + 1) : ' ';
            if (c == '-' && Character.isLetterOrDigit(next) && i > from) {
                i++;
            } else if ((c == '\'' || c == '\u2019') && Character.isLetter(next) && Character.isLetter(text.charAt(i - 1))
                    && !isPossessive(text, i, n)) {
                i++;
            } else if (c == '.' && Character.isLetter(next) && isInitialRun(text, from, i)) {
                dotted = true;
                i++;
            } else if (c == '.' && dotted) {
                return i + 1;
            } else if (c == '.' && Character.isUpperCase(next) && Character.isLowerCase(text.charAt(i - 1))
                    && Character.isUpperCase(text.charAt(from)) && lowerRunAfter(text, i + 2, n)) {
                i++; // Kavkaz.Realii, Gazeta.Ru: one name written with a dot
            } else if ((c == ',' || c == '.') && Character.isDigit(next) && Character.isDigit(text.charAt(i - 1))) {
                i++;
            } else if (c == '&' && i > from && i - from <= 2 && Character.isUpperCase(next)
                    && Character.isUpperCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(from))) {
                i++; // J&K, AT&T, R&D: one abbreviation
            } else {
                break;
            }
        }
        return i;
    }

    /** Whether a lower-case letter opens {@code text[from, ...)} and the word it opens ends in a letter. */
    private static boolean lowerRunAfter(String text, int from, int n) {
        int i = from;
        while (i < n && Character.isLowerCase(text.charAt(i))) {
            i++;
        }
        return i > from && (i == n || !Character.isLetterOrDigit(text.charAt(i))
                && !(text.charAt(i) == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))));
    }

    /**
     * Whether {@code text[from, dot)} is a run of single letters separated by dots ({@code U}, {@code U.S}), or of
     * doubled capitals, as Spanish writes a plural's abbreviation ({@code FF.AA}, {@code EE.UU}).
     */
    private static boolean isInitialRun(String text, int from, int dot) {
        int p = from;
        while (p < dot) {
            char c = text.charAt(p);
            if (!Character.isLetter(c)) {
                return false;
            }
            boolean doubled = p + 1 < dot && text.charAt(p + 1) == c && Character.isUpperCase(c);
            p += doubled ? 2 : 1;
            if (p == dot) {
                return true;
            }
            if (text.charAt(p) != '.') {
                return false;
            }
            p++;
        }
        return false;
    }

    private static boolean isPossessive(String text, int apostrophe, int n) {
        int s = apostrophe + 1;
        if (s >= n || (text.charAt(s) != 's' && text.charAt(s) != 'S')) {
            return false;
        }
        return s + 1 >= n || !Character.isLetter(text.charAt(s + 1));
    }

    /** An Arabic article before a name, written as one word: {@code al-Shabaab}, {@code el-Fasher}, {@code ash-Sham}. */
    private static boolean articleThenCapital(String text, int start, int end) {
        int dash = start + 2 < end && text.charAt(start + 2) == '-' ? start + 2
                : start + 3 < end && text.charAt(start + 3) == '-' ? start + 3 : -1;
        if (dash < 0 || dash + 1 >= end || !Character.isUpperCase(text.charAt(dash + 1))) {
            return false;
        }
        String article = text.substring(start, dash);
        return article.equals("al") || article.equals("el") || article.equals("ad") || article.equals("as")
                || article.equals("ash") || article.equals("an") || article.equals("ar") || article.equals("at")
                || article.equals("az");
    }

    /**
     * Whether the word is an Irish name word with its initial mutation ({@code hÉireann} in {@code Óglaigh na
     * hÉireann}, {@code nGaedheal}, {@code bhFear}): a lower-case prefix, a capital, then lower case only.
     */
    private static boolean irishMutation(String text, int start, int end) {
        int p = start;
        while (p < end && p - start < 3 && "hntmgdbf".indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        if (p == start || p - start > 1 && !text.startsWith("bh", start) || end - p < 3
                || !Character.isUpperCase(text.charAt(p))) {
            return false;
        }
        for (int k = p + 1; k < end; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static void addWord(Tokens tokens, String text, int start, int end, LowerCaseInterner interner) {
        int letters = 0;
        int uppers = 0;
        int digits = 0;
        int oddUppers = 0;
        for (int p = start; p < end; p++) {
            char c = text.charAt(p);
            if (c < 128) {
                byte k = KIND[c];
                letters += k == LOWER || k == UPPER ? 1 : 0;
                uppers += k == UPPER ? 1 : 0;
                digits += k == DIGIT ? 1 : 0;
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    uppers++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isUpperCase(c)) {
                oddUppers++; // a capital that is no letter (a Roman numeral sign)
            }
        }
        int shape = Tokens.WORD;
        if (letters == 0 && digits > 0) {
            shape |= Tokens.NUMBER;
        }
        // both later checks want a capital inside the word: most words have none
        if (Character.isUpperCase(text.charAt(start)) || uppers + oddUppers > 0
                && (articleThenCapital(text, start, end) || irishMutation(text, start, end))) {
            shape |= Tokens.CAPITALISED;
        }
        if (uppers >= 2 && uppers == letters) {
            shape |= Tokens.ALL_CAPS;
        }
        tokens.add(start, end, shape, interner.lower(text, start, end));
    }
}
