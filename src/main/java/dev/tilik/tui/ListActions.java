package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.util.List;

/** Keys in the list overlays: findings, articles, statements, help. Move a cursor, choose. */
final class ListActions {
    private ListActions() {
    }

    static AppState perform(AppState s, Overlay o, Action a) {
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
            return s.withOverlay(withCursor(o, clamped));
        }
        return choose(s, o, a);
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
        return s;
    }

    private static AppState jumpToStatement(AppState s, Overlay.StatementList l) {
        List<Statement> st = statements(s, l.fileName());
        AppState closed = s.withOverlay(Overlay.NONE);
        if (st.isEmpty()) {
            return closed;
        }
        Statement chosen = st.get(Math.min(l.cursor(), st.size() - 1));
        Focus side = ReaderActions.paneShowing(closed, l.fileName()).orElse(Focus.RIGHT);
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
