package dev.tilik.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tilik.text.EnumIds;
import java.util.Locale;

/** What a speaker does with a claim. Written in rules and reports in lower case. */
public enum Stance {
    ASSERT, DENY, CONFIRM, CONDITIONAL, HEDGE, NO_COMMENT, OTHER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Short upper-case marker for monochrome display, e.g. {@code DENY}. */
    public String marker() {
        return switch (this) {
            case NO_COMMENT -> "NO-COMMENT";
            case CONDITIONAL -> "IF";
            default -> name();
        };
    }

    @JsonCreator
    public static Stance of(String id) {
        return EnumIds.of(values(), Stance::id, id);
    }

    public static String ids() {
        return EnumIds.ids(values(), Stance::id);
    }
}
