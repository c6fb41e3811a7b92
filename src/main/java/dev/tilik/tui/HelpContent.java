package dev.tilik.tui;

import dev.tilik.review.Verdict;
import dev.tilik.text.Columns;
import java.util.ArrayList;
import java.util.List;

/** The help screen's lines, generated from the key table (never typed by hand). */
final class HelpContent {
    private HelpContent() {
    }

    static List<List<Segment>> lines(KeyTable keys) {
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
                    line += " (off when " + b.guard().reason() + ")";
                }
                out.add(List.of(new Segment("  " + Columns.pad(b.keyLabel(), 14) + " ", Style.TEXT.strong()),
                        new Segment(line, Style.TEXT)));
            }
        }
        out.add(List.of());
        out.add(Segment.line("Verdicts", Style.of(Role.LABEL).strong()));
        for (Verdict v : Verdict.values()) {
            out.add(List.of(new Segment("  " + Columns.pad(String.valueOf(v.digit()), 14) + " ", Style.TEXT.strong()),
                    new Segment(v.label() + ": " + v.description(), Style.TEXT)));
        }
        return out;
    }
}
