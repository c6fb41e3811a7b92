package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Stance relative to a proposition through opposite words (rules {@code opposites}), for any story: a
 * negated word of one side of a scale says what a plain word of the other side says ("tidak ada indikasi
 * kerusakan" ≈ "laik", "tidak laik" ≈ "rusak", "not safe" ≈ "dangerous", "tidak sesuai aturan" ≈
 * "melanggar"), and the good sides of all scales go together ("laik", "aman", "sesuai", "bersih" against
 * "rusak", "berbahaya", "melanggar", "tercemar"). Within a proposition two members or more stand on a
 * side of, the side its first such member (in folder order) takes is what the proposition claims: a
 * member on the other side denies it, whatever its words' form ("lingkungan tidak rusak" where the first
 * spoke of "pencemaran"), and a member on the same side asserts it though its words hold a negation
 * ("tidak ada indikasi kerusakan" where the first said the ship was fit to sail: no denial of the
 * proposition, its own claim in other words).
 */
final class OppositeSides {
    private OppositeSides() {
    }

    /** The side (+1 good, -1 bad) each proposition claims, for those two members or more take a side in. */
    static Map<PropositionGroup, Integer> claimed(List<Statement> all, List<List<ClaimWords.Word>> words,
                                                  PropositionGroup[] groupOf,
                                                  IntFunction<ClaimWords.Language> languageOf) {
        Map<PropositionGroup, Integer> first = new IdentityHashMap<>();
        Map<PropositionGroup, Integer> count = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            PropositionGroup g = groupOf[i];
            if (g == null || g.hint != null || g.members.size() < 2) {
                continue;
            }
            ClaimWords.Language lang = languageOf.apply(i);
            int side = taken(all.get(i), side(words.get(i), lang), words.get(i), lang);
            if (side != 0) {
                first.putIfAbsent(g, side);
                count.merge(g, 1, Integer::sum);
            }
        }
        Map<PropositionGroup, Integer> out = new IdentityHashMap<>();
        first.forEach((g, side) -> {
            if (count.get(g) >= 2) {
                out.put(g, side);
            }
        });
        return out;
    }

    /**
     * {@code s}'s stance to its proposition once the side the proposition claims ({@code claimed}, or null)
     * is known: an assertion through a neutral cue on the other side denies, a denial made by negating a
     * word whose opposite the proposition claims ("tidak ada kerusakan") asserts.
     */
    static Statement stance(Statement s, List<ClaimWords.Word> words, ClaimWords.Language lang, Integer claimed) {
        if (claimed == null || lang == null) {
            return s;
        }
        int taken = taken(s, side(words, lang), words, lang);
        if (taken == 0) {
            return s;
        }
        boolean negating = negatesPole(words, lang);
        if (taken != claimed && s.stance() == Stance.ASSERT
                && (s.basis() == StanceBasis.CUE || s.basis() == StanceBasis.CUE_ON_TOPIC)) {
            return s.withStance(Stance.DENY, negating ? StanceBasis.EVENT_NEGATED : StanceBasis.OPPOSITE);
        }
        if (taken == claimed && s.stance() == Stance.DENY && negating
                && (s.basis() == StanceBasis.EVENT_NEGATED || s.basis() == StanceBasis.DISMISSAL)) {
            return s.withStance(Stance.ASSERT, StanceBasis.CUE_ON_TOPIC);
        }
        return s;
    }

    /**
     * Each claim's words as they stand on scales: a denial's word of a scale its dismissal writes is left out ({@link
     * ClaimWords.Language#dismissalScaleWords}: "informasi itu tidak sesuai dengan kenyataan" dismisses what was
     * said, it says nothing of compliance), the rest as they are.
     */
    static List<List<ClaimWords.Word>> onScales(List<Statement> all, List<List<ClaimWords.Word>> words,
                                                IntFunction<ClaimWords.Language> languageOf, IntFunction<String> textOf) {
        List<List<ClaimWords.Word>> out = new java.util.ArrayList<>(words);
        for (int i = 0; i < all.size(); i++) {
            ClaimWords.Language lang = languageOf.apply(i);
            if (lang == null || all.get(i).stance() != Stance.DENY || side(words.get(i), lang) == 0) {
                continue;
            }
            java.util.Set<String> dismissing = lang.dismissalScaleWords(all.get(i), textOf.apply(i));
            if (!dismissing.isEmpty()) {
                out.set(i, words.get(i).stream()
                        .filter(w -> !dismissing.contains(w.surface().toLowerCase(java.util.Locale.ROOT))).toList());
            }
        }
        return out;
    }

    /**
     * The side a claim's words stand on: +1 good, -1 bad, a word's side turned over when a negation reaches
     * it ("tidak laik": bad); 0 for a claim with no word on a scale or with words on both sides.
     */
    static int side(List<ClaimWords.Word> words, ClaimWords.Language lang) {
        if (lang == null) {
            return 0;
        }
        int out = 0;
        for (ClaimWords.Word w : words) {
            ClaimWords.Pole p = lang.pole(w);
            if (p == null) {
                continue;
            }
            int side = w.reached() ? -p.sign() : p.sign();
            if (out != 0 && out != side) {
                return 0;
            }
            out = side;
        }
        return out;
    }

    /**
     * The side a statement takes when its claim's words stand on {@code side}: the same for an assertion, a
     * confirmation or a denial made by a negation in the claim; the other for a denial through its cue or a
     * dismissal of the claim ("membantah kapal itu rusak"); none for any other stance.
     */
    private static int taken(Statement s, int side, List<ClaimWords.Word> words, ClaimWords.Language lang) {
        return switch (s.stance()) {
            case ASSERT, CONFIRM -> side;
            case DENY -> s.basis() == StanceBasis.CUE || s.basis() == StanceBasis.CUE_ON_TOPIC
                    || (s.basis() == StanceBasis.DISMISSAL && !negatesPole(words, lang)) ? -side : side;
            default -> 0;
        };
    }

    /** True when a negation reaches a word on a scale in the claim. */
    static boolean negatesPole(List<ClaimWords.Word> words, ClaimWords.Language lang) {
        for (ClaimWords.Word w : words) {
            if (w.reached() && lang.pole(w) != null) {
                return true;
            }
        }
        return false;
    }
}
