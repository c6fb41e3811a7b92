package dev.tilik.tui;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.statements.ArticleStatements;
import java.util.List;
import java.util.Optional;

/** Moving around: to a finding, to an offset, by lines. Pure functions of the state. */
public final class Navigate {
    private static final int CONTEXT_LINES = 1;

    private Navigate() {
    }

    /** Show the first visible finding, or browse when there is none. */
    static AppState firstFinding(AppState s) {
        List<Finding> v = Findings.visible(s);
        return v.isEmpty() ? s.withNav(s.nav().withFinding(null, 0, 0)) : toFinding(s, v.get(0));
    }

    /**
     * Where a reopened folder starts: where the work stopped. That is the first finding still
     * unreviewed — nothing recorded on it, neither verdict nor note nor rating
     * ({@code ReviewSession.reviewed}) — after the finding last worked on (the review changed last),
     * so a fact-checker who reviewed 1–6 and quit on 7 lands on 7, and one who skipped 3 on the way
     * lands on 7 too, not back on 3 ({@link #resumedSaid} tells them 3 waits). With nothing
     * unreviewed after it, the first unreviewed from the top; the first finding when every one is
     * reviewed (or none is).
     */
    static AppState resume(AppState s) {
        List<Finding> v = Findings.visible(s);
        int last = lastWorkedOn(s, v);
        for (int i = last + 1; i < v.size(); i++) {
            if (!s.session().reviewed(v.get(i).id())) {
                return toFinding(s, v.get(i));
            }
        }
        for (int i = 0; i <= last; i++) {
            if (!s.session().reviewed(v.get(i).id())) {
                return toFinding(s, v.get(i));
            }
        }
        return firstFinding(s);
    }

    /** The place in {@code v} of the reviewed finding whose review changed last (the later one on a tie), or -1. */
    private static int lastWorkedOn(AppState s, List<Finding> v) {
        int last = -1;
        java.time.Instant at = null;
        for (int i = 0; i < v.size(); i++) {
            String id = v.get(i).id();
            Optional<dev.tilik.review.Review> r = s.session().review(id);
            if (r.isPresent() && s.session().reviewed(id) && (at == null || !r.get().updated().isBefore(at))) {
                last = i;
                at = r.get().updated();
            }
        }
        return last;
    }

    /** How the status line's word on a resumed review starts ({@link #resumedSaid}). */
    static final String RESUMED = "resumed at finding ";

    /**
     * What the status line says of where {@link #resume} left the reader, or null when it opened on
     * the first finding: the finding's number, why there, and the findings before it left
     * unreviewed, by number ({@code resumed at finding 7, after the last you reviewed (p steps back)
     * · still unreviewed: 3}; three numbers at most, then how many more).
     */
    static String resumedSaid(AppState s) {
        if (!resumedPastFirst(s)) {
            return null;
        }
        List<Finding> v = Findings.visible(s);
        int at = -1;
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i).id().equals(s.nav().findingId())) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        java.util.List<String> skipped = new java.util.ArrayList<>();
        for (int i = 0; i < at; i++) {
            if (!s.session().reviewed(v.get(i).id())) {
                skipped.add(Integer.toString(Findings.number(s, v.get(i))));
            }
        }
        String said = RESUMED + Findings.number(s, v.get(at)) + (lastWorkedOn(s, v) < at
                ? ", after the last you reviewed (p steps back)" : ", the first still unreviewed (p steps back)");
        if (skipped.isEmpty()) {
            return said;
        }
        String numbers = String.join(", ", skipped.subList(0, Math.min(3, skipped.size())))
                + (skipped.size() > 3 ? " and " + (skipped.size() - 3) + " more" : "");
        return said + " \u00B7 still unreviewed: " + numbers;
    }

    /** Whether {@link #resume} left the reader past the first visible finding. */
    static boolean resumedPastFirst(AppState s) {
        List<Finding> v = Findings.visible(s);
        return !v.isEmpty() && s.nav().findingId() != null && !v.get(0).id().equals(s.nav().findingId());
    }

    static AppState toFinding(AppState s, Finding f) {
        AppState next = s.withNav(s.nav().withFinding(f.id(), 0, 0)).withSearch(null);
        for (Focus side : new Focus[] {Focus.LEFT, Focus.RIGHT}) {
            Optional<Evidence> e = Panes.evidence(next, side);
            if (e.isPresent()) {
                next = reveal(next, side, e.get().span().start());
            }
        }
        return next;
    }

    /** Scroll {@code side} so the line holding {@code offset} shows, with a line of context above. */
    static AppState reveal(AppState s, Focus side, int offset) {
        List<ArticleLayout.Line> lines = lines(s, side);
        if (lines.isEmpty()) {
            return s;
        }
        int line = Math.max(0, ArticleLayout.lineOf(lines, offset) - CONTEXT_LINES);
        return s.withNav(s.nav().withAnchor(side, lines.get(line).start()));
    }

    /** Scroll the focused pane by {@code delta} lines (a page when asked), staying inside the text. */
    static AppState scroll(AppState s, int delta) {
        Focus side = Panes.focus(s);
        if (side == Focus.PANEL) {
            List<List<Segment>> panel = PanelContent.lines(s, s.width());
            int max = lastTop(panel.size(), Geometry.of(s, panel.size()).panel().height());
            return s.withNav(s.nav().withPanelScroll(Math.min(max, s.nav().panelScroll() + delta)));
        }
        List<ArticleLayout.Line> lines = lines(s, side);
        if (lines.isEmpty()) {
            return s;
        }
        Geometry g = Geometry.of(s);
        int anchor = s.nav().anchor(side);
        int max = lastTop(lines.size(), g.body(side).height());
        int from = Math.min(ArticleLayout.lineOf(lines, anchor), max);
        int to = Math.max(0, Math.min(max, from + delta));
        while (to > 0 && to < max && lines.get(to).start() == anchor) {
            to += delta > 0 ? 1 : -1;
        }
        return s.withNav(s.nav().withAnchor(side, lines.get(to).start()));
    }

    /**
     * The last line that may be at the top of a view {@code height} rows tall over {@code size}
     * lines: always a line that exists, even when the view has no rows at all (a 1×1 terminal).
     */
    static int lastTop(int size, int height) {
        return Math.max(0, size - Math.max(1, height));
    }

    static List<ArticleLayout.Line> lines(AppState s, Focus side) {
        Optional<ArticleStatements> a = Panes.article(s, side);
        if (a.isEmpty()) {
            return List.of();
        }
        // A pane's width does not depend on the panel's height: no need to lay out the panel (B folded away does count).
        return ArticleLayout.lines(a.get(), Geometry.of(s.width(), s.height(), false, 0, Panes.folded(s)).textWidth(side));
    }

    static int pageSize(AppState s) {
        Geometry g = Geometry.of(s);
        return Math.max(1, g.body(Panes.focus(s)).height() - 1);
    }
}
