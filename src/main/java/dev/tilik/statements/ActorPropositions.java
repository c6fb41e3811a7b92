package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * An accusation and its denial often share nothing but the accused's name: "the project belongs to
 * Sinar Jaya" (a witness) against "tidak ada keterlibatan Sinar Jaya dalam pemasangan pagar" (the
 * company's lawyer). Word propositions keep them apart; this pass lets them meet, through the name,
 * in one proposition labelled by it. Guard rails, so that statements that only name the same
 * well-known actor do not meet:
 * <ul>
 * <li>the denial is explicit and names the actor in its own claim: a negated occurrence or part in it
 *     ("tidak ada keterlibatan X", "X was not involved"), never a denying cue alone, nor a dismissal
 *     ("informasi dari X tidak sesuai dengan kenyataan" names X as the source of what it dismisses);</li>
 * <li>the accusation asserts or confirms (a hedge or a report is no accusation), names the actor in
 *     its claim, comes from neither a denier's party nor a denier, and answers a denial: it stands
 *     in a denial's article (where the report sets the two against each other) or shares a word
 *     other than the name with a denial's claim ("the fence … part of X's project" against "tidak
 *     ada keterlibatan X dalam pemasangan pagar"); "X membayar pajak" elsewhere does not;</li>
 * <li>the name (two adjacent capitalised words) is held by few of the folder's claims (at most
 *     {@link #SHARE} of them, and never by the folder's background), so a name every claim carries
 *     joins nothing.</li>
 * </ul>
 * Near-linear: one pass collecting names, one per name.
 */
final class ActorPropositions {
    /** Most of the folder's statements a name may be claimed by and still single out one dispute. */
    static final double SHARE = 0.08;
    /** A name held by this few statements is never the background, whatever the folder's size. */
    private static final int FEW = 5;

    private ActorPropositions() {
    }

    /**
     * @param all   the folder's statements, in folder order
     * @param names each statement's names, by index ({@link ClaimWords.Language#names})
     * @param keys  each statement's content-word keys, by index
     * @return the statements that meet through a name, by index, each with the name as its proposition
     *         (names taken in folder order, so a name's first pair, "sinar jaya", labels it)
     */
    static Map<Integer, String> find(List<Statement> all, IntFunction<List<String>> names, IntFunction<Set<String>> keys) {
        Map<String, List<Integer>> holders = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (String name : names.apply(i)) {
                holders.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
            }
        }
        int cap = Math.max(FEW, (int) Math.floor(SHARE * all.size()));
        Map<Integer, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : holders.entrySet()) {
            List<Integer> held = e.getValue();
            if (held.size() < 2 || held.size() > cap) {
                continue;
            }
            List<Integer> deniers = new ArrayList<>();
            Set<String> denyingParties = new HashSet<>();
            Set<String> denyingSpeakers = new HashSet<>();
            for (int i : held) {
                Statement s = all.get(i);
                if (s.stance() == Stance.DENY && s.basis() == StanceBasis.EVENT_NEGATED) {
                    deniers.add(i);
                    if (s.party() != null) {
                        denyingParties.add(s.party());
                    }
                    denyingSpeakers.add(s.speaker());
                }
            }
            if (deniers.isEmpty()) {
                continue;
            }
            Set<String> denyingFiles = new HashSet<>();
            Set<String> denied = new HashSet<>();
            for (int i : deniers) {
                denyingFiles.add(all.get(i).fileName());
                denied.addAll(keys.apply(i));
            }
            Set<String> nameKeys = new HashSet<>();
            for (int i : held) {
                names.apply(i).forEach(n -> nameKeys.addAll(List.of(n.split(" "))));
            }
            List<Integer> accusers = new ArrayList<>();
            for (int i : held) {
                Statement s = all.get(i);
                if ((s.stance() == Stance.ASSERT || s.stance() == Stance.CONFIRM)
                        && (s.party() == null || !denyingParties.contains(s.party()))
                        && !denyingSpeakers.contains(s.speaker())
                        && (denyingFiles.contains(s.fileName()) || sharesWord(keys.apply(i), denied, nameKeys))) {
                    accusers.add(i);
                }
            }
            if (accusers.isEmpty()) {
                continue;
            }
            for (int i : deniers) {
                out.putIfAbsent(i, e.getKey());
            }
            for (int i : accusers) {
                out.putIfAbsent(i, e.getKey());
            }
        }
        return out;
    }

    private static boolean sharesWord(Set<String> own, Set<String> denied, Set<String> name) {
        for (String k : own) {
            if (denied.contains(k) && !name.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
