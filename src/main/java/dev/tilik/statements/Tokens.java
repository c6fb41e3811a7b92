package dev.tilik.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s: words (with inner hyphens: "Bangsa-Bangsa", "baru-baru"),
 * numbers (with inner separators: "1.500", "3,000", "22/10/2024"), and single punctuation marks.
 * Apostrophes split ("Korea's" → "Korea", "'", "s"). Pure and thread-safe.
 */
final class Tokens {
    private Tokens() {
    }

    static boolean isQuoteChar(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E';
    }

    static List<Token> of(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int e = wordEnd(text, i, to);
                out.add(new Token(i, e, text.substring(i, e)));
                i = e;
            } else {
                int e = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                out.add(new Token(i, e, text.substring(i, e)));
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
