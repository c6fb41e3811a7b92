package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A claim no proposition took that states the proposition's own two-word term: "… keterlambatan pengiriman bahan baku
 * yang diperlukan untuk produksi tekstil" where two members write "bahan baku" side by side. The clustering weighed the
 * term against the long claim's every other word and the claim met nothing; the term is what it says about the thing
 * the proposition argues over.
 *
 * <p>Run after the folder's propositions are made, changing none of them (no centroid, no label, no member), as
 * {@link DeniedObjects} is: a claim placed here never bridges two propositions. A proposition's term is its two
 * heaviest words ({@link PropositionGroup#keyWords}, what its label says), each a key word, that at least
 * {@link #WRITERS} of its members write side by side in lower case, in one order ({@link ClaimWords.Language#termPairs}).
 * A claim in no proposition (none, or one of its own) that asserts — asserted or confirmed, no word of it in a negation's
 * reach: a denial is {@link DeniedObjects}' to place — and writes that term side by side, in that order, outside a
 * relative clause ("kelompok geng yang terlibat tawuran" describes a group), takes the proposition; a term two
 * propositions hold is neither's, and a claim stating two propositions' terms takes neither. Terms are looked up by the
 * claim's own pairs, so the pass grows with the folder.
 */
final class WrittenTerms {
    /** Members of a proposition that must write its term side by side for it to be a term. */
    static final int WRITERS = 2;

    private WrittenTerms() {
    }

    /**
     * Places the claims no proposition took that state a proposition's term: {@code groupOf} is changed in place.
     *
     * @param pairs statement index → the word pairs its claim writes side by side ({@link ClaimWords.Language#termPairs})
     */
    static void place(List<Statement> all, List<List<ClaimWords.Word>> words, PropositionGroup[] groupOf,
                      IntFunction<List<String>> pairs) {
        Map<String, PropositionGroup> byTerm = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Set<PropositionGroup> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PropositionGroup g : groupOf) {
            if (g == null || g.members.size() < 2 || g.hint != null || !seen.add(g)) {
                continue;
            }
            String term = term(g, pairs);
            if (term != null && byTerm.putIfAbsent(term, g) != null) {
                shared.add(term);
            }
        }
        shared.forEach(byTerm::remove);
        if (byTerm.isEmpty()) {
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            if (groupOf[i] != null && groupOf[i].members.size() >= 2 || !asserts(all.get(i), words.get(i))) {
                continue;
            }
            PropositionGroup into = null;
            boolean two = false;
            for (String p : pairs.apply(i)) {
                PropositionGroup g = byTerm.get(p);
                if (g != null) {
                    two |= into != null && g != into;
                    into = g;
                }
            }
            if (into != null && !two) {
                groupOf[i] = into;
            }
        }
    }

    /**
     * The proposition's term, its two heaviest words as at least {@link #WRITERS} members write them side by side
     * ("bahan baku", in that order), or null: no such pair, or a word not key to the proposition.
     */
    static String term(PropositionGroup g, IntFunction<List<String>> pairs) {
        List<String> keys = g.keyWords();
        if (keys.size() < 2 || !g.isKeyWord(keys.get(0)) || !g.isKeyWord(keys.get(1))) {
            return null;
        }
        String ab = keys.get(0) + " " + keys.get(1);
        String ba = keys.get(1) + " " + keys.get(0);
        int abWriters = 0;
        int baWriters = 0;
        for (int m : g.members) {
            List<String> written = pairs.apply(m);
            abWriters += written.contains(ab) ? 1 : 0;
            baWriters += written.contains(ba) ? 1 : 0;
        }
        if (abWriters >= WRITERS && baWriters < WRITERS) {
            return ab;
        }
        return baWriters >= WRITERS && abWriters < WRITERS ? ba : null;
    }

    /** A claim said outright: asserted or confirmed, none of its words in a negation's reach. */
    private static boolean asserts(Statement s, List<ClaimWords.Word> words) {
        if (s.stance() != Stance.ASSERT && s.stance() != Stance.CONFIRM) {
            return false;
        }
        for (ClaimWords.Word w : words) {
            if (w.negated() || w.reached() || w.pending()) {
                return false;
            }
        }
        return true;
    }
}
