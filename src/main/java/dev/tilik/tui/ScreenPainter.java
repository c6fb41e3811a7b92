package dev.tilik.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;

/** Copies a canvas to a Lanterna screen, cell by cell (never {@code putString}). */
final class ScreenPainter {
    private final Theme theme;

    ScreenPainter(Theme theme) {
        this.theme = theme;
    }

    void paint(Canvas canvas, Screen screen) {
        screen.clear();
        for (int y = 0; y < canvas.height(); y++) {
            for (int x = 0; x < canvas.width(); x++) {
                String g = canvas.glyph(x, y);
                if (g == null) {
                    continue;
                }
                char c = g.charAt(0);
                if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c)) {
                    c = '?';
                }
                TextCharacter cell = theme.cell(c, canvas.style(x, y));
                screen.setCharacter(x, y, cell);
            }
        }
    }
}
