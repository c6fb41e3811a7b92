package dev.tilik.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the two sides of a stance comparison relate: voices of one party (or coalition),
 * voices of different parties, or a headline against its own article's body (same party).
 */
public enum Relation {
    SAME_PARTY, CROSS_PARTY, HEADLINE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Relation of(String id) {
        for (Relation r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("expected one of " + ids() + ", got \"" + id + "\"");
    }

    public static String ids() {
        return Arrays.stream(values()).map(Relation::id).collect(Collectors.joining(", "));
    }
}
