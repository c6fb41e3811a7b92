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
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The one way Tilik reads JSON it is given (rules, note files): duplicate keys and trailing
 * garbage are errors, unknown properties are errors, sizes are capped, and every error names the
 * file, line and column.
 */
public final class StrictJson {

    /** Largest JSON document Tilik reads. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

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
                .maxNestingDepth(1000)
                .maxNumberLength(1000)
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
        try {
            long size = Files.size(file);
            if (!Files.isRegularFile(file)) {
                throw new JsonFileException(displayName, 0, 0, "not a regular file");
            }
            if (size > MAX_BYTES) {
                throw new JsonFileException(displayName, 0, 0, "file is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, displayName, type);
            }
        } catch (IOException e) {
            throw new JsonFileException(displayName, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Reads a stream (UTF-8) into {@code type}. */
    public static <T> T read(InputStream in, String displayName, Class<T> type) throws JsonFileException {
        return read(MAPPER, in, displayName, type);
    }

    public static <T> T read(ObjectMapper mapper, InputStream in, String displayName, Class<T> type)
            throws JsonFileException {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new JsonFileException(displayName, 0, 0, "document larger than " + MAX_BYTES + " bytes");
            }
            T value = mapper.readValue(JsonBytes.text(bytes, displayName), type);
            if (value == null) {
                throw new JsonFileException(displayName, 1, 1, "expected a JSON object, found null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw located(displayName, e);
        } catch (IOException e) {
            throw new JsonFileException(displayName, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Turns a Jackson error into a located one: {@code file:line:col: path: message}. */
    public static JsonFileException located(String displayName, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int col = loc == null ? 0 : loc.getColumnNr();
        String message = rootMessage(e);
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String path = jme.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            message = path + ": " + message;
        }
        return new JsonFileException(displayName, Math.max(line, 0), Math.max(col, 0), message);
    }

    private static String rootMessage(JsonProcessingException e) {
        String reworded = JacksonWording.reword(e);
        if (reworded != null) {
            return reworded;
        }
        Throwable t = e;
        // Validation errors from record constructors arrive wrapped; their own message is the clear one.
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t != e && t.getMessage() != null && !(t instanceof JsonProcessingException)) {
            return t.getMessage();
        }
        String m = e.getOriginalMessage();
        if (m == null) {
            return "invalid JSON";
        }
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }
}
