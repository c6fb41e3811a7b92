package dev.tilik.tui;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.statements.ArticleStatements;
import java.util.List;
import java.util.Optional;

/**
 * Which article each pane shows: with a finding, the articles of its first two pieces of evidence
 * (the same article twice when both are in one); when browsing, the two the user chose (by
 * default the first two articles).
 */
public final class Panes {
    private Panes() {
    }

    public static Optional<ArticleStatements> article(AppState s, Focus side) {
        if (s.session() == null || side == Focus.PANEL) {
            return Optional.empty();
        }
        List<ArticleStatements> all = s.session().analysis().articles();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Optional<Evidence> e = evidence(s, side);
        String file = e.map(Evidence::fileName).orElse(side == Focus.LEFT ? s.nav().leftFile() : s.nav().rightFile());
        if (file != null) {
            Optional<ArticleStatements> a = s.session().analysis().article(file);
            if (a.isPresent()) {
                return a;
            }
        }
        int index = side == Focus.LEFT ? 0 : Math.min(1, all.size() - 1);
        return Optional.of(all.get(index));
    }

    /** The evidence the pane highlights for the current finding. */
    public static Optional<Evidence> evidence(AppState s, Focus side) {
        Optional<Finding> f = Findings.current(s);
        if (f.isEmpty() || side == Focus.PANEL) {
            return Optional.empty();
        }
        List<Evidence> ev = f.get().evidence();
        Evidence first = ev.get(0);
        if (side == Focus.LEFT) {
            return Optional.of(first);
        }
        for (Evidence e : ev) {
            if (e.opposes(first)) {
                return Optional.of(e);
            }
        }
        return ev.size() > 1 ? Optional.of(ev.get(1)) : Optional.empty();
    }

    /** The article pane that has focus, or the left one when the finding panel has it. */
    public static Focus articleSide(AppState s) {
        return s.nav().focus() == Focus.RIGHT ? Focus.RIGHT : Focus.LEFT;
    }
}
