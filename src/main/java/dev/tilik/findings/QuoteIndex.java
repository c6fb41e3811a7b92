package dev.tilik.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    private final List<String[]> sequences = new ArrayList<>();
    /** A word held by more than this share of the folder's quotations is common, not evidence of the same words. */
    private static final int COMMON_SHARE = 5;
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
        sequences.add(words);
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

    /**
     * Pairs (i &lt; j) of quotations that are the same words reworded: their uncommon words (held by at most
     * a fifth of the quotations, and never fewer than three) run in the same order for at least {@code
     * threshold} of the shorter sequence and at least {@code minWords} words (longest common subsequence).
     * Candidates share {@code minWords} uncommon words through an inverted index, never all pairs.
     */
    List<Voice[]> reworded(double threshold, int minWords) {
        Map<String, Integer> df = new HashMap<>();
        for (String[] seq : sequences) {
            new HashSet<>(java.util.Arrays.asList(seq)).forEach(w -> df.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum));
        }
        int common = Math.max(3, sequences.size() / COMMON_SHARE);
        List<String[]> rare = new ArrayList<>();
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int id = 0; id < sequences.size(); id++) {
            List<String> kept = new ArrayList<>();
            for (String w : sequences.get(id)) {
                String l = w.toLowerCase(Locale.ROOT);
                if (df.getOrDefault(l, 0) <= common && (l.length() >= 3 || l.chars().anyMatch(Character::isDigit))) {
                    kept.add(l);
                }
            }
            rare.add(kept.toArray(String[]::new));
            for (String w : new HashSet<>(kept)) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> ids : byWord.values()) {
            if (ids.size() < 2 || ids.size() > MAX_POSTINGS) {
                continue;
            }
            for (int a = 0; a < ids.size(); a++) {
                for (int b = a + 1; b < ids.size(); b++) {
                    shared.merge(((long) ids.get(a) << 32) | ids.get(b), 1, Integer::sum);
                }
            }
        }
        List<Voice[]> out = new ArrayList<>();
        new TreeMap<>(shared).forEach((key, n) -> {
            int i = (int) (key >>> 32);
            int j = (int) (long) key;
            if (n < minWords) {
                return;
            }
            int run = commonRun(rare.get(i), rare.get(j));
            if (run >= minWords && run >= threshold * Math.min(rare.get(i).length, rare.get(j).length)) {
                out.add(new Voice[] {voices.get(i), voices.get(j)});
            }
        });
        return out;
    }

    /** The length of the longest common subsequence of two word sequences. */
    private static int commonRun(String[] a, String[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (String x : a) {
            for (int j = 1; j <= b.length; j++) {
                cur[j] = x.equals(b[j - 1]) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
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
