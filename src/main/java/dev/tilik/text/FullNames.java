package dev.tilik.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names as sets of words, and a short name met again as the one fuller name holding it: among the
 * names given, "Fadjar" is "Fadjar Djoko Santoso" when that is the only maximal name (held by no
 * larger one) containing all its words; with two such names ("Sri Wahyuni", "Sri Mulyani") it stays
 * as it is. Near-linear: candidates come from an index by word.
 */
public final class FullNames {
    private final Map<String, List<Set<String>>> byWord = new HashMap<>();

    public FullNames(Collection<Set<String>> names) {
        for (Set<String> n : new HashSet<>(names)) {
            n.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(n));
        }
    }

    /** The one maximal name strictly containing {@code n}, or {@code n} itself (also when it is empty or unknown). */
    public Set<String> fullest(Set<String> n) {
        if (n.isEmpty()) {
            return n;
        }
        List<Set<String>> maximal = maximal(n);
        return maximal.size() == 1 ? maximal.get(0) : n;
    }

    /**
     * Every maximal name (held by no larger one) strictly containing {@code n}, each once, in the
     * order the names were indexed: none for an empty or unknown name.
     */
    public List<Set<String>> maximal(Set<String> n) {
        if (n.isEmpty()) {
            return List.of();
        }
        List<Set<String>> candidates = byWord.getOrDefault(n.iterator().next(), List.of());
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> c : candidates) {
            if (c.size() > n.size() && c.containsAll(n) && isMaximal(c, candidates) && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * What every maximal name strictly containing {@code n} shares, when that is more than {@code n}: "Immanuel"
     * inside "Wakil Menteri Immanuel Ebenezer Gerungan" and "Deputy Minister Immanuel Ebenezer Gerungan" is
     * "Immanuel Ebenezer Gerungan" (two titles of one person), in the words' order of the first such name by
     * its words; "Sri" inside "Sri Wahyuni" and "Sri Mulyani" shares nothing more and stays {@code n}.
     */
    public Set<String> shared(Set<String> n) {
        if (n.isEmpty()) {
            return n;
        }
        List<Set<String>> maximal = new ArrayList<>(maximal(n));
        if (maximal.isEmpty()) {
            return n;
        }
        maximal.sort(java.util.Comparator.comparing((Set<String> c) -> String.join(" ", c)));
        Set<String> out = new java.util.LinkedHashSet<>(maximal.get(0));
        maximal.forEach(out::retainAll);
        return out.size() > n.size() ? out : n;
    }

    private static boolean isMaximal(Set<String> c, List<Set<String>> candidates) {
        for (Set<String> o : candidates) {
            if (o.size() > c.size() && o.containsAll(c)) {
                return false;
            }
        }
        return true;
    }
}
