package dev.tilik.tui;

import java.io.IOException;

/**
 * A terminal that takes a whole character, a supplementary one (an emoji) included, where
 * Lanterna's {@code putCharacter} takes one UTF-16 unit and prints half a surrogate pair as
 * {@code ?}. The reader's own tty is one ({@link OneSttyTerminal}); Lanterna's virtual terminal is not,
 * and gets {@link Glyphs#forLanterna} instead.
 */
interface GlyphTerminal {
    /** Writes {@code glyph} (one or two characters, no control among them) at the cursor. */
    void putGlyph(String glyph) throws IOException;
}
