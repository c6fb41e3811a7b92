package dev.tilik.tui;

import dev.tilik.text.Columns;
import dev.tilik.text.SafeText;
import java.util.Arrays;

/**
 * A grid of cells the views draw into; the runtime copies it to the terminal. Every string goes
 * through {@link SafeText#sanitize} here, last, and is cut into graphemes placed by their display
 * width; a wide grapheme fills its cell and marks the next one as its tail ({@code null} glyph).
 * Drawing outside the grid is clipped, so any size (even 0×0) is safe.
 */
public final class Canvas {
    private final int width;
    private final int height;
    private final String[] glyphs;
    private final Style[] styles;

    public Canvas(int width, int height) {
        this.width = Math.max(0, width);
        this.height = Math.max(0, height);
        this.glyphs = new String[this.width * this.height];
        this.styles = new Style[this.width * this.height];
        Arrays.fill(glyphs, " ");
        Arrays.fill(styles, Style.TEXT);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Draw {@code text} at (x, y), no further right than {@code x + maxCols}; returns the columns used. */
    public int put(int x, int y, String text, Style style, int maxCols) {
        if (y < 0 || y >= height) {
            return 0;
        }
        int limit = Math.min(width, x + Math.max(0, maxCols));
        int col = x;
        for (String g : Columns.graphemes(SafeText.sanitize(text))) {
            int w = Math.max(1, Columns.graphemeWidth(g));
            if (col + w > limit) {
                if (w == 2 && col < limit) {
                    set(col, y, " ", style);
                    col++;
                }
                break;
            }
            if (col >= 0) {
                set(col, y, Glyphs.drawable(g, w), style);
                if (w == 2) {
                    set(col + 1, y, null, style);
                }
            }
            col += w;
        }
        return col - x;
    }

    public int put(int x, int y, String text, Style style) {
        return put(x, y, text, style, width - x);
    }

    /** Fill a rectangle with spaces in {@code style}. */
    public void fill(Rect r, Style style) {
        for (int y = Math.max(0, r.y()); y < Math.min(height, r.bottom()); y++) {
            for (int x = Math.max(0, r.x()); x < Math.min(width, r.x() + r.width()); x++) {
                set(x, y, " ", style);
            }
        }
    }

    /** The glyph at (x, y): one drawable character, or null for the tail of a wide one. */
    public String glyph(int x, int y) {
        return glyphs[y * width + x];
    }

    public Style style(int x, int y) {
        return styles[y * width + x];
    }

    /** Row {@code y} as text (tails of wide glyphs skipped), for tests and logs. */
    public String row(int y) {
        StringBuilder sb = new StringBuilder();
        for (int x = 0; x < width; x++) {
            String g = glyph(x, y);
            if (g != null) {
                sb.append(g);
            }
        }
        return sb.toString();
    }

    private void set(int x, int y, String glyph, Style style) {
        if (x < 0 || x >= width) {
            return;
        }
        int i = y * width + x;
        String old = glyphs[i];
        if (old == null && glyph != null && x > 0) {
            glyphs[i - 1] = " ";
        }
        if (old != null && x + 1 < width && glyphs[i + 1] == null) {
            glyphs[i + 1] = " ";
        }
        glyphs[i] = glyph;
        styles[i] = style;
    }
}
