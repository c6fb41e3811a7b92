package dev.tilik.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.concurrent.atomic.AtomicLong;

/** Lanterna's virtual terminal, counting the characters written to it. */
class CountingTerminal extends DefaultVirtualTerminal {
    private final AtomicLong written = new AtomicLong();

    CountingTerminal(int width, int height) {
        super(new TerminalSize(width, height));
    }

    @Override
    public synchronized void putCharacter(char c) {
        written.incrementAndGet();
        super.putCharacter(c);
    }

    @Override
    public synchronized void putString(String string) {
        written.addAndGet(string.length());
        super.putString(string);
    }

    long written() {
        return written.get();
    }

    /**
     * Where the terminal differs from {@code canvas} drawn in {@code theme} (character, colours,
     * modifiers of every cell that is not the tail of a wide glyph), or null when it shows exactly that.
     */
    String differenceFrom(Canvas canvas, Theme theme) {
        for (int y = 0; y < canvas.height(); y++) {
            for (int x = 0; x < canvas.width(); x++) {
                String g = canvas.glyph(x, y);
                if (g == null) {
                    continue;
                }
                char c = g.charAt(0);
                int width = x + 1 < canvas.width() && canvas.glyph(x + 1, y) == null ? 2 : 1;
                String want = c < 0x20 || (c >= 0x7F && c < 0xA0) ? "?" : String.valueOf(Glyphs.forLanterna(g, width));
                TextCharacter look = theme.look(canvas.style(x, y));
                TextCharacter got = getCharacter(x, y);
                if (!got.getCharacterString().equals(want) || !colour(got.getForegroundColor()).equals(colour(look.getForegroundColor()))
                        || !colour(got.getBackgroundColor()).equals(colour(look.getBackgroundColor()))
                        || !got.getModifiers().equals(look.getModifiers())) {
                    return "at " + x + "," + y + ": want '" + want + "' " + look.getForegroundColor() + "/"
                            + look.getBackgroundColor() + look.getModifiers() + ", got '" + got.getCharacterString() + "' "
                            + got.getForegroundColor() + "/" + got.getBackgroundColor() + got.getModifiers()
                            + "\nrow: " + canvas.row(y);
                }
            }
        }
        return null;
    }

    private static String colour(TextColor c) {
        return c == null ? String.valueOf(TextColor.ANSI.DEFAULT) : String.valueOf(c);
    }
}
