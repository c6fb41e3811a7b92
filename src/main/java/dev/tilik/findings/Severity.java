package dev.tilik.findings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much a finding matters, most severe first. */
public enum Severity {
    HIGH, MEDIUM, LOW, INFO;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity of(String id) {
        for (Severity s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("expected one of " + ids() + ", got \"" + id + "\"");
    }

    public static String ids() {
        return Arrays.stream(values()).map(Severity::id).collect(Collectors.joining(", "));
    }
}
