package dev.tilik.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s: words (with inner hyphens: "Bangsa-Bangsa", "baru-baru"),
 * numbers (with inner separators: "1.500", "3,000", "22/10/2024"), and single punctuation marks.
 * Apostrophes split ("Korea's" → "Korea", "'", "s"). Pure and thread-safe. A token of one ASCII character (a comma, a
 * full stop, a one-letter word) shares one string with every other such token, and a list is sized to its text once,
 * not grown: tokenising is done for every sentence, claim and speaker, many times over.
 */
final class Tokens {
    /** The one-character strings of ASCII, shared by every token of one such character. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    /** About how many characters a token and the space after it take, to size a text's list once. */
    private static final int CHARS_PER_TOKEN = 5;

    private Tokens() {
    }

    static boolean isQuoteChar(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E';
    }

    static List<Token> of(String text, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(0, to - from) / CHARS_PER_TOKEN + 2);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int e = wordEnd(text, i, to);
                out.add(new Token(i, e, e == i + 1 && c < ASCII.length ? ASCII[c] : text.substring(i, e)));
                i = e;
            } else {
                int e = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                out.add(new Token(i, e, e == i + 1 && c < ASCII.length ? ASCII[c] : text.substring(i, e)));
                i = e;
            }
        }
        return out;
    }

    private static int wordEnd(String text, int start, int to) {
        int i = start + 1;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (i + 1 < to && joins(text.charAt(i - 1), c, text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** Whether {@code mid} between {@code before} and {@code after} stays inside one token. */
    private static boolean joins(char before, char mid, char after) {
        boolean digits = Character.isDigit(before) && Character.isDigit(after);
        return switch (mid) {
            case '-', '\u2011' -> Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
            case '.' -> digits || (Character.isLetter(before) && Character.isLowerCase(after));
            case ',', '/' -> digits;
            default -> false;
        };
    }
}
