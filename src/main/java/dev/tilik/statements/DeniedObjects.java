package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A denial no proposition took, read as the proposition it denies: the words in its negation's reach ("Tidak ada
 * tawuran di sini" denies the brawl; "warga tidak pernah mengungsi" the evacuation) are what it is about, however
 * few, where the clustering weighed them against every claim's whole vector and a short denial met nothing.
 *
 * <p>Run after the folder's propositions are made, changing none of them (no centroid, no label, no member): a
 * denial placed here never bridges two propositions. A denial in no proposition (none, one of its own, or one only
 * its own voice holds in its article, {@link PropositionGroup#oneVoice}: "kondisi pelampung tersebut tidak laik" beside
 * the same official's other words on the life jackets) whose
 * object — its words a negation reaches in its own clause, in lower case, at most {@link #MAX_OBJECT} of them — are
 * all key words of one proposition, each claimed outside any negation by at least two of its members, takes that
 * proposition (the one whose members claim the object most; two alike: neither), and denies it there. Propositions
 * are looked up through an index of their words, so the pass grows with the folder. A new proposition made of the
 * denial and the claims no proposition took that state its object was tried and left out: an object of one common
 * word ("kurang", "take") gathered claims about different things.
 */
final class DeniedObjects {
    /** The most words a denial's object may hold: a longer one is a claim of its own, not one thing denied. */
    static final int MAX_OBJECT = 3;

    private DeniedObjects() {
    }

    /** Places the denials no proposition took: {@code groupOf} is changed in place, a denial taking the proposition it denies. */
    static void place(List<Statement> all, List<List<ClaimWords.Word>> words, PropositionGroup[] groupOf) {
        Map<String, List<PropositionGroup>> byKey = new HashMap<>();
        Set<PropositionGroup> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PropositionGroup g : groupOf) {
            if (g != null && g.members.size() >= 2 && g.hint == null && seen.add(g)) {
                g.holders.keySet().forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(g));
            }
        }
        // asked once a proposition: a large one is met by many of its members
        Map<PropositionGroup, Boolean> places = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (groupOf[i] != null && places.computeIfAbsent(groupOf[i], g -> g.placesClaims(all))) {
                continue;
            }
            Set<String> object = object(all.get(i), words.get(i));
            PropositionGroup into = object == null ? null : denied(object, byKey);
            if (into != null) {
                groupOf[i] = into;
            }
        }
    }

    /** A statement that may deny what it negates: a denying stance, or an assertion through a neutral cue. */
    static boolean mayDeny(Statement s) {
        return s.stance() == Stance.DENY
                || s.stance() == Stance.ASSERT && (s.basis() == StanceBasis.CUE || s.basis() == StanceBasis.CUE_ON_TOPIC);
    }

    /**
     * What a denial denies: the keys of its words a negation reaches in the claim's own clause, each written in lower
     * case (a name says who or where, not what is denied); or null for a claim that denies nothing, or too much to be
     * one thing. An assertion through a neutral cue denies what it negates, as the proposition's relative stance reads it.
     */
    static Set<String> object(Statement s, List<ClaimWords.Word> words) {
        if (!mayDeny(s)) {
            return null;
        }
        Set<String> object = new TreeSet<>();
        for (ClaimWords.Word w : words) {
            if ((w.reached() || w.pending()) && !w.subordinate() && !w.key().startsWith(Propositions.COUNTED_KEY)
                    && !Character.isUpperCase(w.surface().charAt(0))) {
                object.add(w.key());
            }
        }
        return object.isEmpty() || object.size() > MAX_OBJECT ? null : object;
    }

    /**
     * The one proposition holding every word of the object as a key word its members claim (two at least): the one
     * whose members claim it most, or null when none, or two alike.
     */
    private static PropositionGroup denied(Set<String> object, Map<String, List<PropositionGroup>> byKey) {
        PropositionGroup best = null;
        int bestScore = 0;
        boolean tie = false;
        List<PropositionGroup> holding = null;
        for (String k : object) {
            List<PropositionGroup> h = byKey.getOrDefault(k, List.of());
            if (holding == null || h.size() < holding.size()) {
                holding = h;
            }
        }
        if (holding.size() > Propositions.CANDIDATE_CAP) {
            return null; // every word of the object is in too many propositions to tell one
        }
        for (PropositionGroup g : holding) {
            int score = 0;
            for (String k : object) {
                int affirmed = g.affirmed.getOrDefault(k, 0);
                if (!g.isKeyWord(k) || affirmed < 2) {
                    score = -1;
                    break;
                }
                score += affirmed;
            }
            if (score > bestScore) {
                best = g;
                bestScore = score;
                tie = false;
            } else if (score > 0 && score == bestScore) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
