package dev.tilik.statements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tests' propositions made by hand: each member's vector its claim's keys, weight one. */
final class PropositionGroups {
    private PropositionGroups() {
    }

    /** A proposition of {@code members}, each with its words in {@code words} (by statement index). */
    static PropositionGroup of(List<List<ClaimWords.Word>> words, int... members) {
        PropositionGroup g = new PropositionGroup(null);
        for (int m : members) {
            Map<String, Double> v = new LinkedHashMap<>();
            words.get(m).forEach(w -> v.put(w.key(), 1.0));
            g.add(m, v, words.get(m));
        }
        return g;
    }
}
