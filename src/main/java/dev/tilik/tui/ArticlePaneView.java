package dev.tilik.tui;

import dev.tilik.findings.Evidence;
import dev.tilik.ingest.Article;
import dev.tilik.ingest.HeaderBlock;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.text.CharSpan;
import dev.tilik.text.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One article pane: a title line and the wrapped text, statements highlighted in their stance's
 * colour after a {@code [STANCE]} marker, the current finding's statement in reverse video,
 * boilerplate dimmed (a {@code ~} in the margin of a line that is boilerplate throughout: a dateline
 * does not mark the line it starts), search matches marked. The header block ({@code title:},
 * {@code url:} …) is metadata, not disabled text: its keys in the label colour, its values (an
 * address included) in the title colour, a {@code :} in the margin.
 */
final class ArticlePaneView {
    /**
     * What to mark in one pane: the current finding's spans, the search matches' offsets, the
     * header block's region (null when there is none) and its labels.
     */
    private record Marks(List<CharSpan> current, List<Integer> matches, CharSpan header, List<CharSpan> labels) {
        boolean inHeader(int offset) {
            return header != null && header.contains(offset);
        }
    }

    private ArticlePaneView() {
    }

    static void draw(Canvas c, AppState s, Geometry g, Focus side) {
        Rect title = side == Focus.LEFT ? g.leftTitle() : g.rightTitle();
        Rect body = g.body(side);
        if (title.isEmpty() && body.isEmpty()) { // B folded away (Panes.folded): nothing to lay out
            return;
        }
        Optional<ArticleStatements> article = Panes.article(s, side);
        boolean focused = Panes.focus(s) == side;
        if (article.isEmpty()) {
            Chrome.title(c, title, "no article", focused, "");
            return;
        }
        ArticleStatements a = article.get();
        List<ArticleLayout.Line> lines = ArticleLayout.lines(a, g.textWidth(side));
        int max = Math.max(0, lines.size() - body.height());
        int top = Math.min(max, ArticleLayout.lineOf(lines, s.nav().anchor(side)));
        String where = lines.size() <= body.height() ? "all" : (max == 0 ? 0 : top * 100 / max) + "%";
        String from = Provenance.of(a.document().article());
        // A long file name (an added article's is outlet + headline) gives way to outlet, date and address.
        boolean fits = Columns.width(a.fileName() + " \u00B7 " + from) <= title.width() - 16;
        String file = from.isEmpty() || fits ? a.fileName() : Columns.fit(a.fileName(), Math.max(16, title.width() / 3));
        // B over a finding in one article shows that article too, and says why (an unrelated one misled: round 31, D6)
        boolean again = side == Focus.RIGHT && Panes.oneArticle(s);
        String label = (side == Focus.LEFT ? "A " : "B ") + file + (again ? " \u00B7 as A: the finding's only article"
                : from.isEmpty() ? "" : " \u00B7 " + from);
        Chrome.title(c, title, label, focused, where);
        HeaderBlock header = HeaderBlock.parse(a.document().article().text());
        Marks current = new Marks(Panes.evidenceIn(s, a.fileName()).stream().map(Evidence::span).toList(),
                s.search() == null ? List.of() : s.search().offsetsIn(a.fileName()),
                header.isPresent() ? header.region() : null, keys(a.document().article().text(), header.labels()));
        for (int row = 0; row < body.height() && top + row < lines.size(); row++) {
            drawLine(c, s, a, lines.get(top + row), body.x(), body.y() + row, body.width(), current);
        }
    }

    /** The {@code key:} part of each header label: the value after it is drawn as a value, an address included. */
    private static List<CharSpan> keys(String text, List<CharSpan> labels) {
        List<CharSpan> keys = new ArrayList<>(labels.size());
        for (CharSpan label : labels) {
            int colon = text.indexOf(':', label.start());
            keys.add(colon < 0 || colon >= label.end() ? label : new CharSpan(label.start(), colon + 1));
        }
        return keys;
    }

    /** True when every character the line shows is boilerplate (a dateline before the text is not the line). */
    private static boolean allBoilerplate(ArticleLayout.Line line, Article art) {
        boolean any = false;
        for (ArticleLayout.Unit u : line.units()) {
            if (u.marker() != null || u.isSpace()) {
                continue;
            }
            if (!art.isBoilerplate(u.offset())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static void drawLine(Canvas c, AppState s, ArticleStatements a, ArticleLayout.Line line, int x, int y,
                                 int width, Marks current) {
        Article art = a.document().article();
        if (!line.units().isEmpty() && current.inHeader(line.units().get(0).offset())) {
            c.put(x, y, ":", Style.of(Role.LABEL), 1);
        } else if (allBoilerplate(line, art)) {
            c.put(x, y, "~", Style.of(Role.DIM), 1);
        }
        int col = x + 1;
        int end = x + width - 1;
        for (ArticleLayout.Unit u : line.units()) {
            if (col >= end) {
                break;
            }
            col += c.put(col, y, u.text(), style(s, a, u, current), end - col);
        }
    }

    private static Style style(AppState s, ArticleStatements a, ArticleLayout.Unit u, Marks marks) {
        if (u.marker() != null) {
            return current(Style.of(Role.of(u.marker())).strong(), u, marks);
        }
        int o = u.offset();
        Search search = s.search();
        if (search != null && search.covers(marks.matches(), o)) {
            return Style.of(search.isCurrent(a.fileName(), o) ? Role.MATCH_CURRENT : Role.MATCH);
        }
        if (u.claim() != null) {
            return current(Style.of(Role.of(u.claim())), u, marks);
        }
        if (marks.inHeader(o)) {
            return Style.of(marks.labels().stream().anyMatch(l -> l.contains(o)) ? Role.LABEL : Role.TITLE);
        }
        return a.document().article().isBoilerplate(o) ? Style.of(Role.DIM) : Style.TEXT;
    }

    /** {@code base} in reverse video when the unit is in the current finding's evidence. */
    private static Style current(Style base, ArticleLayout.Unit u, Marks marks) {
        return marks.current().stream().anyMatch(span -> span.contains(u.offset())) ? base.inverse() : base;
    }
}
