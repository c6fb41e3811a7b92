package dev.tilik.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.tilik.text.Columns;
import java.text.Normalizer;

/**
 * Turns a grapheme into something Lanterna draws in exactly the columns the terminal gives it.
 * Lanterna counts a multi-char grapheme as two columns and prints surrogate pairs as {@code ??},
 * and its idea of which single characters are wide differs from terminals in places. So a cell
 * holds one BMP character whose Lanterna width equals its terminal width; anything else becomes a
 * placeholder of the right width: {@value #WIDE} (U+3013, the typographic "missing glyph" mark)
 * for wide graphemes such as emoji, the base character for a combining sequence that does not
 * compose, {@value #NARROW} otherwise.
 */
final class Glyphs {
    static final String WIDE = "\u3013";
    static final String NARROW = "\uFFFD";
    static final String LONE_MARK = "\u25CC";

    private Glyphs() {
    }

    /** A drawable single-char string for {@code grapheme}, which takes {@code width} (1 or 2) columns. */
    static String drawable(String grapheme, int width) {
        String g = grapheme.length() > 1 ? Normalizer.normalize(grapheme, Normalizer.Form.NFC) : grapheme;
        if (g.length() == 1 && fits(g.charAt(0), width)) {
            return g;
        }
        if (width == 2) {
            return WIDE;
        }
        char base = g.charAt(0);
        if (Columns.codePointWidth(base) == 0) {
            return LONE_MARK;
        }
        return fits(base, 1) && !Character.isSurrogate(base) ? String.valueOf(base) : NARROW;
    }

    private static boolean fits(char c, int width) {
        return !Character.isSurrogate(c) && TerminalTextUtils.isCharDoubleWidth(c) == (width == 2);
    }
}
