package dev.tilik.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilik.text.SafeText;
import java.io.IOException;
import java.io.Writer;
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

    /** Writes with these escapes; no data-binding mapper behind it. */
    private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new TerminalSafeEscapes()).build();

    /**
     * A generator writing terminal-safe JSON to {@code out}, indented as a mapper with
     * {@code INDENT_OUTPUT} indents ({@link DefaultPrettyPrinter}), for a writer that walks its data
     * itself (the note file) and so makes no mapper.
     */
    public static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        return g;
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
