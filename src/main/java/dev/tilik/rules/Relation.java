package dev.tilik.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tilik.text.EnumIds;
import java.util.Locale;

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
        return EnumIds.of(values(), Relation::id, id);
    }

    public static String ids() {
        return EnumIds.ids(values(), Relation::id);
    }
}
