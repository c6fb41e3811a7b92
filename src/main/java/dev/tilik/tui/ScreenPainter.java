package dev.tilik.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.Objects;

/**
 * Puts a canvas on the terminal, writing only the cells that differ from the canvas it put there
 * last. Lanterna's own screen (3.1.5) keeps a back and a front buffer of its cells: every frame
 * painted all 12,000 cells of a 200×60 screen into the back buffer, and its refresh compared all of
 * them (asking each cell's Unicode block for its width, twice) before writing the changed ones —
 * nine tenths of a key's time. Here the previous canvas is the front buffer: a frame compares
 * glyphs and styles, which it has already, and writes each changed stretch of a row with one
 * cursor move and one colour change per change of style.
 * <p>A wide glyph is written from its first cell (the terminal advances two columns); a stretch is
 * widened so that it never starts or ends inside a wide glyph, old or new, since a terminal blanks
 * the other half of a wide glyph when one half is overwritten. After a resize, a resume or a first
 * frame ({@code full}) the screen is cleared and every cell that is not blank is written.
 */
final class ScreenPainter {
    /** Unchanged cells between two changed ones that are written over rather than jumped. */
    private static final int GAP = 8;

    private final Theme theme;
    private Canvas shown;
    private Style current;

    ScreenPainter(Theme theme) {
        this.theme = theme;
    }

    /** Draws {@code next}; {@code full} when the terminal's content is unknown (first frame, resize, resume). */
    void paint(Canvas next, Terminal terminal, boolean full) throws IOException {
        Canvas before = shown;
        shown = null; // a frame cut short by an error leaves the screen unknown: the next one draws it whole
        if (full || before == null || before.width() != next.width() || before.height() != next.height()) {
            terminal.resetColorAndSGR();
            terminal.setForegroundColor(TextColor.ANSI.DEFAULT);
            terminal.setBackgroundColor(TextColor.ANSI.DEFAULT);
            terminal.clearScreen();
            terminal.setCursorVisible(false);
            before = new Canvas(next.width(), next.height());
        }
        current = null;
        for (int y = 0; y < next.height(); y++) {
            paintRow(before, next, y, terminal);
        }
        terminal.flush();
        shown = next;
    }

    private void paintRow(Canvas before, Canvas next, int y, Terminal terminal) throws IOException {
        int width = next.width();
        int x = 0;
        while (x < width) {
            if (same(before, next, x, y)) {
                x++;
                continue;
            }
            int start = x;
            int end = x + 1;
            int unchanged = 0;
            for (int i = end; i < width && unchanged < GAP; i++) {
                if (same(before, next, i, y)) {
                    unchanged++;
                } else {
                    unchanged = 0;
                    end = i + 1;
                }
            }
            while (start > 0 && (next.glyph(start, y) == null || before.glyph(start, y) == null)) {
                start--;
            }
            while (end < width && (next.glyph(end, y) == null || before.glyph(end, y) == null)) {
                end++;
            }
            write(next, y, start, end, terminal);
            x = end;
        }
    }

    private static boolean same(Canvas before, Canvas next, int x, int y) {
        return Objects.equals(before.glyph(x, y), next.glyph(x, y)) && before.style(x, y).equals(next.style(x, y));
    }

    /**
     * Writes cells {@code [start, end)} of row {@code y} a character at a time, as Lanterna's refresh
     * does ({@code putString} would let the virtual terminal join neighbouring cells into one grapheme).
     */
    private void write(Canvas next, int y, int start, int end, Terminal terminal) throws IOException {
        terminal.setCursorPosition(start, y);
        for (int x = start; x < end; x++) {
            String g = next.glyph(x, y);
            if (g == null) {
                continue;
            }
            Style style = next.style(x, y);
            if (!style.equals(current)) {
                use(style, terminal);
            }
            put(terminal, g, x + 1 < next.width() && next.glyph(x + 1, y) == null ? 2 : 1);
        }
    }

    /**
     * One cell's glyph: whole to a terminal that takes whole characters (an emoji, a flag's letters;
     * a single BMP character goes as it is), else as the one character Lanterna draws in its columns.
     * Controls never reach the canvas (it sanitises); one that did would go out as {@code ?}.
     */
    private static void put(Terminal terminal, String glyph, int width) throws IOException {
        char c = glyph.charAt(0);
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            terminal.putCharacter('?');
        } else if (!(terminal instanceof GlyphTerminal whole)) {
            terminal.putCharacter(Glyphs.forLanterna(glyph, width));
        } else if (glyph.length() == 1 && !Character.isSurrogate(c)) {
            terminal.putCharacter(c);
        } else {
            whole.putGlyph(glyph);
        }
    }

    private void use(Style style, Terminal terminal) throws IOException {
        TextCharacter look = theme.look(style);
        terminal.resetColorAndSGR();
        terminal.setForegroundColor(look.getForegroundColor());
        terminal.setBackgroundColor(look.getBackgroundColor());
        for (SGR sgr : look.getModifiers()) {
            terminal.enableSGR(sgr);
        }
        current = style;
    }
}
