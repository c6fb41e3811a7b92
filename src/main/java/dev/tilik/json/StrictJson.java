package dev.tilik.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way Tilik reads JSON it is given (rules, note files): duplicate keys and trailing
 * garbage are errors, unknown properties are errors, sizes are capped, and every error names the
 * file, line and column.
 */
public final class StrictJson {

    /** Largest JSON document Tilik reads. */
    public static final long MAX_BYTES = JsonBytes.MAX_BYTES;

    private static final ObjectMapper MAPPER = build(true);
    private static final ObjectMapper LENIENT_MAPPER = build(false);

    private StrictJson() {
    }

    private static ObjectMapper build(boolean failOnUnknown) {
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknown)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .findAndAddModules()
                .build();
        TerminalSafeEscapes.apply(mapper);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(NestingDepth.MAX)
                .maxNumberLength(NestingDepth.MAX_DIGITS)
                .maxStringLength(MAX_BYTES > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) MAX_BYTES)
                .build());
        return mapper;
    }

    /** The strict mapper (unknown properties fail). Also fine for writing. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Like {@link #mapper()} but ignores unknown properties (for forward-compatible files). */
    public static ObjectMapper lenientMapper() {
        return LENIENT_MAPPER;
    }

    /**
     * Reads {@code file} into {@code type}; {@code displayName} is what errors call the file. Only
     * a regular file is opened: a FIFO named {@code id.json} would block the open forever.
     */
    public static <T> T read(Path file, String displayName, Class<T> type) throws JsonFileException {
        return read(new java.io.ByteArrayInputStream(bytes(file, displayName)), displayName, type);
    }

    /**
     * The bytes of {@code file}, read the way {@link #read(Path, String, Class)} reads them (a regular
     * file, at most {@link #MAX_BYTES}), for a caller that also needs the bytes themselves.
     */
    public static byte[] bytes(Path file, String displayName) throws JsonFileException {
        return JsonBytes.read(file, displayName);
    }

    /** Reads a stream (UTF-8) into {@code type}. */
    public static <T> T read(InputStream in, String displayName, Class<T> type) throws JsonFileException {
        return read(MAPPER, in, displayName, type);
    }

    public static <T> T read(ObjectMapper mapper, InputStream in, String displayName, Class<T> type)
            throws JsonFileException {
        String text = null;
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new JsonFileException(displayName, 0, 0, "document larger than " + MAX_BYTES + " bytes");
            }
            text = JsonBytes.text(bytes, displayName);
            T value = mapper.readValue(text, type);
            if (value == null) {
                throw new JsonFileException(displayName, 1, 1, "expected a JSON object, found null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw located(displayName, e, text);
        } catch (IOException e) {
            throw JsonErrors.unreadable(displayName, e);
        }
    }

    /** Turns a Jackson error into a located one: {@code file:line:col: path: message}. */
    public static JsonFileException located(String displayName, JsonProcessingException e) {
        return JsonErrors.located(displayName, e, null);
    }

    /** As {@link JsonErrors#located(String, JsonProcessingException, String)}. */
    public static JsonFileException located(String displayName, JsonProcessingException e, String text) {
        return JsonErrors.located(displayName, e, text);
    }

    /**
     * A refusal located at the value at {@code path} in {@code file} (or the whole file when the
     * path is not found): for checks made after the file was read, such as its name.
     */
    public static JsonFileException at(Path file, String displayName, String path, String message) {
        try {
            String text = JsonBytes.text(Files.readAllBytes(file), displayName);
            JsonLocation loc = JsonLocator.find(text, JsonLocator.parse(path));
            if (loc != null) {
                return new JsonFileException(displayName, loc.getLineNr(), loc.getColumnNr(), path + ": " + message);
            }
        } catch (IOException | JsonFileException e) {
            // the whole file, then
        }
        return new JsonFileException(displayName, 0, 0, path + ": " + message);
    }
}
