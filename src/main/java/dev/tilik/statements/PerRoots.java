package dev.tilik.statements;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The root under a prefix the stemmer reads one way where the language writes two alike, settled by how the folder
 * writes it. Indonesian's "pe-" before a root opening with "r" and "per-" before one opening with a vowel are written
 * alike ("perawatan" ← rawat, "peredaran" ← edar), and the stemmer always reads "per-": "pasien dirawat" and "biaya
 * perawatan" held two keys for one care ("rawat", "awat"). Where the folder's claims write one of the word's other roots
 * ({@link ClaimWords.Language#rootsUnderPer}) as the key of a word of another shape ("dirawat", "merampas", "rencana")
 * and never write the stemmer's root so ("beredar" keeps "peredaran" at "edar"), the other root is the key. Linear in
 * the folder: one pass gathers the keys, a second rekeys.
 */
final class PerRoots {
    private PerRoots() {
    }

    /**
     * Gives each word whose prefix the stemmer may have misread the first of its other roots the folder's claims write as
     * another word's key, unless they write its own key so too; what a claim answers ({@code answered}) follows its
     * words. Changes {@code words} and {@code answered} in place.
     */
    static void meet(List<Statement> all, List<List<ClaimWords.Word>> words, List<Set<String>> answered,
                     Function<Statement, ClaimWords.Language> languageOf) {
        Set<String> written = new HashSet<>();
        boolean[] any = {false};
        Rekeys.read(all, words, languageOf, (lang, w) -> {
            if (lang.rootsUnderPer(w).isEmpty()) {
                written.add(w.key());
            } else {
                any[0] = true;
            }
        });
        if (!any[0]) {
            return;
        }
        Rekeys.each(all, words, answered, languageOf, (lang, w) -> {
            if (written.contains(w.key())) {
                return null;
            }
            for (String root : lang.rootsUnderPer(w)) {
                if (written.contains(root)) {
                    return root;
                }
            }
            return null;
        });
    }
}
