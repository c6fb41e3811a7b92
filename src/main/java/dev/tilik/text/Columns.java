package dev.tilik.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Display width of text in terminal columns, by grapheme: a base character with its combining
 * marks is one grapheme; so is an emoji sequence (joiners, variation selectors, skin tones,
 * flags). East Asian wide and fullwidth characters and emoji take two columns, combining marks
 * none. Never use {@code String.length()} as a column count.
 */
public final class Columns {
    private static final int ZWJ = 0x200D;

    private Columns() {
    }

    /** Columns the whole string takes. */
    public static int width(String s) {
        int w = 0;
        for (String g : graphemes(s)) {
            w += graphemeWidth(g);
        }
        return w;
    }

    /** The string split into graphemes (user-perceived characters). */
    public static List<String> graphemes(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int end = graphemeEnd(s, i);
            out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    /** Index just past the grapheme that starts at {@code start}. */
    public static int graphemeEnd(String s, int start) {
        int cp = s.codePointAt(start);
        int i = start + Character.charCount(cp);
        if (Character.isISOControl(cp)) {
            return i;
        }
        if (isRegionalIndicator(cp) && i < s.length() && isRegionalIndicator(s.codePointAt(i))) {
            return i + 2;
        }
        while (i < s.length()) {
            int next = s.codePointAt(i);
            if (isExtender(next)) {
                i += Character.charCount(next);
            } else if (next == ZWJ && i + 1 < s.length() && !Character.isISOControl(s.codePointAt(i + 1))) {
                i += 1;
                i += Character.charCount(s.codePointAt(i));
            } else {
                break;
            }
        }
        return i;
    }

    /** Columns one grapheme takes: 0, 1 or 2. */
    public static int graphemeWidth(String g) {
        if (g.isEmpty()) {
            return 0;
        }
        int first = g.codePointAt(0);
        if (g.length() > Character.charCount(first)) {
            if (g.indexOf(0xFE0F) >= 0 || g.indexOf(ZWJ) >= 0 || isRegionalIndicator(first)) {
                return 2;
            }
        }
        return Math.max(codePointWidth(first), isExtender(first) ? 1 : 0);
    }

    /** Columns one code point takes on its own: 0 for controls and combining marks. */
    public static int codePointWidth(int cp) {
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            return 0;
        }
        if (isExtender(cp) || Character.getType(cp) == Character.FORMAT) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** True for East Asian wide/fullwidth characters and emoji shown in emoji presentation. */
    public static boolean isWide(int cp) {
        return between(cp, 0x1100, 0x115F) || between(cp, 0x231A, 0x231B) || between(cp, 0x2329, 0x232A)
                || between(cp, 0x23E9, 0x23EC) || cp == 0x23F0 || cp == 0x23F3 || between(cp, 0x25FD, 0x25FE)
                || between(cp, 0x2614, 0x2615) || between(cp, 0x2648, 0x2653) || cp == 0x267F || cp == 0x2693
                || cp == 0x26A1 || between(cp, 0x26AA, 0x26AB) || between(cp, 0x26BD, 0x26BE)
                || between(cp, 0x26C4, 0x26C5) || cp == 0x26CE || cp == 0x26D4 || cp == 0x26EA
                || between(cp, 0x26F2, 0x26F3) || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD || cp == 0x2705
                || between(cp, 0x270A, 0x270B) || cp == 0x2728 || cp == 0x274C || cp == 0x274E
                || between(cp, 0x2753, 0x2755) || cp == 0x2757 || between(cp, 0x2795, 0x2797) || cp == 0x27B0
                || cp == 0x27BF || between(cp, 0x2B1B, 0x2B1C) || cp == 0x2B50 || cp == 0x2B55
                || between(cp, 0x2E80, 0x303E) || between(cp, 0x3041, 0x33FF) || between(cp, 0x3400, 0x4DBF)
                || between(cp, 0x4E00, 0x9FFF) || between(cp, 0xA000, 0xA4CF) || between(cp, 0xA960, 0xA97F)
                || between(cp, 0xAC00, 0xD7A3) || between(cp, 0xF900, 0xFAFF) || between(cp, 0xFE10, 0xFE19)
                || between(cp, 0xFE30, 0xFE6F) || between(cp, 0xFF00, 0xFF60) || between(cp, 0xFFE0, 0xFFE6)
                || between(cp, 0x16FE0, 0x18AFF) || between(cp, 0x1B000, 0x1B2FF)
                || between(cp, 0x1F004, 0x1F004) || cp == 0x1F0CF || cp == 0x1F18E || between(cp, 0x1F191, 0x1F19A)
                || between(cp, 0x1F200, 0x1F251) || between(cp, 0x1F300, 0x1F64F) || between(cp, 0x1F680, 0x1F6FF)
                || between(cp, 0x1F7E0, 0x1F7EB) || between(cp, 0x1F90C, 0x1F9FF) || between(cp, 0x1FA70, 0x1FAFF)
                || between(cp, 0x20000, 0x3FFFD);
    }

    /** Cut {@code s} to at most {@code cols} columns, ending with "…" when something was cut. */
    public static String fit(String s, int cols) {
        if (cols <= 0) {
            return "";
        }
        s = SafeText.sanitize(s); // measured as the terminal will show it: ESC takes two columns as ^[
        if (width(s) <= cols) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int w = 0;
        for (String g : graphemes(s)) {
            int gw = graphemeWidth(g);
            if (w + gw > cols - 1) {
                break;
            }
            out.append(g);
            w += gw;
        }
        return out.append('…').toString();
    }

    /**
     * {@code s} in at most {@code cols} columns as {@link #fit} cuts it, but never in the middle of a word: a cut word
     * goes whole ("banjir bandang" in 11 columns is "banjir…", not "banjir ban…"); a first word longer than the
     * room is cut as {@link #fit} cuts it.
     */
    public static String fitWords(String s, int cols) {
        String cut = fit(s, cols);
        if (!cut.endsWith("\u2026") || cut.equals(SafeText.sanitize(s))) {
            return cut;
        }
        String kept = cut.substring(0, cut.length() - 1);
        String whole = SafeText.sanitize(s);
        boolean midWord = kept.length() < whole.length() && !Character.isWhitespace(whole.charAt(kept.length()))
                && !kept.isEmpty() && !Character.isWhitespace(kept.charAt(kept.length() - 1));
        int space = kept.lastIndexOf(' ');
        if (!midWord || space <= 0) {
            return cut;
        }
        return kept.substring(0, space).stripTrailing() + "\u2026";
    }

    /** {@code s} cut or padded with spaces to exactly {@code cols} columns. */
    public static String pad(String s, int cols) {
        String f = fit(s, cols);
        return f + " ".repeat(Math.max(0, cols - width(f)));
    }

    private static boolean isExtender(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || between(cp, 0xFE00, 0xFE0F)
                || between(cp, 0x1F3FB, 0x1F3FF) || between(cp, 0xE0020, 0xE007F) || between(cp, 0xE0100, 0xE01EF);
    }

    private static boolean isRegionalIndicator(int cp) {
        return between(cp, 0x1F1E6, 0x1F1FF);
    }

    private static boolean between(int cp, int lo, int hi) {
        return cp >= lo && cp <= hi;
    }
}
