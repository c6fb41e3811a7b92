package dev.tilik.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.List;

/**
 * Jackson's errors as located refusals ({@code file:line:col: path: message}, in the file's words:
 * {@link JacksonWording}), for {@link StrictJson} and {@link StrictStream} alike. Holds no mapper:
 * a streaming reader's error never makes one.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /**
     * A file that could not be read, refused with why: "cannot read: no such file" where Java's own message was only the
     * path the display name already gives ("x.json: cannot read: x.json", h43ux); "permission denied"; a file-system
     * reason; else Java's message.
     */
    public static JsonFileException unreadable(String displayName, java.io.IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new JsonFileException(displayName, 0, 0, "cannot read: " + why);
    }

    /**
     * {@code e} as a located refusal; with the document's {@code text} (or null), a
     * check that refused a whole object (a record's constructor, reached at the object's end) is
     * located at the value its message names ({@code topicGroups.troops: …}).
     */
    public static JsonFileException located(String displayName, JsonProcessingException e, String text) {
        rethrowVirtualMachineError(e);
        int[] tooDeep = e instanceof StreamConstraintsException && text != null
                && String.valueOf(e.getOriginalMessage()).contains("nesting depth") ? NestingDepth.firstPastMax(text) : null;
        if (tooDeep != null) {
            return new JsonFileException(displayName, tooDeep[0], tooDeep[1], "nested deeper than " + NestingDepth.MAX
                    + " levels: expected at most " + NestingDepth.MAX + " lists and objects inside each other");
        }
        int[] tooLong = e instanceof StreamConstraintsException && text != null
                && String.valueOf(e.getOriginalMessage()).contains("Number value length")
                ? NestingDepth.firstLongNumber(text) : null;
        if (tooLong != null) {
            return new JsonFileException(displayName, tooLong[0], tooLong[1], "a number of " + tooLong[2]
                    + " digits: expected at most " + NestingDepth.MAX_DIGITS + " digits in a number");
        }
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
        List<Object> named = e.getCause() instanceof RefusedAt refused ? refused.path()
                : e.getCause() instanceof IllegalArgumentException
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

    /**
     * A check made on a value read token by token (a record's constructor refusing its fields, an id
     * not among the known ones), as {@link #located} words and places a data-binding one: {@code
     * path: message}, at the value the message names under {@code path} in {@code text}, else at
     * {@code fallback}.
     */
    public static JsonFileException refused(String displayName, String text, List<Object> path, String message,
                                            JsonLocation fallback) {
        String full = path.isEmpty() ? message : pathText(path) + ": " + message;
        List<Object> at = new ArrayList<>(path);
        at.addAll(JsonLocator.leadingPath(message));
        JsonLocation loc = at.size() > path.size() ? JsonLocator.find(text, at) : null;
        return StrictStream.at(displayName, loc != null ? loc : fallback, full);
    }

    /** {@code stanceRules[3].id} */
    public static String pathText(List<Object> path) {
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
     * Jackson wraps what a record's constructor throws, an {@link OutOfMemoryError} included; the JVM
     * running out is no fault of the file and must reach {@code Main} as itself (exit 3), never as
     * a located refusal of the rules (exit 2).
     */
    private static void rethrowVirtualMachineError(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof VirtualMachineError vme) {
                throw vme;
            }
        }
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
