package dev.tilik.statements;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The root a prefix may have hidden a letter of, settled by how the folder writes it. Indonesian's "meng-" stands both
 * before a root opening with a vowel and before one opening with "k", which it drops: "mengamankan" is "aman" or
 * "kaman", and the stemmer's word forms put the "k" back ({@link ClaimWords.Language#hiddenStem}), so "petugas
 * mengamankan dua truk" and "dua truk diamankan petugas" held two keys for one act. A passive prefix writes the
 * verb's root whole ("diamankan", "dikirim"): where the folder writes the stem so and never the root with its letter
 * outside such a prefix ("dikirim", "kiriman" keep "mengirim" at "kirim"), the stem is the key. Linear in the folder:
 * one pass gathers the keys, a second rekeys.
 */
final class HiddenRoots {
    private HiddenRoots() {
    }

    /**
     * Gives each word whose key puts back a letter its prefix may have hidden the stem instead, where the folder's claims
     * write that stem under a passive prefix and never write the root with the letter as a word of its own; what a
     * claim answers ({@code answered}) follows its words. Changes {@code words} and {@code answered} in place.
     */
    static void meet(List<Statement> all, List<List<ClaimWords.Word>> words, List<Set<String>> answered,
                     Function<Statement, ClaimWords.Language> languageOf) {
        Set<String> passive = new HashSet<>();
        Set<String> written = new HashSet<>();
        boolean any = false;
        for (int i = 0; i < all.size(); i++) {
            ClaimWords.Language lang = languageOf.apply(all.get(i));
            if (lang == null) {
                continue;
            }
            for (ClaimWords.Word w : words.get(i)) {
                if (lang.hiddenStem(w) != null) {
                    any = true;
                    continue;
                }
                written.add(w.key());
                if (lang.passive(w)) {
                    passive.add(w.key());
                }
            }
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            ClaimWords.Language lang = languageOf.apply(all.get(i));
            if (lang == null) {
                continue;
            }
            Rekeys.apply(i, words, answered, w -> {
                String stem = lang.hiddenStem(w);
                return stem == null || !passive.contains(stem) || written.contains(w.key()) ? null : stem;
            });
        }
    }
}
