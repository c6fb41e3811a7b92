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
            throw new JsonFileException(displayName, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Turns a Jackson error into a located one: {@code file:line:col: path: message}. */
    public static JsonFileException located(String displayName, JsonProcessingException e) {
        return located(displayName, e, null);
    }

    /**
     * Like {@link #located(String, JsonProcessingException)}; with the document's {@code text}, a
     * check that refused a whole object (a record's constructor, reached at the object's end) is
     * located at the value its message names ({@code topicGroups.troops: …}).
     */
    public static JsonFileException located(String displayName, JsonProcessingException e, String text) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int col = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        String message = rootMessage(e);
        List<Object> path = new ArrayList<>();
        if (e instanceof JsonMappingException jme) {
            jme.getPath().forEach(r -> path.add(r.getFieldName() != null ? r.getFieldName() : (Object) r.getIndex()));
        }
        boolean unknownKey = e instanceof UnrecognizedPropertyException;
        // An unknown key is named by the message; its path is the object holding it.
        List<Object> prefix = unknownKey && !path.isEmpty() ? path.subList(0, path.size() - 1) : path;
        if (!prefix.isEmpty()) {
            message = pathText(prefix) + ": " + message;
        }
        List<Object> named = e.getCause() instanceof IllegalArgumentException
                ? JsonLocator.leadingPath(message.substring(prefix.isEmpty() ? 0 : pathText(prefix).length() + 2))
                : List.of();
        // Checks that refuse a whole object, and unknown keys, arrive at the object's end: point at the value.
        if (text != null && (unknownKey || !named.isEmpty())) {
            path.addAll(named);
            JsonLocation at = JsonLocator.find(text, path);
            if (at != null) {
                line = at.getLineNr();
                col = at.getColumnNr();
            }
        }
        if (line == 0 || message.startsWith("no JSON value in the file")) {
            return new JsonFileException(displayName, 0, 0, message);
        }
        return new JsonFileException(displayName, line, Math.max(col, 1), message);
    }

    /** {@code stanceRules[3].id} */
    static String pathText(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(step);
            }
        }
        return sb.toString();
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
