package dev.tilik.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds near-identical quotations without comparing every pair: each quotation is cut into word
 * trigrams, an inverted index maps trigrams to quotations, and only quotations sharing a trigram
 * are compared (Jaccard over trigram sets). Trigrams shared by very many quotations are stock
 * phrases and are not used for candidates.
 */
final class QuoteIndex {
    private static final int MAX_POSTINGS = 64;

    private final List<Voice> voices = new ArrayList<>();
    private final List<Set<String>> shingles = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    /** Adds a quotation with at least {@code minWords} words; shorter ones are ignored. */
    void add(Voice v, int minWords) {
        String[] words = Normal.words(Normal.text(v.claimText())).split(" ");
        if (words.length < minWords) {
            return;
        }
        Set<String> s = new HashSet<>();
        for (int i = 0; i + 2 < words.length; i++) {
            s.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        }
        int id = voices.size();
        voices.add(v);
        shingles.add(s);
        s.forEach(sh -> postings.computeIfAbsent(sh.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(id));
    }

    /** Pairs (i &lt; j) of quotations whose similarity is at least {@code threshold}. */
    List<Voice[]> similar(double threshold) {
        Set<Long> seen = new TreeSet<>();
        for (List<Integer> ids : postings.values()) {
            if (ids.size() < 2 || ids.size() > MAX_POSTINGS) {
                continue;
            }
            for (int a = 0; a < ids.size(); a++) {
                for (int b = a + 1; b < ids.size(); b++) {
                    int i = Math.min(ids.get(a), ids.get(b));
                    int j = Math.max(ids.get(a), ids.get(b));
                    if (i != j) {
                        seen.add(((long) i << 32) | j);
                    }
                }
            }
        }
        List<Voice[]> out = new ArrayList<>();
        for (long key : seen) {
            int i = (int) (key >>> 32);
            int j = (int) key;
            if (jaccard(shingles.get(i), shingles.get(j)) >= threshold) {
                out.add(new Voice[] {voices.get(i), voices.get(j)});
            }
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
