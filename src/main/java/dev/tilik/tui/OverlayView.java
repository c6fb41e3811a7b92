package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.review.Verdict;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.Columns;
import java.util.ArrayList;
import java.util.List;

/** Menus, editors and lists drawn over the reader. */
final class OverlayView {
    static final int HELP_WIDTH = 100;
    /** Lists use the screen up to this width, so finding titles show whole on a wide terminal. */
    static final int LIST_WIDTH = 180;
    private OverlayView() {
    }

    static void draw(Canvas c, AppState s) {
        Overlay o = s.overlay();
        if (o instanceof Overlay.VerdictMenu) {
            verdicts(c, s);
        } else if (o instanceof Overlay.NoteEditor n) {
            editor(c, s, "Note on this finding", n.field(), "Enter saves \u00B7 Esc cancels");
        } else if (o instanceof Overlay.SearchPrompt p) {
            editor(c, s, "Search all " + s.session().analysis().articles().size() + " articles", p.field(),
                    searchCount(s, p.field().text()) + "Enter searches \u00B7 Esc cancels");
        } else if (o instanceof Overlay.FilterMenu m) {
            filter(c, s, m);
        } else if (o instanceof Overlay.FindingList l) {
            list(c, s, "Findings by topic", findingLines(s), lineOfFinding(s, l.cursor()));
        } else if (o instanceof Overlay.ArticlePicker p) {
            list(c, s, "Articles: h puts it left, l right, Enter in the focused pane", articleLines(s), p.cursor());
        } else if (o instanceof Overlay.StatementList l) {
            list(c, s, "Statements in " + l.fileName(), statementLines(s, l.fileName()), l.cursor());
        } else if (o instanceof Overlay.Help h) {
            help(c, s, h);
        }
    }

    private static void verdicts(Canvas c, AppState s) {
        Verdict now = Findings.current(s).map(f -> s.session().verdict(f.id())).orElse(Verdict.UNREVIEWED);
        List<List<Segment>> lines = new ArrayList<>();
        int boxW = Math.min(s.width() - 2, 80);
        int labelW = 0;
        for (Verdict v : Verdict.values()) {
            labelW = Math.max(labelW, Columns.width(v.label()));
        }
        int descW = Math.max(10, boxW - 4 - 3 - labelW - 2);
        for (Verdict v : Verdict.values()) {
            Style st = v == now ? Style.TEXT.inverse() : Style.TEXT;
            List<String> desc = Wrap.words(v.description(), descW);
            for (int i = 0; i < desc.size(); i++) {
                lines.add(List.of(new Segment(i == 0 ? v.digit() + "  " : "   ", Style.of(Role.LABEL).strong()),
                        new Segment(Columns.pad(i == 0 ? v.label() : "", labelW + 1), st.strong()),
                        new Segment(" " + desc.get(i), st)));
            }
        }
        Rect inner = Chrome.box(c, Chrome.centred(s.width(), s.height(), 80, lines.size() + 2), "Verdict (1-5, Esc)");
        Chrome.lines(c, inner, lines, 0);
    }

    private static void editor(Canvas c, AppState s, String title, TextField f, String help) {
        int w = Math.min(s.width() - 2, 72);
        List<String> wrapped = Wrap.words(f.text().substring(0, f.cursor()) + "\u2588" + f.text().substring(f.cursor()),
                Math.max(1, w - 4));
        int shown = Math.min(wrapped.size(), Math.max(1, s.height() - 8));
        int cursorLine = 0;
        while (cursorLine < wrapped.size() - 1 && !wrapped.get(cursorLine).contains("\u2588")) {
            cursorLine++;
        }
        int first = Math.max(0, Math.min(wrapped.size() - shown, cursorLine - shown + 1));
        List<List<Segment>> lines = new ArrayList<>();
        for (String l : wrapped.subList(first, first + shown)) {
            lines.add(Segment.line(l, Style.TEXT));
        }
        lines.add(List.of());
        lines.add(Segment.line(help, Style.of(Role.DIM)));
        Rect inner = Chrome.box(c, Chrome.centred(s.width(), s.height(), w, lines.size() + 2), title);
        Chrome.lines(c, inner, lines, 0);
    }

    /** "17 matches in 5 articles · " while typing a query, so an empty result shows before Enter. */
    private static String searchCount(AppState s, String query) {
        if (query.isEmpty()) {
            return "";
        }
        int[] n = Search.count(query, s.session().analysis().articles());
        return (n[0] == 0 ? "no match" : n[0] + (n[0] >= Search.MAX_HITS ? "+" : "") + " match" + (n[0] == 1 ? "" : "es")
                + " in " + n[1] + " article" + (n[1] == 1 ? "" : "s")) + " \u00B7 ";
    }

    private static void filter(Canvas c, AppState s, Overlay.FilterMenu m) {
        List<List<Segment>> lines = new ArrayList<>();
        for (int row = 0; row < Filter.ROWS; row++) {
            Style st = row == m.row() ? Style.TEXT.inverse() : Style.TEXT;
            lines.add(Segment.line((row == m.row() ? "\u25B6 " : "  ") + m.draft().label(row), st));
        }
        long n = s.session().findings().stream().filter(f -> m.draft().matches(f, s.session())).count();
        lines.add(List.of());
        lines.add(Segment.line(n + " of " + s.session().findings().size() + " findings match", n == 0
                ? Style.of(Role.WARN) : Style.TEXT.strong()));
        lines.add(Segment.line("j/k row \u00B7 h/l value \u00B7 c clear \u00B7 Enter apply \u00B7 Esc", Style.of(Role.DIM)));
        Rect inner = Chrome.box(c, Chrome.centred(s.width(), s.height(), 60, lines.size() + 2), "Filter findings");
        Chrome.lines(c, inner, lines, 0);
    }

    private static void list(Canvas c, AppState s, String title, List<List<Segment>> lines, int cursorLine) {
        Rect inner = Chrome.box(c, Chrome.centred(s.width(), s.height(), LIST_WIDTH, s.height() - 4), title);
        int h = Math.max(1, inner.height());
        int scroll = Math.max(0, Math.min(cursorLine - h / 2, lines.size() - h));
        if (cursorLine >= 0 && cursorLine < lines.size()) {
            List<Segment> sel = new ArrayList<>();
            for (Segment seg : lines.get(cursorLine)) {
                sel.add(new Segment(seg.text(), seg.style().inverse()));
            }
            lines = new ArrayList<>(lines);
            lines.set(cursorLine, sel);
        }
        Chrome.lines(c, inner, lines, scroll);
    }

    private static List<List<Segment>> findingLines(AppState s) {
        List<List<Segment>> out = new ArrayList<>();
        String topic = null;
        int n = 1;
        for (Finding f : Findings.visible(s)) {
            if (!Findings.topicLabel(f).equals(topic)) {
                topic = Findings.topicLabel(f);
                out.add(Segment.line(topic, Style.of(Role.LABEL).strong()));
            }
            Verdict v = s.session().verdict(f.id());
            out.add(List.of(new Segment(String.format(java.util.Locale.ROOT, "  %3d ", n++), Style.TEXT),
                    new Segment(Columns.pad(f.severity().id(), 7), Style.of(severity(f))),
                    new Segment(Columns.pad(f.type().label(), 20) + " ", Style.TEXT),
                    new Segment(Columns.pad(v.label(), 13) + " ", Style.of(v == Verdict.UNREVIEWED ? Role.DIM : Role.LABEL)),
                    new Segment(f.title(), Style.TEXT)));
        }
        return out;
    }

    /** The display line of the finding at {@code index}: findings come after their topic headers. */
    private static int lineOfFinding(AppState s, int index) {
        String topic = null;
        int line = 0;
        List<Finding> v = Findings.visible(s);
        for (int i = 0; i < v.size(); i++) {
            if (!Findings.topicLabel(v.get(i)).equals(topic)) {
                topic = Findings.topicLabel(v.get(i));
                line++;
            }
            if (i == index) {
                return line;
            }
            line++;
        }
        return -1;
    }

    private static Role severity(Finding f) {
        return switch (f.severity()) {
            case HIGH -> Role.HIGH;
            case MEDIUM -> Role.MEDIUM;
            default -> Role.LOW;
        };
    }

    private static List<List<Segment>> articleLines(AppState s) {
        List<List<Segment>> out = new ArrayList<>();
        String left = Panes.article(s, Focus.LEFT).map(ArticleStatements::fileName).orElse("");
        String right = Panes.article(s, Focus.RIGHT).map(ArticleStatements::fileName).orElse("");
        for (ArticleStatements a : s.session().analysis().articles()) {
            String where = (a.fileName().equals(left) ? "A" : " ") + (a.fileName().equals(right) ? "B" : " ");
            out.add(List.of(new Segment(where + " ", Style.of(Role.LABEL).strong()),
                    new Segment(Columns.pad(a.fileName(), 34), Style.TEXT),
                    new Segment(" " + a.document().language().language() + " \u00B7 " + a.statements().size()
                            + " statements", Style.of(Role.DIM))));
        }
        return out;
    }

    private static List<List<Segment>> statementLines(AppState s, String file) {
        List<List<Segment>> out = new ArrayList<>();
        for (Statement st : ListActions.statements(s, file)) {
            out.add(List.of(new Segment(Columns.pad("[" + st.stance().marker() + "]", 12) + " ",
                            Style.of(Role.of(st.stance()))),
                    new Segment(Columns.pad(st.speaker(), 26) + " ", Style.TEXT.strong()),
                    new Segment(Columns.pad(st.party() == null ? "-" : st.party(), 7) + " ", Style.TEXT),
                    new Segment(Columns.pad(st.cue() == null ? "-" : st.cue(), 15) + " ", Style.TEXT),
                    new Segment(st.topic() == null ? "-" : st.topic(), Style.of(Role.DIM))));
        }
        if (out.isEmpty()) {
            out.add(Segment.line("no statements found in this article", Style.of(Role.DIM)));
        }
        return out;
    }

    private static void help(Canvas c, AppState s, Overlay.Help h) {
        Rect box = Chrome.centred(s.width(), s.height(), HELP_WIDTH, s.height() - 2);
        List<List<Segment>> lines = HelpContent.lines(s.keys(), box.width() - 4);
        Rect inner = Chrome.box(c, box, "Keys (j/k scroll, Esc closes)");
        int scroll = Math.max(0, Math.min(h.scroll(), lines.size() - inner.height()));
        Chrome.lines(c, inner, lines, scroll);
    }
}
