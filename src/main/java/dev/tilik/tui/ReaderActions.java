package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.statements.ArticleStatements;
import java.util.List;
import java.util.Optional;

/** What keys do in the reader itself (no overlay open). */
final class ReaderActions {
    private static final int FAR = 1_000_000;

    private ReaderActions() {
    }

    static Step perform(AppState s, Action a) {
        return switch (a) {
            case NEXT_FINDING -> Step.of(stepFinding(s, 1));
            case PREV_FINDING -> Step.of(stepFinding(s, -1));
            case NEXT_MATCH -> Step.of(stepMatch(s, 1));
            case PREV_MATCH -> Step.of(stepMatch(s, -1));
            case SCROLL_DOWN -> Step.of(Navigate.scroll(s, 1));
            case SCROLL_UP -> Step.of(Navigate.scroll(s, -1));
            case PAGE_DOWN -> Step.of(Navigate.scroll(s, Navigate.pageSize(s)));
            case PAGE_UP -> Step.of(Navigate.scroll(s, -Navigate.pageSize(s)));
            case TOP -> Step.of(Navigate.scroll(s, -FAR));
            case BOTTOM -> Step.of(Navigate.scroll(s, FAR));
            case FOCUS_NEXT -> Step.of(s.withNav(s.nav().withFocus(s.nav().focus().next())));
            case FOCUS_PREV -> Step.of(s.withNav(s.nav().withFocus(s.nav().focus().previous())));
            case VERDICT -> Step.of(s.withOverlay(new Overlay.VerdictMenu()));
            case NOTE -> {
                Finding f = Findings.current(s).orElseThrow();
                yield Step.of(s.withOverlay(new Overlay.NoteEditor(f.id(), TextField.of(s.session().note(f.id())))));
            }
            case SEARCH -> Step.of(s.withOverlay(new Overlay.SearchPrompt(
                    TextField.of(s.search() == null ? "" : s.search().query()))));
            case FILTER -> Step.of(s.withOverlay(new Overlay.FilterMenu(s.filter(), 0)));
            case LIST -> Step.of(s.withOverlay(new Overlay.FindingList(Math.max(0, Findings.index(s)))));
            case PICK_ARTICLES -> Step.of(s.withOverlay(new Overlay.ArticlePicker(0)));
            case STATEMENTS -> {
                String file = Panes.article(s, Panes.articleSide(s)).map(ArticleStatements::fileName).orElseThrow();
                yield Step.of(s.withOverlay(new Overlay.StatementList(file, 0)));
            }
            case HELP -> Step.of(s.withOverlay(new Overlay.Help(0)));
            case BACK -> Step.of(back(s));
            default -> Step.of(s);
        };
    }

    private static AppState stepFinding(AppState s, int delta) {
        List<Finding> v = Findings.visible(s);
        int i = Findings.index(s);
        int next = i < 0 ? (delta > 0 ? 0 : v.size() - 1) : i + delta;
        if (next < 0 || next >= v.size()) {
            return s.withStatus(delta > 0 ? "last finding (" + v.size() + " of " + v.size() + ")"
                    : "first finding");
        }
        return Navigate.toFinding(s, v.get(next));
    }

    private static AppState stepMatch(AppState s, int delta) {
        Search search = s.search().step(delta);
        if (search.matches().isEmpty()) {
            return s.withStatus("no match for \"" + search.query() + "\"");
        }
        AppState next = s.withSearch(search);
        Focus side = sideShowing(next, search.fileName());
        return Navigate.reveal(next, side, search.current())
                .withStatus("match " + (search.index() + 1) + "/" + search.matches().size());
    }

    static Focus sideShowing(AppState s, String fileName) {
        Optional<ArticleStatements> right = Panes.article(s, Focus.RIGHT);
        if (Panes.articleSide(s) == Focus.RIGHT && right.isPresent() && right.get().fileName().equals(fileName)) {
            return Focus.RIGHT;
        }
        Optional<ArticleStatements> left = Panes.article(s, Focus.LEFT);
        if (left.isPresent() && left.get().fileName().equals(fileName)) {
            return Focus.LEFT;
        }
        return Focus.RIGHT;
    }

    private static AppState back(AppState s) {
        if (s.search() != null) {
            return s.withSearch(null).withStatus("search cleared");
        }
        if (s.nav().findingId() != null) {
            Optional<ArticleStatements> left = Panes.article(s, Focus.LEFT);
            Optional<ArticleStatements> right = Panes.article(s, Focus.RIGHT);
            Nav n = s.nav();
            Nav browsing = new Nav(null, left.map(ArticleStatements::fileName).orElse(null),
                    right.map(ArticleStatements::fileName).orElse(null), n.focus(), n.leftAnchor(), n.rightAnchor(), 0);
            return s.withNav(browsing).withStatus("browsing articles (a chooses them, n goes back to findings)");
        }
        return s.withStatus("nothing to go back from (q quits)");
    }
}
