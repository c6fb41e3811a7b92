package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A denial and the claim it answers, each said again in the voice's own words, cluster apart: a guard's "tidak ada
 * alarm dari ruang pompa" pairs with his own account of the night, the inspectors' "operator mematikan alarm ruang
 * pompa sebelum …" with their other sentence on the repairs, and the two pairs share one word the folder rarely writes
 * ("alarm"), each weighed down in its pair by the pair's second words. This look lets the denial meet the other pair
 * through that word, after the propositions are made and changing none of them (no centroid, no label, no member
 * list): the other pair's assertions that claim the word join the denial's proposition, where the denial keeps the
 * reading its own voice's pair gives it (moved the other way, a denial lost its reading among claims that never name
 * what it denies: measured on the development sets).
 *
 * <p>Narrow on purpose, every condition one a measured pair of the development sets asked for:
 * <ul>
 * <li>the denial's proposition is one voice of one article ({@link PropositionGroup#oneVoice}), and so is the other:
 *     two claims the folder shares are already weighed against each other by the clustering;</li>
 * <li>the denial is one as {@link DeniedObjects} reads one — a denying stance, or an assertion through a neutral cue —
 *     and something in its claim stands in a negation's reach;</li>
 * <li>the word stands at or after the claim's negation (what is denied and what it is about, "dari ruang pompa"; a word
 *     before it, "menurut hasil uji …, jelas bukan karena …", is the speaker's setting), in lower case, and is a
 *     key word of both propositions;</li>
 * <li>the word is rare in the folder (claims of at most {@link #RARE} of its statements hold it) and not its
 *     background;</li>
 * <li>exactly one other proposition holds it as a key word, and none of its members is the denial's voice: two
 *     candidates are two things the word is said of ("hujan" in five small propositions of one flood story).</li>
 * </ul>
 * Near-linear: propositions are found through an index of their rare key words.
 */
final class SharedKeyDenials {
    /** Most of the folder's statements whose claims may hold the shared word: a rarer word singles out one matter. */
    static final double RARE = 0.05;

    private SharedKeyDenials() {
    }

    /**
     * For each denial of a one-voice proposition sharing a rare key word with exactly one other one-voice proposition,
     * moves that proposition's assertions claiming the word into the denial's: {@code groupOf} is changed in place.
     *
     * @param background the folder's background words (empty for a folder too small to have one)
     */
    static void place(List<Statement> all, List<List<ClaimWords.Word>> words, Set<String> background,
                      PropositionGroup[] groupOf) {
        Map<String, Integer> df = new HashMap<>();
        for (List<ClaimWords.Word> ws : words) {
            new TreeSet<>(ws.stream().map(ClaimWords.Word::key).toList()).forEach(k -> df.merge(k, 1, Integer::sum));
        }
        double cap = RARE * all.size();
        Map<String, List<PropositionGroup>> byKey = new HashMap<>();
        Map<PropositionGroup, Boolean> oneVoice = new IdentityHashMap<>();
        for (PropositionGroup g : groupOf) {
            if (g == null || g.members.size() < 2 || g.hint != null || oneVoice.containsKey(g)) {
                continue;
            }
            oneVoice.put(g, g.oneVoice(all));
            if (!oneVoice.get(g)) {
                continue;
            }
            for (String k : g.holders.keySet()) {
                if (g.isKeyWord(k) && !k.startsWith(Propositions.COUNTED_KEY) && !background.contains(k)
                        && df.getOrDefault(k, 0) <= cap) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
                }
            }
        }
        PropositionGroup[] before = groupOf.clone();
        for (int i = 0; i < all.size(); i++) {
            PropositionGroup own = before[i];
            if (own == null || !oneVoice.getOrDefault(own, false) || !DeniedObjects.mayDeny(all.get(i))) {
                continue;
            }
            Map<PropositionGroup, Set<String>> other = new IdentityHashMap<>();
            for (String k : afterNegation(words.get(i))) {
                for (PropositionGroup g : byKey.getOrDefault(k, List.of())) {
                    if (g != own && own.isKeyWord(k) && !heardIn(all.get(i), g, all)) {
                        other.computeIfAbsent(g, x -> new TreeSet<>()).add(k);
                    }
                }
            }
            if (other.size() != 1) {
                continue;
            }
            Map.Entry<PropositionGroup, Set<String>> met = other.entrySet().iterator().next();
            for (int m : met.getKey().members) {
                if (before[m] == met.getKey() && asserts(all.get(m), words.get(m)) && claims(words.get(m), met.getValue())) {
                    groupOf[m] = own;
                }
            }
        }
    }

    /** An assertion or confirmation negating nothing: what a denial answers. */
    private static boolean asserts(Statement s, List<ClaimWords.Word> words) {
        if (s.stance() != Stance.ASSERT && s.stance() != Stance.CONFIRM) {
            return false;
        }
        for (ClaimWords.Word w : words) {
            if (w.reached() || w.pending()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the claim holds one of {@code keys} outside any negation's reach. */
    private static boolean claims(List<ClaimWords.Word> words, Set<String> keys) {
        for (ClaimWords.Word w : words) {
            if (!w.reached() && !w.pending() && keys.contains(w.key())) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the claim's lower-case words from the first one a negation reaches on; none when nothing is reached. */
    static Set<String> afterNegation(List<ClaimWords.Word> words) {
        Set<String> out = new TreeSet<>();
        boolean on = false;
        for (ClaimWords.Word w : words) {
            on |= w.reached() || w.pending();
            if (on && !w.subordinate() && !w.key().startsWith(Propositions.COUNTED_KEY)
                    && !Character.isUpperCase(w.surface().charAt(0))) {
                out.add(w.key());
            }
        }
        return out;
    }

    /** Whether a member of {@code g} is the statement's own voice: its speaker, or its party where both have one. */
    private static boolean heardIn(Statement s, PropositionGroup g, List<Statement> all) {
        for (int m : g.members) {
            Statement t = all.get(m);
            if (t.speaker().equals(s.speaker()) || s.party() != null && s.party().equals(t.party())) {
                return true;
            }
        }
        return false;
    }
}
