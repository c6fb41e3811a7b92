package dev.tilik.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a value sits in a JSON text, by its path ({@code stanceRules[3].id}): a check that
 * runs after parsing (a record's constructor, a rule file named after its language) can then point
 * at the value it refuses, not at the end of the object Jackson had reached.
 */
public final class JsonLocator {
    /** A path at the start of a message: {@code topicGroups.troops: …}, {@code stanceRules[0].type: …}. */
    private static final Pattern LEADING_PATH = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*(?:\\[\\d+\\])*"
            + "(?:\\.[A-Za-z_][A-Za-z0-9_-]*(?:\\[\\d+\\])*)*): ");
    private static final Pattern STEP = Pattern.compile("\\.?([^.\\[\\]]+)|\\[(\\d+)\\]");

    private JsonLocator() {
    }

    /** The path a message starts with, as keys and indices, or an empty list. */
    static List<Object> leadingPath(String message) {
        Matcher m = LEADING_PATH.matcher(message);
        return m.lookingAt() ? parse(m.group(1)) : List.of();
    }

    /** {@code a.b[2].c} as keys and indices. */
    public static List<Object> parse(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        return steps;
    }

    /**
     * Where the value at {@code path} starts in {@code text} (read the way {@link StrictJson} reads
     * it), or null when the path is not there or the text does not parse that far.
     */
    public static JsonLocation find(String text, List<Object> path) {
        try (JsonParser p = StrictStream.parser(text)) {
            return p.nextToken() == null ? null : descend(p, path, 0);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonLocation descend(JsonParser p, List<Object> path, int depth) throws IOException {
        if (depth == path.size()) {
            return p.currentTokenLocation();
        }
        Object step = path.get(depth);
        if (p.currentToken() == JsonToken.START_OBJECT && step instanceof String key) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean match = key.equals(p.currentName());
                p.nextToken();
                if (match) {
                    return descend(p, path, depth + 1);
                }
                p.skipChildren();
            }
        } else if (p.currentToken() == JsonToken.START_ARRAY && step instanceof Integer index) {
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null; i++) {
                if (i == index) {
                    return descend(p, path, depth + 1);
                }
                p.skipChildren();
            }
        }
        return null;
    }
}
