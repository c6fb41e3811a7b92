package dev.tilik.tui;

import java.util.ArrayList;
import java.util.List;

/** Shown until the analysis arrives: what is being done and how far, or why it failed. */
final class LoadingView {
    private LoadingView() {
    }

    static void draw(Canvas c, AppState s) {
        List<List<Segment>> lines = new ArrayList<>();
        String title;
        if (s.failure() != null) {
            title = "Tilik could not load the articles";
            for (String l : Wrap.words(s.failure(), 56)) {
                lines.add(Segment.line(l, Style.of(Role.WARN)));
            }
            lines.add(List.of());
            lines.add(Segment.line(s.ahead().isEmpty() ? "q quits" : "Ctrl-C quits without running them",
                    Style.of(Role.LABEL)));
        } else {
            title = "Tilik";
            LoadProgress p = s.progress();
            lines.add(Segment.line("Loading and analysing the articles\u2026", Style.TEXT));
            lines.add(List.of());
            int bar = 40;
            int filled = (int) Math.round(p.bar() * bar);
            String count = p.count();
            lines.add(List.of(new Segment("\u2588".repeat(filled), Style.of(Role.TITLE_FOCUS)),
                    new Segment("\u2591".repeat(bar - filled), Style.of(Role.DIM))));
            lines.add(Segment.line(p.what() + count, Style.of(Role.DIM)));
            String typed = TypeAhead.shown(s);
            if (!typed.isEmpty()) {
                lines.add(List.of());
                List<String> wrapped = Wrap.words("Keys typed: " + typed, 56);
                for (String l : wrapped.subList(0, Math.min(2, wrapped.size()))) {
                    lines.add(Segment.line(l, Style.of(Role.TITLE_FOCUS)));
                }
                lines.add(Segment.line(s.status().equals(TypeAhead.FULL) ? s.status()
                        : "they run when the findings show", Style.of(Role.DIM)));
            }
            lines.add(List.of());
            lines.add(Segment.line(s.ahead().isEmpty() ? "q quits" : "Ctrl-C quits without running them",
                    Style.of(Role.LABEL)));
        }
        Rect box = Chrome.centred(s.width(), s.height(), 60, lines.size() + 2);
        Rect inner = Chrome.box(c, box, title);
        Chrome.lines(c, inner, lines, 0);
    }
}
