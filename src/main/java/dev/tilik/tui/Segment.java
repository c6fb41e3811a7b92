package dev.tilik.tui;

import java.util.List;

/** A piece of styled text; a line is a list of them. */
public record Segment(String text, Style style) {
    public Segment {
        text = text == null ? "" : text;
        style = style == null ? Style.TEXT : style;
    }

    public static List<Segment> line(String text, Style style) {
        return List.of(new Segment(text, style));
    }
}
