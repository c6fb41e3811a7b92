package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.Relation;
import dev.tilik.rules.StanceRule;
import dev.tilik.statements.NumberMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A speaker denying a headline's figure in so many words: an outlet's own headline ({@link Voice#outlet}) joins a
 * figure to its predicate ("85 Dapur Ditutup", {@link HeadlineDetector#predicate}), and a claim in another file's
 * body (another article, which may be the same outlet's) negates that predicate, by its root, of the same figure of the same thing ("Saya tidak menutup 85 dapur"): the
 * claim's first negation reaches the predicate ({@link Restatements#negatedPredicate}) and the claim holds the figure
 * with its unit. A denial against an assertion across parties (the outlet speaks for none), under the folder's
 * {@code deny_vs_assert} rule; the two are seldom in one proposition, for the headline's words are few and its own.
 */
final class HeadlineFigureDenial {
    private static final String RULE = "deny_vs_assert";

    private HeadlineFigureDenial() {
    }

    static List<Finding> detect(Story story) {
        StanceRule rule = story.rules().stanceRules().stream().filter(r -> r.id().equals(RULE)).findFirst().orElse(null);
        if (rule == null || rule.severityFor(Relation.CROSS_PARTY).isEmpty()) {
            return List.of();
        }
        // each claim's negated roots read once per language, indexed by root: not once for every headline (H x V reads)
        java.util.Map<String, java.util.Map<String, List<Voice>>> byRootIn = new java.util.HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Voice h : story.voices()) {
            if (!h.outlet() || h.statement().stance() != Stance.ASSERT) {
                continue;
            }
            String lang = OneQuestion.language(h);
            for (NumberMention n : h.statement().numbers()) {
                String predicate = n.value() == null || n.unit() == null ? null : HeadlineDetector.predicate(h, n, lang);
                if (predicate == null) {
                    continue;
                }
                List<Voice> denials = byRootIn.computeIfAbsent(lang, l -> byNegatedRoot(story, l))
                        .getOrDefault(predicate, List.of()).stream()
                        .filter(d -> !d.fileName().equals(h.fileName()))
                        .filter(d -> d.statement().numbers().stream().anyMatch(m -> m.unit() != null
                                && m.unit().toLowerCase(Locale.ROOT).equals(n.unit().toLowerCase(Locale.ROOT))
                                && HeadlineDetector.sameFigure(n, m)))
                        .toList();
                if (denials.isEmpty()) {
                    continue;
                }
                List<Voice> side0 = Sides.ordered(denials, story.names());
                List<Voice> side1 = Sides.ordered(List.of(h), story.names());
                Voice d = side0.get(0);
                String title = d.statement().speaker() + " denies the headline of " + h.fileName() + ": \u201C" + n.text() + "\u201D, \u201C"
                        + predicate + "\u201D";
                String explanation = "The headline of " + h.fileName() + " says \u201C" + Normal.spaces(h.claimText()) + "\u201D; "
                        + d.statement().speaker() + ", in " + d.fileName() + ", says \u201C" + Normal.spaces(d.claimText()) + "\u201D. "
                        + rule.why();
                out.add(Sides.clustered(List.of(RULE, "headline", h.fileName(), n.text()), FindingType.DENY_VS_ASSERT,
                        rule.severityFor(Relation.CROSS_PARTY).orElseThrow(), rule.id(),
                        h.topicGroup() != null ? h.topicGroup() : d.topicGroup(), title, explanation, side0, side1));
                break;
            }
        }
        return out;
    }

    /**
     * The folder's body claims (no headline, no "no comment") by each root of what their first negation reaches
     * ("tidak menutup 85 dapur" → tutup), roots in {@code lang}, each list in the folder's order.
     */
    private static java.util.Map<String, List<Voice>> byNegatedRoot(Story story, String lang) {
        java.util.Map<String, List<Voice>> out = new java.util.HashMap<>();
        for (Voice d : story.voices()) {
            if (d.headline() || d.statement().stance() == Stance.NO_COMMENT) {
                continue;
            }
            Set<String> roots = new HashSet<>();
            story.restatements().negatedPredicate(d).forEach(w -> roots.add(OneQuestion.root(w, lang)));
            roots.forEach(r -> out.computeIfAbsent(r, k -> new ArrayList<>()).add(d));
        }
        return out;
    }
}
