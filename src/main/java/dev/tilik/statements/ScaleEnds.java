package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Two claims of two articles setting the two ends of one scale (rules {@code opposites}) on one thing judged:
 * "perusahaan itu memiliki pelanggaran serius" against "hanya pelanggaran minor", "kapal laik berlayar" against "kapal
 * tidak stabil". What a claim says of the thing is read scale by scale: the scale's words, each turned over by a
 * negation reaching it (words on both ends: none), and the stance it is claimed with ({@link OppositeSides#position}).
 * The thing judged is the content word written right before the scale's word — the noun an Indonesian adjective or
 * verb of state follows ("pelanggaran serius", "kapal laik") —, in lower case, outside the folder's background and on
 * no end of that scale; the word after it is the norm or the object ("sesuai aturan", "melanggar ketentuan"), which
 * two claims about different things share as often as not (counted on the nine sets: "proses sesuai dengan aturan"
 * against "Robig melanggar aturan", "pesangon sesuai dengan ketentuan" against "debitur … melanggar ketentuan").
 *
 * <p>Run after the folder's propositions are made and placed, changing none of them: a claim no proposition places
 * ({@link PropositionGroup#placesClaims}: none, one of its own, one voice's) joins the proposition of the other when
 * that one places claims, and two claims no proposition places make one of their own. Two claims of one article are
 * one report's nuance, never a pair.
 */
final class ScaleEnds {
    private ScaleEnds() {
    }

    /** One claim's end of one scale ({@code side}: +1 good, -1 bad) on one thing judged (a word's key). */
    record End(String scale, String thing, int side) {
    }

    /** The ends a claim sets: each scale it takes one side of, with the thing judged before each of that scale's words. */
    static List<End> ends(Statement s, List<ClaimWords.Word> words, ClaimWords.Language lang, Set<String> background) {
        if (lang == null || !(s.stance() == Stance.ASSERT || s.stance() == Stance.CONFIRM || s.stance() == Stance.DENY)) {
            return List.of();
        }
        Map<String, Integer> sides = new HashMap<>();
        for (ClaimWords.Word w : words) {
            ClaimWords.Pole p = lang.pole(w);
            if (p != null && !w.subordinate()) {
                sides.merge(p.scale(), w.reached() ? -p.sign() : p.sign(), (a, b) -> a.equals(b) ? a : 0);
            }
        }
        List<End> out = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            ClaimWords.Pole p = lang.pole(words.get(i));
            if (p == null || sides.getOrDefault(p.scale(), 0) == 0) {
                continue;
            }
            int position = OppositeSides.position(s, sides.get(p.scale()), words, lang);
            ClaimWords.Word thing = words.get(i - 1);
            ClaimWords.Pole tp = lang.pole(thing);
            if (position == 0 || tp != null && tp.scale().equals(p.scale()) || background.contains(thing.key())
                    || thing.key().startsWith(Propositions.COUNTED_KEY) || thing.surface().isEmpty()
                    || !Character.isLowerCase(thing.surface().charAt(0))) {
                continue;
            }
            End e = new End(p.scale(), thing.key(), position);
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every pair of claims of two articles setting opposite ends of one scale on one thing, {i, j} with i before j. */
    static List<int[]> pairs(List<Statement> all, List<List<ClaimWords.Word>> words, IntFunction<ClaimWords.Language> languageOf,
                             Set<String> background) {
        Map<End, List<Integer>> byEnd = new HashMap<>();
        List<int[]> out = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) {
            for (End e : ends(all.get(j), words.get(j), languageOf.apply(j), background)) {
                for (int i : byEnd.getOrDefault(new End(e.scale(), e.thing(), -e.side()), List.of())) {
                    if (!all.get(i).fileName().equals(all.get(j).fileName())) {
                        out.add(new int[]{i, j});
                    }
                }
                byEnd.computeIfAbsent(e, k -> new ArrayList<>()).add(j);
            }
        }
        return out;
    }

    /** Places the claims of each pair ({@link #pairs}) where they meet: {@code groupOf} is changed in place. */
    static void place(List<Statement> all, List<List<ClaimWords.Word>> words, IntFunction<ClaimWords.Language> languageOf,
                      Set<String> background, PropositionGroup[] groupOf, List<Map<String, Double>> vectors) {
        Map<PropositionGroup, Boolean> places = new IdentityHashMap<>();
        IntPredicate placing = i -> groupOf[i] != null && groupOf[i].hint == null
                && places.computeIfAbsent(groupOf[i], g -> g.placesClaims(all));
        IntPredicate alone = i -> groupOf[i] == null || groupOf[i].members.size() < 2;
        for (int[] p : pairs(all, words, languageOf, background)) {
            int a = p[0];
            int b = p[1];
            if (groupOf[a] != null && groupOf[a] == groupOf[b]) {
                continue;
            }
            if (placing.test(a) && alone.test(b)) {
                groupOf[b] = groupOf[a];
            } else if (placing.test(b) && alone.test(a)) {
                groupOf[a] = groupOf[b];
            } else if (alone.test(a) && alone.test(b)) {
                PropositionGroup g = new PropositionGroup(null);
                g.add(a, vectors.get(a), words.get(a));
                g.add(b, vectors.get(b), words.get(b));
                groupOf[a] = g;
                groupOf[b] = g;
            }
        }
    }
}
