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
        return perform(s, a, null);
    }

    /** {@code shown}: the key with what the screen showed when it was read (null, or not stamped: the state's). */
    static Step perform(AppState s, Action a, Msg.KeyPressed shown) {
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
            case FOCUS_NEXT -> Step.of(s.withNav(s.nav().withFocus(Panes.nextFocus(s, 1))));
            case FOCUS_PREV -> Step.of(s.withNav(s.nav().withFocus(Panes.nextFocus(s, -1))));
            case VERDICT -> Step.of(s.withOverlay(new Overlay.VerdictMenu(true, shown(s, shown), unseen(s, shown))));
            case RATING -> Step.of(s.withOverlay(new Overlay.RatingMenu(true, shown(s, shown), unseen(s, shown))));
            case NOTE -> {
                Finding f = Findings.current(s).orElseThrow();
                yield Step.of(OverlayActions.openNote(s, f));
            }
            case SEARCH -> Step.of(s.withOverlay(new Overlay.SearchPrompt(
                    TextField.of(s.search() == null ? "" : s.search().query()))));
            case FILTER -> Step.of(s.withOverlay(new Overlay.FilterMenu(s.filter(), 0)));
            case ADD_URL -> Step.of(s.withOverlay(new Overlay.UrlPrompt(TextField.of(""))));
            case LIST -> Step.of(s.withOverlay(new Overlay.FindingList(Math.max(0, Findings.index(s)))));
            case PICK_ARTICLES -> Step.of(pickArticles(s));
            case STATEMENTS -> {
                String file = Panes.article(s, Panes.articleSide(s)).map(ArticleStatements::fileName).orElseThrow();
                yield Step.of(s.withOverlay(new Overlay.StatementList(file, 0)));
            }
            case ALL_CITED -> Step.of(allCited(s));
            case HELP -> Step.of(s.withOverlay(new Overlay.Help(0)));
            case BACK -> Step.of(back(s));
            default -> Step.of(s);
        };
    }

    /**
     * The stamp of the current finding's review as the screen showed it when the key was read
     * ({@code Review.basis} in the drawn frame's reviews; the state's when not known), or null.
     * A verdict another reader chose that the watch took in but no frame drew yet is not counted as seen. On a
     * finding the frame did not show ({@link #unseen}) the state's: what the choice replaces is set aside here,
     * so the merge must not set it aside again.
     */
    private static java.time.Instant shown(AppState s, Msg.KeyPressed key) {
        dev.tilik.review.ReviewSession seenIn = key == null || key.shown() == null || unseen(s, key) ? s.session()
                : key.shown().reviews();
        return Findings.current(s).flatMap(f -> seenIn.review(f.id())).map(dev.tilik.review.Review::basis)
                .orElse(null);
    }

    /**
     * Whether the key was read while the screen showed another finding than the one it acts on: keys typed
     * faster than the frames ({@code n v 3}), the verdict menu opened on a finding no frame had drawn. Whatever
     * verdict or rating the choice replaces there was never seen, and is set aside beside it.
     */
    private static boolean unseen(AppState s, Msg.KeyPressed key) {
        return key != null && key.shown() != null
                && !java.util.Objects.equals(key.shown().finding(), Findings.current(s).map(Finding::id).orElse(null));
    }

    /**
     * The verdict or rating set aside last on the finding chosen again, the one it replaces set aside in its
     * turn (b again swaps them back), saved at once like a verdict.
     */
    static Step takeBack(AppState s, java.time.Instant at) {
        Finding f = Findings.current(s).orElseThrow();
        dev.tilik.review.SetAside last = s.session().setAside(f.id()).get(s.session().setAside(f.id()).size() - 1);
        AppState done = s.withSession(s.session().takingBack(f, at));
        // what is set aside now is the verdict or rating the finding had, which may have been chosen after the merge:
        // not the one the merge kept (last.insteadLabel())
        List<dev.tilik.review.SetAside> now = done.session().setAside(f.id());
        return Update.save(done, false, "took back " + last.field() + " \u201C" + last.valueLabel() + "\u201D; \u201C"
                + now.get(now.size() - 1).valueLabel() + "\u201D set aside (" + Update.keyOf(s, Mode.READER, Action.TAKE_BACK)
                + " again swaps them back)"
                + (Findings.outsideFilter(done) ? " \u00B7 kept, outside the filter (n moves on)" : ""));
    }

    /** Expand the cited statements into the panel (focused, so j/k read them), or fold them back. */
    private static AppState allCited(AppState s) {
        boolean all = !s.nav().allCited();
        Nav n = s.nav().withAllCited(all);
        return s.withNav(all ? n.withFocus(Focus.PANEL) : n.withPanelScroll(0))
                .withStatus(all ? "every cited statement: j/k scrolls, x folds" : "cited statements summarised");
    }

    private static AppState stepFinding(AppState s, int delta) {
        Optional<Finding> left = leftFinding(s);
        if (left.isPresent()) {
            return Navigate.toFinding(s, left.get());
        }
        List<Finding> v = Findings.visible(s);
        int i = Findings.index(s);
        int next = i < 0 ? (delta > 0 ? 0 : v.size() - 1) : i + delta;
        if (next < 0 || next >= v.size()) {
            if (Findings.outsideFilter(s)) { // a verdict took it out of the filter: it is none of the filter's (the "-/7")
                int others = v.size() - 1;
                return s.withStatus(others == 0 ? "no other finding matches the filter ("
                        + Update.keyOf(s, Mode.READER, Action.FILTER) + " changes it)"
                        : "no finding " + (delta > 0 ? "after" : "before") + " this one, which the filter no longer holds; its "
                        + others + " come " + (delta > 0 ? "before" : "after"));
            }
            return s.withStatus(delta > 0 ? "last finding (" + v.size() + " of " + v.size() + ")"
                    : "first finding");
        }
        return Navigate.toFinding(s, v.get(next));
    }

    private static AppState stepMatch(AppState s, int delta) {
        Search search = s.search().step(delta);
        if (search.hits().isEmpty()) {
            return s.withStatus("no match for \"" + search.query() + "\"");
        }
        return showMatch(s, search);
    }

    /**
     * Show the current match of {@code search}: in the pane that already shows its article, else in
     * the focused article pane (leaving the finding, which {@link Search#returnTo} remembers).
     */
    static AppState showMatch(AppState s, Search search) {
        Search.Hit hit = search.current();
        AppState next = s.withSearch(search);
        Optional<Focus> shown = paneShowing(next, hit.fileName());
        Focus side = shown.orElse(Panes.articleSide(next));
        if (shown.isEmpty()) {
            Nav n = next.nav();
            String left = Panes.article(next, Focus.LEFT).map(ArticleStatements::fileName).orElse(null);
            String right = Panes.article(next, Focus.RIGHT).map(ArticleStatements::fileName).orElse(null);
            next = next.withNav(side == Focus.LEFT
                    ? new Nav(null, hit.fileName(), right, n.focus(), 0, n.rightAnchor(), 0, false)
                    : new Nav(null, left, hit.fileName(), n.focus(), n.leftAnchor(), 0, 0, false));
        }
        return Navigate.reveal(next, side, hit.offset()).withStatus(search.describe());
    }

    /** The article pane showing {@code fileName}, the focused one first when both do. */
    static Optional<Focus> paneShowing(AppState s, String fileName) {
        Focus first = Panes.articleSide(s);
        for (Focus side : new Focus[] {first, first == Focus.LEFT ? Focus.RIGHT : Focus.LEFT}) {
            if (Panes.article(s, side).map(a -> a.fileName().equals(fileName)).orElse(false)) {
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }

    /**
     * The article chooser. On a finding, {@code a} leaves it first, as Esc does (Esc, then Esc again,
     * returns to it): it used to refuse, "the finding decides the articles", and a new user jumping
     * to an article had to learn Esc first.
     */
    private static AppState pickArticles(AppState s) {
        if (s.nav().findingId() == null) {
            return s.withOverlay(new Overlay.ArticlePicker(0));
        }
        return leaveFinding(s).withOverlay(new Overlay.ArticlePicker(0))
                .withStatus("left finding " + number(s) + " to choose articles: Esc twice returns to it");
    }

    /** Browsing the finding's two articles, the finding left (Esc returns to it). */
    private static AppState leaveFinding(AppState s) {
        Optional<ArticleStatements> left = Panes.article(s, Focus.LEFT);
        Optional<ArticleStatements> right = Panes.article(s, Focus.RIGHT);
        Nav n = s.nav();
        return s.withNav(new Nav(null, left.map(ArticleStatements::fileName).orElse(null),
                right.map(ArticleStatements::fileName).orElse(null), n.focus(), n.leftAnchor(), n.rightAnchor(), 0,
                false, n.findingId()));
    }

    private static AppState back(AppState s) {
        if (s.search() != null) {
            Optional<Finding> here = Findings.current(s);
            if (here.isPresent()) { // the matches moved the panes away from the finding's statements: back to them
                AppState at = Navigate.toFinding(s, here.get());
                return at.withStatus("search cleared: back to finding " + number(at));
            }
            String back = s.search().returnTo();
            Optional<Finding> was = back == null ? Optional.empty()
                    : Findings.visible(s).stream().filter(f -> f.id().equals(back)).findFirst();
            if (was.isEmpty()) {
                return s.withSearch(null).withStatus("search cleared");
            }
            AppState at = Navigate.toFinding(s, was.get());
            return at.withStatus("search cleared: back to finding " + number(at));
        }
        if (s.nav().findingId() != null) {
            return leaveFinding(s).withStatus("left finding " + number(s)
                    + " to browse: Esc returns, a picks articles");
        }
        Optional<Finding> left = leftFinding(s);
        if (left.isPresent()) {
            AppState at = Navigate.toFinding(s, left.get());
            return at.withStatus("back to finding " + number(at));
        }
        return s.withStatus("nothing to go back from (q quits)");
    }

    /**
     * The shown finding's number, the one its panel title, the shell, {@code check} and the exports give
     * it: its place under a filter (what the status bar counts) said "back to finding 2" of finding 4.
     */
    private static int number(AppState s) {
        return Findings.current(s).map(f -> Findings.number(s, f)).orElse(Findings.index(s) + 1);
    }

    /** The finding Esc left to browse, while the filter still shows it. */
    private static Optional<Finding> leftFinding(AppState s) {
        String id = s.nav().leftFinding();
        return id == null || s.nav().findingId() != null ? Optional.empty()
                : Findings.visible(s).stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
