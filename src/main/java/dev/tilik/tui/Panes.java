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
        Evidence[] pair = pair(f.get().evidence());
        return Optional.ofNullable(side == Focus.LEFT ? pair[0] : pair[1]);
    }

    /**
     * The evidence the two panes show: the first of side 0 on the left and the first opposing one
     * on the right, preferring a pair from two different articles so both panes have work to do.
     */
    static Evidence[] pair(List<Evidence> ev) {
        Evidence left = ev.get(0);
        Evidence right = null;
        for (Evidence a : ev) {
            for (Evidence b : ev) {
                if (a.side() == 0 && b.opposes(a)) {
                    if (!a.fileName().equals(b.fileName())) {
                        return new Evidence[] {a, b};
                    }
                    if (right == null) {
                        left = a;
                        right = b;
                    }
                }
            }
        }
        if (right == null && ev.size() > 1) {
            right = ev.get(1);
        }
        return new Evidence[] {left, right};
    }

    /** Every piece of evidence of the current finding in {@code fileName}, to highlight there. */
    public static List<Evidence> evidenceIn(AppState s, String fileName) {
        return Findings.current(s).map(f -> f.evidence().stream().filter(e -> e.fileName().equals(fileName)).toList())
                .orElse(List.of());
    }

    /** The article pane that has focus, or the left one when the finding panel has it. */
    public static Focus articleSide(AppState s) {
        return s.nav().focus() == Focus.RIGHT ? Focus.RIGHT : Focus.LEFT;
    }
}
