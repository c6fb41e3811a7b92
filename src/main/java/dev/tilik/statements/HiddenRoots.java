package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * One key for a root a nasal prefix hides, chosen from the folder's own words. A word's key is the consonant root
 * its prefix may hide ({@code language.Indonesian}: "mengancam" → "kancam", "menulis" → "tulis"); it keeps that key
 * only when some word of the folder writes that root as it is ("tulis", "ditulis", "tulisan"), else it takes the
 * vowel-initial root the prefix left ("ancam"), under which "ancaman" and "diancam" meet it. One pass over the
 * folder's words, one look-up each.
 */
final class HiddenRoots {
    private HiddenRoots() {
    }

    /**
     * The keys to move, consonant root → vowel root, for this folder's words.
     *
     * @param words per statement, its claim's words
     * @param lang  per statement, its language's parts (null when it has none)
     */
    static Map<String, String> moves(List<List<ClaimWords.Word>> words, IntFunction<ClaimWords.Language> lang) {
        Set<String> written = new HashSet<>();
        Map<String, String> hidden = new HashMap<>();
        Map<String, String> rootOf = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            ClaimWords.Language l = lang.apply(i);
            if (l == null) {
                continue;
            }
            for (ClaimWords.Word w : words.get(i)) {
                String surface = w.surface().toLowerCase(java.util.Locale.ROOT);
                String root = rootOf.computeIfAbsent(surface, s -> {
                    String r = l.vowelRoot(w);
                    return r == null ? "" : r;
                });
                if (root.isEmpty()) {
                    written.add(w.key());
                } else {
                    hidden.putIfAbsent(w.key(), root);
                }
            }
        }
        hidden.keySet().removeAll(written);
        return hidden;
    }

    /** The words with their keys moved ({@link #moves}); the same list when none moves. */
    static List<ClaimWords.Word> moved(List<ClaimWords.Word> words, Map<String, String> moves) {
        if (moves.isEmpty() || words.stream().noneMatch(w -> w != null && moves.containsKey(w.key()))) {
            return words;
        }
        List<ClaimWords.Word> out = new ArrayList<>(words.size());
        for (ClaimWords.Word w : words) {
            String to = w == null ? null : moves.get(w.key());
            out.add(to == null ? w : new ClaimWords.Word(to, w.surface(), w.negated(), w.reached(), w.pending(),
                    w.subordinate(), w.negation()));
        }
        return out;
    }

    /** The keys with the moved ones moved. */
    static Set<String> movedKeys(Set<String> keys, Map<String, String> moves) {
        if (moves.isEmpty() || keys.stream().noneMatch(moves::containsKey)) {
            return keys;
        }
        Set<String> out = new HashSet<>();
        keys.forEach(k -> out.add(moves.getOrDefault(k, k)));
        return out;
    }
}
