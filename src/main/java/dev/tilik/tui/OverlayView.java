package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.review.Rating;
import dev.tilik.review.Verdict;
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
        } else if (o instanceof Overlay.RatingMenu) {
            ratings(c, s);
        } else if (o instanceof Overlay.NoteEditor n) {
            boolean draft = !s.session().draft(n.findingId()).isEmpty();
            editor(c, s, draft ? "Note on this finding: the draft kept from last time" : "Note on this finding",
                    n.field(), n.discardAsked()
                    ? Segment.line(OverlayActions.discardQuestion(s), Style.of(Role.WARN).strong())
                    : Segment.line(draft ? "Enter takes the draft \u00B7 Esc twice drops it"
                            : "Enter saves \u00B7 Esc cancels", Style.of(Role.DIM)));
        } else if (o instanceof Overlay.SearchPrompt p) {
            editor(c, s, "Search all " + s.session().analysis().articleCount() + " articles", p.field(),
                    dim(searchCount(s, p.field().text()) + "Enter searches \u00B7 Esc cancels"));
        } else if (o instanceof Overlay.UrlPrompt p) {
            editor(c, s, "Add an article by URL", p.field(), dim("Enter fetches it into the folder \u00B7 Esc cancels"));
        } else if (o instanceof Overlay.FilterMenu m) {
            filter(c, s, m);
        } else if (o instanceof Overlay.FindingList l) {
            findingList(c, s, l);
        } else if (o instanceof Overlay.ArticlePicker p) {
            list(c, s, "Articles: h puts it left, l right, Enter in the focused pane", ListLines.articles(s), p.cursor() * 2, 2);
        } else if (o instanceof Overlay.StatementList l) {
            statements(c, s, l);
        } else if (o instanceof Overlay.Help h) {
            help(c, s, h);
        } else if (o instanceof Overlay.HeldKeys k) {
            held(c, s, k);
        } else if (o instanceof Overlay.QuitRefused r) {
            refused(c, s, r);
        }
    }

    /**
     * The statement list, under a line saying where the article comes from (outlet, date, address) when it says, and
     * the columns' headings: both stay at the top while the statements scroll under them.
     */
    private static void statements(Canvas c, AppState s, Overlay.StatementList l) {
        List<List<Segment>> header = new ArrayList<>();
        String from = s.session().analysis().article(l.fileName()).map(a -> Provenance.of(a.document().article()))
                .orElse("");
        for (String line : from.isEmpty() ? List.<String>of() : Wrap.words(from, listInnerWidth(s))) {
            header.add(Segment.line(line, Style.of(Role.DIM)));
        }
        header.add(ListLines.statementHeading(s, l.fileName(), listInnerWidth(s)));
        list(c, s, "Statements in " + l.fileName(), ListLines.statements(s, l.fileName(), listInnerWidth(s)),
                l.cursor() * 2, 2, header, List.of());
    }

    /** The keys held back: when they were typed, why they did not run, what they are, and the three choices. */
    private static void held(Canvas c, AppState s, Overlay.HeldKeys k) {
        int w = Math.min(s.width() - 2, 80);
        List<List<Segment>> lines = new ArrayList<>();
        String why = "An earlier reader of these notes was cut off while loading, with "
                + dev.tilik.text.Counted.of(k.keys().keys().size(), "key") + " typed ahead " + k.keys().from()
                + ". They did not run: the note file changed since they were typed, so the finding they"
                + " were meant for may be another.";
        for (String line : Wrap.words(why, w - 4)) {
            lines.add(Segment.line(line, Style.of(Role.TEXT)));
        }
        lines.add(Segment.line("", Style.of(Role.TEXT)));
        for (String line : Wrap.words("Keys: " + TypeAhead.shown(k.keys().keys()), w - 4)) {
            lines.add(Segment.line(line, Style.of(Role.TEXT).strong()));
        }
        lines.add(Segment.line("", Style.of(Role.TEXT)));
        String choices = Update.keyOf(s, Mode.HELD, Action.RUN_HELD) + " runs them here, on this finding \u00B7 "
                + Update.keyOf(s, Mode.HELD, Action.DROP_HELD) + " drops them \u00B7 "
                + Update.keyOf(s, Mode.HELD, Action.LATER) + ": later (the next opening asks again)";
        for (String line : Wrap.words(choices, w - 4)) {
            lines.add(Segment.line(line, Style.of(Role.DIM)));
        }
        Rect inner = Chrome.box(c, Chrome.centred(s.width(), s.height(), w, lines.size() + 2), "Keys typed ahead, held back");
        Chrome.lines(c, inner, lines, 0);
    }

    /** A refused quit: why the save failed, where the notes are, and the three answers; other keys do nothing. */
    private static void refused(Canvas c, AppState s, Overlay.QuitRefused r) {
        int w = Math.min(s.width() - 2, 80);
        List<List<Segment>> lines = new ArrayList<>();
        for (String line : Wrap.words("The notes could not be saved, so Tilik did not quit: " + r.why(), w - 4)) {
            lines.add(Segment.line(line, Style.of(Role.TEXT)));
        }
        lines.add(Segment.line("", Style.of(Role.TEXT)));
        String choices = Update.keyOf(s, Mode.QUIT_REFUSED, Action.QUIT_UNSAVED)
                + (r.copied() ? " quits (every note kept in that copy)" : " quits without saving") + " \u00B7 "
                + Update.keyOf(s, Mode.QUIT_REFUSED, Action.QUIT) + " tries the save again \u00B7 "
                + Update.keyOf(s, Mode.QUIT_REFUSED, Action.CANCEL) + " goes back to reading \u00B7 other keys do nothing";
        for (String line : Wrap.words(choices, w - 4)) {
            lines.add(Segment.line(line, Style.of(Role.TEXT).strong()));
        }
        Rect inner = Chrome.box(c, Chrome.centred(s.width(), s.height(), w, lines.size() + 2), "Quit refused");
        Chrome.lines(c, inner, lines, 0);
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
            menuLine(lines, v.digit(), v.label(), v.description(), v == now, labelW, descW);
        }
        Rect inner = Chrome.box(c, Chrome.centred(s.width(), s.height(), 80, lines.size() + 2), "Verdict (1-5, Esc)");
        Chrome.lines(c, inner, lines, 0);
    }

    /**
     * The claim ratings, the chosen one inverse; the last line clears it and says what the export
     * rates the claim with while none is chosen (from the verdict), so the choice is an informed one.
     */
    private static void ratings(Canvas c, AppState s) {
        Finding f = Findings.current(s).orElse(null);
        Rating now = f == null ? null : s.session().rating(f.id());
        int labelW = Columns.width("none");
        for (Rating r : Rating.values()) {
            labelW = Math.max(labelW, Columns.width(r.label()));
        }
        int descW = Math.max(10, Math.min(s.width() - 2, 80) - 4 - 3 - labelW - 2);
        List<List<Segment>> lines = new ArrayList<>();
        for (Rating r : Rating.values()) {
            menuLine(lines, r.digit(), r.label(), r.english(), r == now, labelW, descW);
        }
        String none = f == null ? "no rating" : "no rating" + OverlayActions.exportedNote(s, f)
                .replace("; the export uses", ": the export uses");
        menuLine(lines, Rating.NONE_DIGIT, "none", none, now == null, labelW, descW);
        Rect inner = Chrome.box(c, Chrome.centred(s.width(), s.height(), 80, lines.size() + 2),
                "Claim rating for ClaimReview (0-6, Esc)");
        Chrome.lines(c, inner, lines, 0);
    }

    /** A menu's choice: its digit, its label (inverse when chosen) and what it means, wrapped under itself. */
    private static void menuLine(List<List<Segment>> lines, char digit, String label, String description,
                                   boolean chosen, int labelW, int descW) {
        Style st = chosen ? Style.TEXT.inverse() : Style.TEXT;
        List<String> desc = Wrap.words(description, descW);
        for (int i = 0; i < desc.size(); i++) {
            lines.add(List.of(new Segment(i == 0 ? digit + "  " : "   ", Style.of(Role.LABEL).strong()),
                    new Segment(Columns.pad(i == 0 ? label : "", labelW + 1), st.strong()),
                    new Segment(" " + desc.get(i), st)));
        }
    }

    private static List<Segment> dim(String help) {
        return Segment.line(help, Style.of(Role.DIM));
    }

    private static void editor(Canvas c, AppState s, String title, TextField f, List<Segment> help) {
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
        lines.add(help);
        Rect inner = Chrome.box(c, Chrome.centred(s.width(), s.height(), w, lines.size() + 2), title);
        Chrome.lines(c, inner, lines, 0);
    }

    /** "17 matches in 5 articles · " while typing a query, so an empty result shows before Enter. */
    private static String searchCount(AppState s, String query) {
        if (query.isEmpty()) {
            return "";
        }
        int[] n = Search.count(query, s.session().analysis().articles());
        return SearchWords.count(n[0], n[1]) + " \u00B7 ";
    }

    private static void filter(Canvas c, AppState s, Overlay.FilterMenu m) {
        List<List<Segment>> lines = new ArrayList<>();
        for (int row = 0; row < Filter.ROWS; row++) {
            Style st = row == m.row() ? Style.TEXT.inverse() : Style.TEXT;
            lines.add(Segment.line((row == m.row() ? "\u25B6 " : "  ") + m.draft().label(row), st));
        }
        int n = m.draft().count(s.session());
        lines.add(List.of());
        lines.add(Segment.line(n + " of " + s.session().findings().size() + " findings match"
                + (n == 0 && !m.draft().isAll() ? ": Enter keeps the filter as it is" : ""), n == 0
                ? Style.of(Role.WARN) : Style.TEXT.strong()));
        lines.add(Segment.line("j/k row \u00B7 h/l value \u00B7 c clear \u00B7 Enter apply \u00B7 Esc", Style.of(Role.DIM)));
        Rect inner = Chrome.box(c, Chrome.centred(s.width(), s.height(), 60, lines.size() + 2), "Filter findings");
        Chrome.lines(c, inner, lines, 0);
    }

    /** A list box; the entry under the cursor ({@code span} lines from {@code cursorLine}) in inverse. */
    /**
     * The findings by topic; when the chosen finding's claim is cut on its row (80 columns), the
     * bottom rows of the box hold it whole, so what is chosen is read before Enter.
     */
    private static void findingList(Canvas c, AppState s, Overlay.FindingList l) {
        int w = listInnerWidth(s);
        List<Finding> visible = Findings.visible(s);
        List<List<Segment>> footer = new ArrayList<>();
        if (l.cursor() >= 0 && l.cursor() < visible.size()
                && ListLines.titleCut(s, visible.get(l.cursor()), w) && s.height() >= 20) {
            List<String> whole = Wrap.words(visible.get(l.cursor()).title(), w - 2);
            footer.add(Segment.line("\u2500".repeat(w), Style.of(Role.DIM)));
            for (int i = 0; i < Math.min(FOOTER_ROWS, whole.size()); i++) {
                String row = i == FOOTER_ROWS - 1 && whole.size() > FOOTER_ROWS
                        ? Columns.fit(String.join(" ", whole.subList(i, whole.size())), w - 2) : whole.get(i);
                footer.add(Segment.line("  " + row, Style.TEXT));
            }
        }
        list(c, s, "Findings by topic", ListLines.findings(s, w), ListLines.lineOfFinding(s, l.cursor()), 1, List.of(),
                footer);
    }

    /** The most rows the chosen finding's whole claim takes under the finding list. */
    private static final int FOOTER_ROWS = 3;

    private static void list(Canvas c, AppState s, String title, List<List<Segment>> lines, int cursorLine, int span) {
        list(c, s, title, lines, cursorLine, span, List.of(), List.of());
    }

    /**
     * A list box; {@code header} rows, if any, take the top of the box and {@code footer} rows its bottom, and the
     * list scrolls between them.
     */
    private static void list(Canvas c, AppState s, String title, List<List<Segment>> lines, int cursorLine, int span,
                             List<List<Segment>> header, List<List<Segment>> footer) {
        Rect box = Chrome.box(c, Chrome.centred(s.width(), s.height(), LIST_WIDTH, s.height() - 4), title);
        int top = Math.min(header.size(), Math.max(0, box.height() - footer.size() - 1));
        Chrome.lines(c, new Rect(box.x(), box.y(), box.width(), top), header, 0);
        Rect inner = new Rect(box.x(), box.y() + top, box.width(), Math.max(1, box.height() - top - footer.size()));
        if (!footer.isEmpty()) {
            Chrome.lines(c, new Rect(box.x(), inner.bottom(), box.width(), footer.size()), footer, 0);
        }
        int h = Math.max(1, inner.height());
        int scroll = Math.max(0, Math.min(cursorLine - h / 2, lines.size() - h));
        lines = new ArrayList<>(lines);
        for (int line = Math.max(0, cursorLine); line < Math.min(lines.size(), cursorLine + span); line++) {
            List<Segment> sel = new ArrayList<>();
            for (Segment seg : lines.get(line)) {
                sel.add(new Segment(seg.text(), seg.style().inverse()));
            }
            lines.set(line, sel);
        }
        Chrome.lines(c, inner, lines, scroll);
    }

    /** Columns inside a list box for this screen. */
    private static int listInnerWidth(AppState s) {
        return Math.max(1, Math.min(s.width() - 2, LIST_WIDTH) - 4);
    }

    private static void help(Canvas c, AppState s, Overlay.Help h) {
        Rect box = Chrome.centred(s.width(), s.height(), HELP_WIDTH, s.height() - 2);
        List<List<Segment>> lines = HelpContent.lines(s.keys(), box.width() - 4);
        Rect inner = Chrome.box(c, box, "Keys (j/k scroll, Esc closes)");
        int scroll = Math.max(0, Math.min(h.scroll(), lines.size() - inner.height()));
        Chrome.lines(c, inner, lines, scroll);
    }
}
