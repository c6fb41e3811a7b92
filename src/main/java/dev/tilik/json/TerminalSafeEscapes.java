package dev.tilik.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilik.text.SafeText;
import java.util.Locale;

/**
 * JSON that is safe to print on a terminal: every character {@link SafeText#isUnsafe} names (DEL,
 * C1 controls such as U+009B CSI, bidi overrides, U+2028/U+2029, other format characters) is
 * written as {@code \\uXXXX}, on top of Jackson's own escaping of C0. The data are unchanged: any
 * JSON reader gets back the same strings. Surrogate pairs (emoji) are written as they are.
 */
public final class TerminalSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
        ASCII[0x7F] = ESCAPE_CUSTOM;
    }

    /** Makes every JSON {@code mapper} writes terminal-safe; returns it. */
    public static <M extends ObjectMapper> M apply(M mapper) {
        mapper.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
        return mapper;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x7F || ch > 0x7F && !Character.isSurrogate((char) ch) && SafeText.isUnsafe(ch)) {
            return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
        }
        return null;
    }
}
