package dev.tilik.findings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Phrase lists of the rules as token lists, looked up by their first word: a claim's word tries only the phrases it
 * opens ({@link ClaimWords}: negations, prohibitions, link dismissals, where a question ends).
 */
final class Phrases {
    private Phrases() {
    }

    /** True when one of the phrases opens at some place of {@code t} before {@code end} (at most its size). */
    static boolean anyOpensBefore(Map<String, List<List<String>>> phrasesFrom, List<String> t, int end) {
        for (int i = 0; i < Math.min(end, t.size()); i++) {
            if (longest(phrasesFrom, t, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The length of the longest of the phrases opening with {@code t}'s word at {@code at} that {@code t} holds there,
     * or 0: a phrase matches only where its first word stands, so the others are never tried.
     */
    static int longest(Map<String, List<List<String>>> phrasesFrom, List<String> t, int at) {
        List<List<String>> phrases = phrasesFrom.get(t.get(at));
        if (phrases == null) {
            return 0;
        }
        int best = 0;
        for (List<String> p : phrases) {
            if (p.size() > best && at + p.size() <= t.size() && t.subList(at, at + p.size()).equals(p)) {
                best = p.size();
            }
        }
        return best;
    }

    static Set<String> lower(Collection<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    static Map<String, List<List<String>>> byFirstWord(List<List<String>> phrases) {
        Map<String, List<List<String>>> out = new java.util.HashMap<>();
        phrases.forEach(p -> out.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p));
        return out;
    }

    static List<List<String>> phrases(Collection<String> list) {
        List<List<String>> out = new ArrayList<>();
        for (String p : list) {
            List<String> t = ClaimWords.tokens(p);
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
