package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What keys do while an overlay (menu, editor, list, help) is open. */
final class OverlayActions {
    private OverlayActions() {
    }

    static Step perform(AppState s, Action a, Key key, Instant at) {
        Overlay o = s.overlay();
        if (a == Action.CANCEL) {
            return Step.of(s.withOverlay(Overlay.NONE));
        }
        if (o instanceof Overlay.VerdictMenu && a == Action.CHOOSE) {
            return verdict(s, key, at);
        }
        if (o instanceof Overlay.NoteEditor note) {
            return a == Action.ACCEPT ? saveNote(s, note, at) : Step.of(edit(s, a));
        }
        if (o instanceof Overlay.SearchPrompt prompt) {
            return Step.of(a == Action.ACCEPT ? runSearch(s, prompt.field().text()) : edit(s, a));
        }
        if (o instanceof Overlay.FilterMenu menu) {
            return Step.of(filter(s, menu, a));
        }
        int size = listSize(s);
        int cursor = cursor(o);
        int page = Math.max(1, Geometry.of(s).height() - 8);
        int moved = switch (a) {
            case MOVE_DOWN -> cursor + 1;
            case MOVE_UP -> cursor - 1;
            case PAGE_DOWN -> cursor + page;
            case PAGE_UP -> cursor - page;
            case TOP -> 0;
            case BOTTOM -> size - 1;
            default -> cursor;
        };
        int clamped = Math.max(0, Math.min(Math.max(0, size - 1), moved));
        if (moved != cursor) {
            return Step.of(s.withOverlay(withCursor(o, clamped)));
        }
        return Step.of(choose(s, o, a));
    }

    static AppState type(AppState s, int codePoint) {
        return editField(s, f -> f.insert(codePoint));
    }

    private static Step verdict(AppState s, Key key, Instant at) {
        Verdict v = Verdict.ofDigit(key.name().charAt(0));
        Finding f = Findings.current(s).orElse(null);
        if (v == null || f == null) {
            return Step.of(s.withOverlay(Overlay.NONE));
        }
        ReviewSession next = s.session().withVerdict(f, v, at);
        AppState done = s.withSession(next).withOverlay(Overlay.NONE);
        return Update.save(done, false, "verdict: " + v.label());
    }

    private static Step saveNote(AppState s, Overlay.NoteEditor note, Instant at) {
        Optional<Finding> f = s.session().analysis().finding(note.findingId());
        if (f.isEmpty()) {
            return Step.of(s.withOverlay(Overlay.NONE).withStatus("the finding is gone; note not saved"));
        }
        String text = note.field().text().strip();
        AppState done = s.withSession(s.session().withNote(f.get(), text, at)).withOverlay(Overlay.NONE);
        return Update.save(done, false, text.isEmpty() ? "note cleared" : "note saved");
    }

    private static AppState edit(AppState s, Action a) {
        return editField(s, f -> switch (a) {
            case DELETE_BACK -> f.deleteBack();
            case DELETE -> f.delete();
            case CURSOR_LEFT -> f.left();
            case CURSOR_RIGHT -> f.right();
            case CURSOR_HOME -> f.home();
            case CURSOR_END -> f.end();
            default -> f;
        });
    }

    private static AppState editField(AppState s, UnaryOperator<TextField> op) {
        if (s.overlay() instanceof Overlay.NoteEditor n) {
            return s.withOverlay(new Overlay.NoteEditor(n.findingId(), op.apply(n.field())));
        }
        if (s.overlay() instanceof Overlay.SearchPrompt p) {
            return s.withOverlay(new Overlay.SearchPrompt(op.apply(p.field())));
        }
        return s;
    }

    private static AppState runSearch(AppState s, String query) {
        AppState closed = s.withOverlay(Overlay.NONE);
        if (query.isEmpty()) {
            return closed.withSearch(null).withStatus("search cleared");
        }
        Focus side = Panes.articleSide(s);
        ArticleStatements a = Panes.article(s, side).orElseThrow();
        Search found = Search.run(query, a.fileName(), a.document().text(), s.nav().anchor(side));
        if (found.matches().isEmpty()) {
            return closed.withSearch(null).withStatus("no match for \"" + query + "\" in " + a.fileName());
        }
        return Navigate.reveal(closed.withSearch(found), side, found.current())
                .withStatus("match " + (found.index() + 1) + "/" + found.matches().size() + " (n/N, Esc clears)");
    }

    private static AppState filter(AppState s, Overlay.FilterMenu m, Action a) {
        return switch (a) {
            case MOVE_DOWN -> s.withOverlay(new Overlay.FilterMenu(m.draft(), Math.min(Filter.ROWS - 1, m.row() + 1)));
            case MOVE_UP -> s.withOverlay(new Overlay.FilterMenu(m.draft(), Math.max(0, m.row() - 1)));
            case VALUE_NEXT, PAGE_DOWN -> s.withOverlay(new Overlay.FilterMenu(m.draft().cycle(m.row(), 1), m.row()));
            case VALUE_PREV, PAGE_UP -> s.withOverlay(new Overlay.FilterMenu(m.draft().cycle(m.row(), -1), m.row()));
            case CLEAR -> s.withOverlay(new Overlay.FilterMenu(Filter.ALL, m.row()));
            case ACCEPT -> applyFilter(s.withOverlay(Overlay.NONE), m.draft());
            default -> s;
        };
    }

    private static AppState applyFilter(AppState s, Filter f) {
        AppState next = s.withFilter(f);
        if (Findings.current(next).isPresent()) {
            return next.withStatus(filterStatus(next));
        }
        return Navigate.firstFinding(next).withStatus(filterStatus(next));
    }

    private static String filterStatus(AppState s) {
        int n = Findings.visible(s).size();
        return s.filter().isAll() ? "filter cleared: " + n + " findings" : "filter " + s.filter().summary() + ": " + n
                + " finding" + (n == 1 ? "" : "s");
    }

    private static AppState choose(AppState s, Overlay o, Action a) {
        if (o instanceof Overlay.FindingList l && a == Action.CHOOSE) {
            List<Finding> v = Findings.visible(s);
            return v.isEmpty() ? s.withOverlay(Overlay.NONE)
                    : Navigate.toFinding(s.withOverlay(Overlay.NONE), v.get(Math.min(l.cursor(), v.size() - 1)));
        }
        if (o instanceof Overlay.StatementList l && a == Action.CHOOSE) {
            return jumpToStatement(s, l);
        }
        if (o instanceof Overlay.ArticlePicker p) {
            return pick(s, p, a);
        }
        if (o instanceof Overlay.Help h) {
            return s;
        }
        return s;
    }

    private static AppState jumpToStatement(AppState s, Overlay.StatementList l) {
        List<Statement> st = statements(s, l.fileName());
        AppState closed = s.withOverlay(Overlay.NONE);
        if (st.isEmpty()) {
            return closed;
        }
        Statement chosen = st.get(Math.min(l.cursor(), st.size() - 1));
        Focus side = ReaderActions.sideShowing(closed, l.fileName());
        return Navigate.reveal(closed, side, chosen.claim().start());
    }

    private static AppState pick(AppState s, Overlay.ArticlePicker p, Action a) {
        List<ArticleStatements> all = s.session().analysis().articles();
        String file = all.get(Math.min(p.cursor(), all.size() - 1)).fileName();
        String left = Panes.article(s, Focus.LEFT).map(ArticleStatements::fileName).orElse(file);
        String right = Panes.article(s, Focus.RIGHT).map(ArticleStatements::fileName).orElse(file);
        Nav n = s.nav();
        return switch (a) {
            case TO_LEFT -> s.withNav(n.withFiles(file, right)).withStatus("left: " + file);
            case TO_RIGHT -> s.withNav(n.withFiles(left, file)).withStatus("right: " + file);
            case CHOOSE -> s.withOverlay(Overlay.NONE).withNav(Panes.articleSide(s) == Focus.RIGHT
                    ? n.withFiles(left, file) : n.withFiles(file, right));
            default -> s;
        };
    }

    static List<Statement> statements(AppState s, String fileName) {
        return s.session().analysis().article(fileName).map(ArticleStatements::statements).orElse(List.of());
    }

    private static int listSize(AppState s) {
        Overlay o = s.overlay();
        if (o instanceof Overlay.FindingList) {
            return Findings.visible(s).size();
        }
        if (o instanceof Overlay.ArticlePicker) {
            return s.session().analysis().articles().size();
        }
        if (o instanceof Overlay.StatementList l) {
            return statements(s, l.fileName()).size();
        }
        if (o instanceof Overlay.Help) {
            int boxWidth = Math.min(s.width() - 2, OverlayView.HELP_WIDTH);
            return HelpContent.lines(s.keys(), boxWidth - 4).size();
        }
        return 0;
    }

    private static int cursor(Overlay o) {
        if (o instanceof Overlay.FindingList l) {
            return l.cursor();
        }
        if (o instanceof Overlay.ArticlePicker p) {
            return p.cursor();
        }
        if (o instanceof Overlay.StatementList l) {
            return l.cursor();
        }
        if (o instanceof Overlay.Help h) {
            return h.scroll();
        }
        return 0;
    }

    private static Overlay withCursor(Overlay o, int c) {
        if (o instanceof Overlay.FindingList) {
            return new Overlay.FindingList(c);
        }
        if (o instanceof Overlay.ArticlePicker) {
            return new Overlay.ArticlePicker(c);
        }
        if (o instanceof Overlay.StatementList l) {
            return new Overlay.StatementList(l.fileName(), c);
        }
        return new Overlay.Help(c);
    }
}
