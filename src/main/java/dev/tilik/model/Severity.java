package dev.tilik.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tilik.text.EnumIds;
import java.util.Locale;

/** How much a finding matters, most severe first. */
public enum Severity {
    HIGH, MEDIUM, LOW, INFO;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity of(String id) {
        return EnumIds.of(values(), Severity::id, id);
    }

    public static String ids() {
        return EnumIds.ids(values(), Severity::id);
    }
}
