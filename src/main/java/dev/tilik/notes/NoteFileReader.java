package dev.tilik.notes;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tilik.json.JsonErrors;
import dev.tilik.json.JsonFileException;
import dev.tilik.json.StrictJson;
import dev.tilik.json.StrictStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a note file strictly: duplicate keys, trailing tokens, bad values and oversized files are
 * refused with {@code file:line:col: …}. Token by token ({@link NoteFileParser}): no data-binding
 * mapper is made to read the notes. The version is checked first, so a file written by a newer
 * Tilik is refused as such rather than for fields this one does not know. Unknown fields inside a
 * version-1 file are tolerated (a later 1.x may add optional ones).
 */
public final class NoteFileReader {

    private NoteFileReader() {
    }

    public static NoteFile read(Path file, String displayName) throws JsonFileException {
        return read(readBytes(file, displayName), displayName);
    }

    /** A file's bytes, refusing anything but a regular file within the size cap. */
    public static byte[] readBytes(Path file, String displayName) throws JsonFileException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new JsonFileException(displayName, 0, 0, "not a regular file");
            }
            long size = Files.size(file);
            if (size > StrictJson.MAX_BYTES) {
                throw new JsonFileException(displayName, 0, 0,
                        "file is " + size + " bytes; the limit is " + StrictJson.MAX_BYTES);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) StrictJson.MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw JsonErrors.unreadable(displayName, e);
        }
    }

    /** Parses note-file bytes (UTF-8). */
    public static NoteFile read(byte[] bytes, String displayName) throws JsonFileException {
        if (bytes.length > StrictJson.MAX_BYTES) {
            throw new JsonFileException(displayName, 0, 0, "document larger than " + StrictJson.MAX_BYTES + " bytes");
        }
        checkVersion(bytes, displayName, false);
        return NoteFileParser.parse(StrictStream.text(bytes, displayName), displayName);
    }

    /**
     * What {@link #salvage} read: the note file with each value that could not be read left out, and the located
     * refusal of each (empty when the file read whole).
     */
    public record Salvaged(NoteFile file, List<JsonFileException> dropped, int twice) {
        public Salvaged {
            dropped = List.copyOf(dropped);
        }

        /** What was left out, by kind: {@code twice} of {@code dropped} appear twice, the rest could not be read. */
        public LeftOut leftOut() {
            return new LeftOut(dropped.size() - twice, twice);
        }
    }

    /**
     * Parses note-file bytes as {@link #read(byte[], String)} does, except that a value which cannot be read costs
     * only itself (a field, a list's element, or a review without an id, a type or a time), never the other
     * reviews; so does a duplicate: of a key repeated in one object the first is kept, of two reviews with one id
     * the later chosen (its {@code updated} time; the first at equal times). The version, the JSON itself and {@code findings} being a list are still checked whole.
     */
    public static Salvaged salvage(byte[] bytes, String displayName) throws JsonFileException {
        if (bytes.length > StrictJson.MAX_BYTES) {
            throw new JsonFileException(displayName, 0, 0, "document larger than " + StrictJson.MAX_BYTES + " bytes");
        }
        checkVersion(bytes, displayName, true);
        return NoteFileParser.salvage(StrictStream.text(bytes, displayName), displayName);
    }

    /**
     * Finds the top-level {@code version} and refuses anything but 1, located at the value; a repeated key is
     * refused unless {@code keepDuplicates} (salvaging: the parser leaves the repeat out, located).
     */
    private static void checkVersion(byte[] bytes, String displayName, boolean keepDuplicates) throws JsonFileException {
        try (JsonParser p = keepDuplicates ? StrictStream.parserKeepingDuplicates(bytes) : StrictStream.parser(bytes)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw at(displayName, p.currentTokenLocation(), "expected a JSON object holding a note file");
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                t = p.nextToken();
                if ("version".equals(name)) {
                    checkValue(p, t, displayName);
                    return;
                }
                p.skipChildren();
            }
            throw at(displayName, p.currentTokenLocation(),
                    "version: missing; a Tilik note file starts with \"version\": " + NoteFile.VERSION);
        } catch (JsonProcessingException e) {
            // the text locates what Jackson's caps refuse unlocated (a number too long, nesting too deep)
            throw JsonErrors.located(displayName, e, StrictStream.text(bytes, displayName));
        } catch (IOException e) {
            throw JsonErrors.unreadable(displayName, e);
        }
    }

    private static void checkValue(JsonParser p, JsonToken t, String displayName) throws IOException, JsonFileException {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw at(displayName, p.currentTokenLocation(), "version: expected the number " + NoteFile.VERSION);
        }
        long v = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? Long.MAX_VALUE : p.getLongValue();
        if (v > NoteFile.VERSION) {
            throw at(displayName, p.currentTokenLocation(), "version " + p.getText()
                    + " was written by a newer Tilik; this one reads version " + NoteFile.VERSION
                    + " (the file is left untouched)");
        }
        if (v < NoteFile.VERSION) {
            throw at(displayName, p.currentTokenLocation(), "version: expected " + NoteFile.VERSION + ", got " + v);
        }
    }

    private static JsonFileException at(String displayName, JsonLocation loc, String message) {
        return StrictStream.at(displayName, loc, message);
    }
}
