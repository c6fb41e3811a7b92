package dev.tilik.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.tilik.text.Columns;
import java.text.Normalizer;

/**
 * Turns a grapheme into what a terminal draws in exactly the columns the canvas gives it, in two
 * steps. {@link #drawable} is what a terminal that takes whole characters is sent (the real tty,
 * through {@link GlyphTerminal}): the grapheme itself when it is one character of that width; for
 * an emoji sequence (skin tone, joiner, variation selector) its first picture, or a narrow base with
 * emoji presentation followed by a space; a flag as its two letters ("ID"); the base character of a
 * combining sequence that does not compose. Terminals disagree on the width of whole sequences, so
 * a sequence is never sent whole: borders stay where they are.
 * <p>{@link #forLanterna} narrows that to one BMP character whose Lanterna width equals its
 * terminal width, for Lanterna's own terminals (the virtual one in tests): Lanterna prints surrogate
 * pairs as {@code ??} and counts a multi-char string as two columns. There a wide glyph it cannot
 * draw becomes {@value #WIDE} (U+3013, the typographic "missing glyph" mark), a narrow one
 * {@value #NARROW}.
 */
final class Glyphs {
    static final String WIDE = "\u3013";
    static final String NARROW = "\uFFFD";
    static final String LONE_MARK = "\u25CC";

    private Glyphs() {
    }

    /** What to send for {@code grapheme}, which takes {@code width} (1 or 2) columns: one or two characters of that width. */
    static String drawable(String grapheme, int width) {
        String g = grapheme.length() > 1 ? Normalizer.normalize(grapheme, Normalizer.Form.NFC) : grapheme;
        int first = g.codePointAt(0);
        int firstWidth = Columns.codePointWidth(first);
        String base = new String(Character.toChars(first));
        if (g.length() == base.length() && firstWidth == width) {
            return g;
        }
        if (width == 2) {
            if (isRegionalIndicator(first) && g.length() > base.length() && isRegionalIndicator(g.codePointAt(base.length()))) {
                return letter(first) + letter(g.codePointAt(base.length()));
            }
            if (firstWidth == 2) {
                return base;
            }
            return firstWidth == 1 ? base + " " : WIDE;
        }
        if (firstWidth == 0) {
            return LONE_MARK;
        }
        return firstWidth == 1 ? base : NARROW;
    }

    /** {@code glyph} (from {@link #drawable}, {@code width} columns) as one character Lanterna draws in as many. */
    static char forLanterna(String glyph, int width) {
        char c = glyph.charAt(0);
        if (glyph.length() == 1 && !Character.isSurrogate(c) && TerminalTextUtils.isCharDoubleWidth(c) == (width == 2)) {
            return c;
        }
        return (width == 2 ? WIDE : NARROW).charAt(0);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static String letter(int regionalIndicator) {
        return String.valueOf((char) ('A' + regionalIndicator - 0x1F1E6));
    }
}
