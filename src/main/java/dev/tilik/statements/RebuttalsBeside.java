package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A denial no proposition took, read beside the claim it answers in its own article: a report sets one side's
 * rebuttal next to what the other side said ("Sesuai pasal itu, manifes menjadi tanggung jawab nakhoda" … "Delnov
 * menolak jika kesalahan manifes dibebankan ke nakhoda"), and the rebuttal repeats the words of what it rebuts. Over
 * the whole folder those words weigh little against the rebuttal's own (its reasons, its quotation) and it met no
 * proposition; within its article they tell what it answers.
 *
 * <p>Run after {@link DeniedObjects}, {@link WrittenTerms} and {@link SynonymTerms}, changing no proposition (no
 * centroid, no label, no member): a denial placed here never bridges two. A denial its cue makes in no proposition
 * (none, or one of its own) takes the proposition of a claim told before it in its own article, by another speaker of
 * another party, in a proposition of two members or more, when the two claims share at least {@link #SHARED} key words
 * written in lower case (a name says who or where, not what is denied; a counted figure is no word of it); claims of
 * two propositions sharing as many: neither's.
 */
final class RebuttalsBeside {
    /** Key words a denial and the claim beside it must share for the denial to answer that claim. */
    static final int SHARED = 2;

    private RebuttalsBeside() {
    }

    /**
     * Places the denials no proposition took beside the claim they answer: {@code groupOf} is changed in place.
     *
     * @param articleOf statement index → its article's index in the folder
     */
    static void place(List<Statement> all, List<List<ClaimWords.Word>> words, PropositionGroup[] groupOf,
                      IntFunction<Integer> articleOf) {
        Map<Integer, List<Integer>> placed = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (groupOf[i] != null && groupOf[i].members.size() >= 2) {
                placed.computeIfAbsent(articleOf.apply(i), k -> new java.util.ArrayList<>()).add(i);
            }
        }
        Map<Integer, PropositionGroup> moves = new HashMap<>();
        Map<Integer, Set<String>> keysOf = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (groupOf[i] != null && groupOf[i].members.size() >= 2 || !rebuts(all.get(i))) {
                continue;
            }
            Set<String> own = keys(words.get(i));
            if (own.size() < SHARED) {
                continue;
            }
            Set<PropositionGroup> into = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (int j : placed.getOrDefault(articleOf.apply(i), List.of())) {
                if (!before(all.get(j), all.get(i)) || sameVoice(all.get(i), all.get(j))) {
                    continue;
                }
                if (shared(keysOf.computeIfAbsent(j, k -> keys(words.get(k))), own) >= SHARED) {
                    into.add(groupOf[j]);
                }
            }
            if (into.size() == 1) {
                moves.put(i, into.iterator().next());
            }
        }
        moves.forEach((i, g) -> groupOf[i] = g);
    }

    /**
     * A denial its cue makes ("membantah", "menolak jika …", "denied"): an answer to what another said. A claim's own
     * negation ("tidak akan menutup jalur informasi") states something of its own, and is {@link DeniedObjects}' to place.
     */
    private static boolean rebuts(Statement s) {
        return s.stance() == Stance.DENY && (s.basis() == StanceBasis.CUE || s.basis() == StanceBasis.CUE_ON_TOPIC);
    }

    /** A claim's key words written in lower case, no counted figure. */
    static Set<String> keys(List<ClaimWords.Word> words) {
        Set<String> out = new HashSet<>();
        for (ClaimWords.Word w : words) {
            if (!w.key().startsWith(Propositions.COUNTED_KEY) && !w.surface().isEmpty()
                    && !Character.isUpperCase(w.surface().charAt(0))) {
                out.add(w.key());
            }
        }
        return out;
    }

    /** How many key words two claims share. */
    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String k : small) {
            if (large.contains(k)) {
                n++;
            }
        }
        return n;
    }

    /** One voice: the same speaker, or the same party. */
    private static boolean sameVoice(Statement a, Statement b) {
        return a.speaker() != null && a.speaker().equalsIgnoreCase(b.speaker())
                || a.party() != null && a.party().equalsIgnoreCase(b.party());
    }

    /** True when {@code a}'s claim comes before {@code b}'s in their article: what a rebuttal answers is told first. */
    private static boolean before(Statement a, Statement b) {
        return a.claim().start() < b.claim().start();
    }
}
