package dev.tilik.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who speaks, as one person or body, across a folder. A speaker is the set of capitalised words
 * (acronyms aside) of its phrase after the last comma, up to two lower-case words in a row (a
 * clause: "Abdul dalam keterangan pers yang diterima Tirto" is Abdul) ("Vice President … PT Pertamina, Fadjar Djoko
 * Santoso" → {Fadjar, Djoko, Santoso}); a speaker named again by part of that ("Fadjar", "Sri") is
 * the one fuller name of the folder that holds it (words kept in the order written), so "Bupati Sukamaju", "Bupati Sukamaju Sri
 * Wahyuni" and "Sri" are one. Two fuller names holding the same short one leave it as it is.
 * Built once per story, from its speakers only: near-linear through an index by word.
 */
final class Persons {
    private final Map<String, String> keyOf = new HashMap<>();
    /** Each voice's person, computed once (detectors ask often). */
    private final Map<Voice, String> byVoice = new java.util.IdentityHashMap<>();

    Persons(List<Voice> voices) {
        Set<Set<String>> names = new HashSet<>();
        for (Voice v : voices) {
            Set<String> w = words(v.statement().speaker());
            if (!w.isEmpty()) {
                names.add(w);
            }
        }
        Map<String, List<Set<String>>> byWord = new HashMap<>();
        names.forEach(n -> n.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(n)));
        for (Set<String> n : names) {
            Set<Set<String>> maximal = new HashSet<>();
            for (Set<String> candidate : byWord.get(n.iterator().next())) {
                if (candidate.containsAll(n) && isMaximal(candidate, byWord)) {
                    maximal.add(candidate);
                }
            }
            Set<String> chosen = maximal.size() == 1 ? maximal.iterator().next() : n;
            keyOf.put(String.join(" ", n), String.join(" ", chosen));
        }
        for (Voice v : voices) {
            byVoice.put(v, compute(v));
        }
    }

    private static boolean isMaximal(Set<String> n, Map<String, List<Set<String>>> byWord) {
        for (Set<String> other : byWord.get(n.iterator().next())) {
            if (other.size() > n.size() && other.containsAll(n)) {
                return false;
            }
        }
        return true;
    }

    /** The person or body speaking, or null when the speaker names no one (a description in lower case). */
    String of(Voice v) {
        return byVoice.containsKey(v) ? byVoice.get(v) : compute(v);
    }

    private String compute(Voice v) {
        Set<String> w = words(v.statement().speaker());
        return w.isEmpty() ? null : keyOf.getOrDefault(String.join(" ", w), String.join(" ", w));
    }

    /** The persons of some voices. */
    Set<String> of(List<Voice> voices) {
        Set<String> out = new HashSet<>();
        for (Voice v : voices) {
            String p = of(v);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static Set<String> words(String speaker) {
        String tail = speaker;
        int comma = speaker.lastIndexOf(',');
        if (comma >= 0 && hasCapital(speaker.substring(comma + 1))) {
            tail = speaker.substring(comma + 1);
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        int lowerRun = 0;
        boolean named = false;
        for (String w : tail.split("[\\s()]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (Character.isLowerCase(w.charAt(0))) {
                // a name may hold single joining words ("Informasi dan Komunikasi"); two lower-case
                // words in a row after it start a clause ("Abdul dalam keterangan pers … Tirto")
                if (named && ++lowerRun >= 2) {
                    break;
                }
                continue;
            }
            lowerRun = 0;
            named = true;
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean hasCapital(String s) {
        return s.chars().anyMatch(Character::isUpperCase);
    }
}
