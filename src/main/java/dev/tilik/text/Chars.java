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
}
