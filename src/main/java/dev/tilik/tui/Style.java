package dev.tilik.tui;

import java.util.Objects;

/**
 * How a cell is drawn: its role, whether it stands out ({@code bold}), whether it is the thing
 * being pointed at ({@code reverse}, which reads in monochrome too) and {@code underlined}.
 */
public record Style(Role role, boolean bold, boolean reverse, boolean underlined) {
    public static final Style TEXT = new Style(Role.TEXT, false, false, false);

    public Style {
        Objects.requireNonNull(role, "role");
    }

    public static Style of(Role role) {
        return new Style(role, false, false, false);
    }

    public Style strong() {
        return new Style(role, true, reverse, underlined);
    }

    public Style inverse() {
        return new Style(role, bold, true, underlined);
    }

    public Style underline() {
        return new Style(role, bold, reverse, true);
    }

    /*
     * Written out rather than generated: the painter compares every cell's style, and the record's
     * generated equals and hashCode link a method-handle chain on first use (some 25 classes spun
     * at run time, which no class-data archive holds), on the way to the first frame.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Style s && role == s.role && bold == s.bold && reverse == s.reverse
                && underlined == s.underlined;
    }

    @Override
    public int hashCode() {
        return ((role.hashCode() * 2 + (bold ? 1 : 0)) * 2 + (reverse ? 1 : 0)) * 2 + (underlined ? 1 : 0);
    }
}
