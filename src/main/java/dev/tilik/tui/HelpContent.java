package dev.tilik.tui;

import dev.tilik.review.Verdict;
import dev.tilik.text.Columns;
import java.util.ArrayList;
import java.util.List;

/** The help screen's lines, generated from the key table (never typed by hand). */
final class HelpContent {
    private HelpContent() {
    }

    private static final int KEYS = 16;

    static List<List<Segment>> lines(KeyTable keys, int width) {
        int text = Math.max(10, width - KEYS - 3);
        List<List<Segment>> out = new ArrayList<>();
        for (String group : keys.groups()) {
            if (!out.isEmpty()) {
                out.add(List.of());
            }
            out.add(Segment.line(group, Style.of(Role.LABEL).strong()));
            for (Binding b : keys.bindings()) {
                if (!b.group().equals(group)) {
                    continue;
                }
                String line = b.description();
                if (b.guard().reason() != null) {
                    line += " \u00B7 off when " + b.guard().reason();
                }
                List<String> wrapped = Wrap.words(line, text);
                for (int i = 0; i < wrapped.size(); i++) {
                    String keyCol = i == 0 ? Columns.pad(b.keyLabel(), KEYS) : " ".repeat(KEYS);
                    out.add(List.of(new Segment("  " + keyCol + " ", Style.TEXT.strong()),
                            new Segment(wrapped.get(i), i == 0 ? Style.TEXT : Style.of(Role.DIM))));
                }
            }
        }
        out.add(List.of());
        out.add(Segment.line("Verdicts", Style.of(Role.LABEL).strong()));
        for (Verdict v : Verdict.values()) {
            out.add(List.of(new Segment("  " + Columns.pad(String.valueOf(v.digit()), KEYS) + " ", Style.TEXT.strong()),
                    new Segment(v.label() + ": " + v.description(), Style.TEXT)));
        }
        return out;
    }
}
