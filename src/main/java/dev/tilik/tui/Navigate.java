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
     * Where a reopened folder starts: the first visible finding still unreviewed — nothing recorded on
     * it, neither verdict nor note nor rating ({@code ReviewSession.reviewed}) —, so that a review left
     * half done goes on where the work is; the first finding when every one is reviewed (or none is).
     */
    static AppState resume(AppState s) {
        List<Finding> v = Findings.visible(s);
        for (Finding f : v) {
            if (!s.session().reviewed(f.id())) {
                return toFinding(s, f);
            }
        }
        return firstFinding(s);
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
        Focus side = s.nav().focus();
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
        // A pane's width does not depend on the panel's height: no need to lay out the panel.
        return ArticleLayout.lines(a.get(), Geometry.of(s.width(), s.height()).textWidth(side));
    }

    static int pageSize(AppState s) {
        Geometry g = Geometry.of(s);
        return Math.max(1, g.body(s.nav().focus()).height() - 1);
    }
}
