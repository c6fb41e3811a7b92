package dev.tilik.text;

import java.util.function.IntPredicate;

/**
 * {@code s.chars().anyMatch(p)} and {@code allMatch(p)} as plain loops over the chars, for the tests asked of every
 * token of every sentence: the same answer, without a stream made for each call. Stateless.
 */
public final class Chars {
    private Chars() {
    }

    /** True when some char of {@code s} (a UTF-16 unit, as {@link String#chars()} gives it) passes {@code p}. */
    public static boolean any(String s, IntPredicate p) {
        for (int i = 0; i < s.length(); i++) {
            if (p.test(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when every char of {@code s} passes {@code p} (so when {@code s} is empty). */
    public static boolean all(String s, IntPredicate p) {
        for (int i = 0; i < s.length(); i++) {
            if (!p.test(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code text} writes {@code word} whole: exactly (case counts) and with no letter or mark joined to it on
     * either side — what {@code (?<![\p{L}\p{M}])word(?![\p{L}\p{M}])} finds, without a pattern compiled per word.
     */
    public static boolean hasWord(String text, String word) {
        return hasWord(text, word, Chars::letterOrMark);
    }

    /**
     * True when {@code text} writes {@code word} exactly (case counts) with no character {@code joins} accepts on either
     * side: the one char before it (a surrogate half alone joins nothing a letter test accepts), the code point after.
     * An empty word occurs nowhere.
     */
    public static boolean hasWord(String text, String word, java.util.function.IntPredicate joins) {
        return wordAt(text, word, joins) >= 0;
    }

    /** Where {@code text} first writes {@code word} whole, as {@link #hasWord(String, String, java.util.function.IntPredicate)} reads it, or -1. */
    public static int wordAt(String text, String word, java.util.function.IntPredicate joins) {
        if (word.isEmpty()) {
            return -1;
        }
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !joins.test(text.charAt(at - 1))) && (end == text.length() || !joins.test(text.codePointAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /** A letter or a mark (Unicode categories L and M, as {@code [\p{L}\p{M}]}). */
    /**
     * The words of {@code text} in lower case: each run of letters or digits ({@link Character#isLetterOrDigit}), the
     * marks between them dropped ("Usia 60-69 tahun." → "usia", "60", "69", "tahun"). A plain loop, no pattern.
     */
    public static java.util.List<String> lowerWords(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean in = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    private static boolean letterOrMark(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
