package dev.tilik.rules;

import java.util.List;

/**
 * One scale of a language's opposite words: the words on its good side ("aman", "laik", "sesuai",
 * "safe") and those on its bad side ("berbahaya", "rusak", "melanggar", "dangerous"). A negated word
 * of one side says what a plain word of the other says ("tidak aman" ≈ "berbahaya", "tidak ada
 * kerusakan" ≈ "laik", "tidak sesuai" ≈ "melanggar"). Scales are named, and a name is the same scale in
 * every language's rules, so "tidak aman" and "unsafe" stand on one side.
 *
 * @param good words on the scale's good side, one word each, as written (matched on their roots)
 * @param bad  words on the scale's bad side
 */
public record OppositeWords(List<String> good, List<String> bad) {
    public OppositeWords {
        good = good == null ? List.of() : List.copyOf(good);
        bad = bad == null ? List.of() : List.copyOf(bad);
    }
}
