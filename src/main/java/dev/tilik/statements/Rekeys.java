package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One claim's words given other keys by a folder pass ({@link HiddenRoots}, {@link Loanwords}), and what it answers
 * with them: a word keeps everything but its key.
 */
final class Rekeys {
    private Rekeys() {
    }

    /**
     * Gives each word of claim {@code i} the key {@code keyOf} names for it (null: its own), in {@code words} and in the
     * keys the claim answers ({@code answered}); leaves both as they are when no key changes.
     */
    static void apply(int i, List<List<ClaimWords.Word>> words, List<Set<String>> answered,
                      Function<ClaimWords.Word, String> keyOf) {
        List<ClaimWords.Word> ws = words.get(i);
        List<ClaimWords.Word> out = null;
        Map<String, String> moved = new HashMap<>();
        for (int j = 0; j < ws.size(); j++) {
            ClaimWords.Word w = ws.get(j);
            String k = keyOf.apply(w);
            if (k == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(ws);
            }
            out.set(j, new ClaimWords.Word(k, w.surface(), w.negated(), w.reached(), w.pending(), w.subordinate(),
                    w.negation(), w.lacked()));
            moved.put(w.key(), k);
        }
        if (out != null) {
            words.set(i, out);
            Set<String> keys = new LinkedHashSet<>();
            answered.get(i).forEach(k -> keys.add(moved.getOrDefault(k, k)));
            answered.set(i, keys);
        }
    }
}
