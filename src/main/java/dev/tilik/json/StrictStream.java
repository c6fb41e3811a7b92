package dev.tilik.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;

/**
 * {@link StrictJson}'s reading at the level of jackson-core's streaming parser, for a reader that
 * walks the tokens itself (the note file, read before the reader's first finding): the same
 * comments and trailing commas allowed, duplicate keys refused, the same depth, number and text
 * limits, and no data-binding mapper made (its first use costs a tenth of a second of start-up).
 * Errors are located as {@link StrictJson}'s are ({@link JsonErrors}).
 */
public final class StrictStream {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(NestingDepth.MAX)
                    .maxNumberLength(NestingDepth.MAX_DIGITS)
                    .maxStringLength(JsonBytes.MAX_BYTES > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) JsonBytes.MAX_BYTES)
                    .build())
            .build();
    /** The same reading with repeated keys let through, for a reader that finds and leaves them out itself. */
    private static final JsonFactory KEEPING_DUPLICATES = FACTORY.rebuild()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictStream() {
    }

    /** A strict parser over a document's text. */
    public static JsonParser parser(String text) throws IOException {
        return FACTORY.createParser(text);
    }

    /** A strict parser over a document's bytes (UTF-8; the encoding detected as Jackson does). */
    public static JsonParser parser(byte[] bytes) throws IOException {
        return FACTORY.createParser(bytes);
    }

    /**
     * A parser as {@link #parser(String)}, except that a key repeated in one object is read as any other: the
     * caller finds it ({@code NoteFileParser} while salvaging leaves out the repeat, located).
     */
    public static JsonParser parserKeepingDuplicates(String text) throws IOException {
        return KEEPING_DUPLICATES.createParser(text);
    }

    /** {@link #parserKeepingDuplicates(String)} over a document's bytes. */
    public static JsonParser parserKeepingDuplicates(byte[] bytes) throws IOException {
        return KEEPING_DUPLICATES.createParser(bytes);
    }

    /** A document's text from its bytes: UTF-8 with or without BOM; anything else refused, located. */
    public static String text(byte[] bytes, String displayName) throws JsonFileException {
        return JsonBytes.text(bytes, displayName);
    }

    /** A refusal at {@code loc}: {@code file:line:col: message} (the whole file when the place is unknown). */
    public static JsonFileException at(String displayName, JsonLocation loc, String message) {
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        return new JsonFileException(displayName, line, line == 0 ? 0 : Math.max(loc.getColumnNr(), 1), message);
    }
}
