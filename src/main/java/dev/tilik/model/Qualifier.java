package dev.tilik.model;

/** How a figure is qualified: exactly, about, at least, up to, more or less than, or a magnitude word ("ribuan"). */
public enum Qualifier {
    EXACT, APPROX, AT_LEAST, UP_TO, MORE_THAN, LESS_THAN, MAGNITUDE;

    /** Reads a qualifier in any case ("approx", "AT_LEAST"), as rule files write it. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Qualifier of(String id) {
        for (Qualifier q : values()) {
            if (q.name().equalsIgnoreCase(id)) {
                return q;
            }
        }
        throw new IllegalArgumentException("expected one of " + java.util.Arrays.toString(values()).toLowerCase(
                java.util.Locale.ROOT) + ", got \"" + id + "\"");
    }
}
