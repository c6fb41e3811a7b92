package dev.tilik.eval;

import java.util.Set;

/**
 * Whether an extracted speaker names the gold speaker: case-insensitively, punctuation stripped,
 * the words of one name are a subset of the other's ("Perwakilan Korut di PBB" and "Perwakilan
 * Korut di Perserikatan Bangsa-Bangsa (PBB)").
 */
final class Speakers {
    private Speakers() {
    }

    static boolean same(String gold, String extracted) {
        if (gold == null || extracted == null) {
            return false;
        }
        Set<String> a = GoldText.words(gold);
        Set<String> b = GoldText.words(extracted);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.containsAll(b) || b.containsAll(a);
    }
}
