package dev.tilik.eval;

import java.util.Locale;

/** How gold text is compared with article text: white space collapsed, typographic quotes made plain. */
final class GoldText {
    private GoldText() {
    }

    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = plain(s.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** True when {@code text} contains {@code part}, both collapsed. */
    static boolean contains(String text, String part) {
        return collapse(text).contains(collapse(part));
    }

    /** Lower-case letter-or-digit runs: "Bangsa-Bangsa (PBB)" gives bangsa, bangsa, pbb. */
    static java.util.Set<String> words(String s) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static char plain(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
            default -> c;
        };
    }
}
