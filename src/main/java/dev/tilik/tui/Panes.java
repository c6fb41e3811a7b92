package dev.tilik.tui;

import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.statements.ArticleStatements;
import java.util.List;
import java.util.Optional;

/**
 * Which article each pane shows: with a finding, the articles of its first two pieces of evidence
 * (the same article twice when both are in one, or when it cites one piece alone: a weekday slip); when browsing, the two the user chose (by
 * default the first two articles).
 */
public final class Panes {
    private Panes() {
    }

    public static Optional<ArticleStatements> article(AppState s, Focus side) {
        if (s.session() == null || side == Focus.PANEL) {
            return Optional.empty();
        }
        int articles = s.session().analysis().articleCount();
        if (articles == 0) {
            return Optional.empty();
        }
        Optional<Evidence> e = evidence(s, side);
        if (e.isEmpty() && side == Focus.RIGHT) { // a finding in one article: B shows it too, never the browsing choice
            e = evidence(s, Focus.LEFT);
        }
        String file = e.map(Evidence::fileName).orElse(side == Focus.LEFT ? s.nav().leftFile() : s.nav().rightFile());
        if (file != null) {
            Optional<ArticleStatements> a = s.session().analysis().article(file);
            if (a.isPresent()) {
                return a;
            }
        }
        int index = side == Focus.LEFT ? 0 : Math.min(1, articles - 1);
        return Optional.of(s.session().analysis().articleAt(index));
    }

    /**
     * Whether B is folded away: a finding citing one piece of evidence alone, so B would show A's article again, from
     * its top. One above the other A takes B's rows; side by side, its columns (round forty-one: at 200 columns the
     * one article stood in both halves, B from the top and A at the sentence).
     */
    public static boolean folded(AppState s) {
        return Findings.current(s).map(f -> f.evidence().size() == 1).orElse(false);
    }

    /** The pane the scroll keys move: the focused one, A while B is {@link #folded}. */
    public static Focus focus(AppState s) {
        Focus f = s.nav().focus();
        return f == Focus.RIGHT && folded(s) ? Focus.LEFT : f;
    }

    /** The focus after Tab ({@code step} 1) or BackTab (-1), passing over B while it is {@link #folded}. */
    static Focus nextFocus(AppState s, int step) {
        Focus f = focus(s);
        do {
            f = step > 0 ? f.next() : f.previous();
        } while (f == Focus.RIGHT && folded(s));
        return f;
    }

    /** Whether the current finding cites one article only (both panes show it). */
    public static boolean oneArticle(AppState s) {
        return Findings.current(s).map(f -> f.evidence().stream().map(Evidence::fileName).distinct().count() == 1)
                .orElse(false);
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
     * on the right, preferring a pair from two different articles so both panes have work to do:
     * the first side-0 statement that has an opposing one in another article, with the first such.
     * One pass (a finding can cite hundreds of statements, and every frame asks).
     */
    static Evidence[] pair(List<Evidence> ev) {
        Evidence first0 = null;
        Evidence first1 = null;
        Evidence otherFile1 = null; // the first side-1 evidence in another article than first1
        for (Evidence e : ev) {
            if (e.side() == 0 && first0 == null) {
                first0 = e;
            } else if (e.side() == 1) {
                if (first1 == null) {
                    first1 = e;
                } else if (otherFile1 == null && !e.fileName().equals(first1.fileName())) {
                    otherFile1 = e;
                }
            }
        }
        if (first0 == null || first1 == null) {
            return new Evidence[] {ev.get(0), ev.size() > 1 ? ev.get(1) : null};
        }
        for (Evidence a : ev) {
            if (a.side() == 0) {
                Evidence b = !a.fileName().equals(first1.fileName()) ? first1 : otherFile1;
                if (b != null) {
                    return new Evidence[] {a, b};
                }
            }
        }
        return new Evidence[] {first0, first1};
    }

    /** Every piece of evidence of the current finding in {@code fileName}, to highlight there. */
    public static List<Evidence> evidenceIn(AppState s, String fileName) {
        return Findings.current(s).map(f -> f.evidence().stream().filter(e -> e.fileName().equals(fileName)).toList())
                .orElse(List.of());
    }

    /** The article pane that has focus, or the left one when the finding panel has it. */
    public static Focus articleSide(AppState s) {
        return focus(s) == Focus.RIGHT ? Focus.RIGHT : Focus.LEFT;
    }
}
