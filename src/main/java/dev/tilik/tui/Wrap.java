package dev.tilik.tui;

import dev.tilik.text.Columns;
import dev.tilik.text.SafeText;
import dev.tilik.text.WordWrap;
import java.util.ArrayList;
import java.util.List;

/** Word-wraps plain text to a column width (by display width, never by {@code length()}). */
final class Wrap {
    private Wrap() {
    }

    /** {@code text} (sanitised) as lines of at most {@code width} columns; a line per paragraph at least. */
    static List<String> words(String text, int width) {
        return WordWrap.lines(text, width);
    }

    /**
     * A styled line wrapped at spaces to {@code width} columns; continuation lines start with
     * {@code indent} spaces. Styles stay with their text.
     */
    static List<List<Segment>> segments(List<Segment> line, int width, int indent) {
        List<List<Segment>> out = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        int used = 0;
        int w = Math.max(indent + 1, width);
        for (Segment seg : line) {
            String[] words = SafeText.sanitize(seg.text()).split("(?<= )");
            for (String word : words) {
                int ww = Columns.width(word.stripTrailing());
                if (used > indent && used + ww > w) {
                    out.add(current);
                    current = new ArrayList<>();
                    current.add(new Segment(" ".repeat(indent), Style.TEXT));
                    used = indent;
                    word = word.stripLeading();
                }
                current.add(new Segment(word, seg.style()));
                used += Columns.width(word);
            }
        }
        out.add(current);
        return out;
    }
}
