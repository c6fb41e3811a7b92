package dev.tilik.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import dev.tilik.text.FullNames;

/**
 * Who speaks, as one person or body, across a folder. A speaker is the set of capitalised words
 * (acronyms aside) of its phrase after the last comma, up to two lower-case words in a row (a
 * clause: "Abdul dalam keterangan pers yang diterima Tirto" is Abdul) ("Vice President … PT Pertamina, Fadjar Djoko
 * Santoso" → {Fadjar, Djoko, Santoso}); a speaker named again by part of that ("Fadjar", "Sri") is
 * the one fuller name of the folder that holds it (words kept in the order written), so "Bupati Sukamaju", "Bupati Sukamaju Sri
 * Wahyuni" and "Sri" are one. Two fuller names holding the same short one leave it as it is, unless
 * they share more than it (two titles of one person, "Wakil Menteri … Immanuel Ebenezer Gerungan" and
 * "Deputy Minister Immanuel Ebenezer Gerungan": "Immanuel" and "Ebenezer" are then the one "Immanuel
 * Ebenezer Gerungan"), with one exception: inside one article a name met again is the person the article named in full
 * ("Kapuspenkum Kejagung, Harli Siregar … Harli memastikan" is one Harli, whatever other outlets
 * call him), when the article names exactly one such person.
 * Built once per story, from its speakers only: near-linear through an index by word.
 */
final class Persons {
    /** What separates a speaker's words: compiled once ({@code String.split} compiles it on every call). */
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s()]+");
    private final Map<String, String> keyOf = new HashMap<>();
    /** Each voice's person, computed once (detectors ask often). */
    private final Map<Voice, String> byVoice = new java.util.IdentityHashMap<>();
    /** Persons joined because an article names one again by part of its full name: key → its root. */
    private final Map<String, String> joined = new HashMap<>();
    /**
     * Each distinct speaker phrase's words, read once while the persons are made (a folder's voices
     * repeat a few hundred speakers; every pass below asks them again). Read-only once made.
     */
    private final Map<String, Set<String>> wordsOf = new HashMap<>();

    Persons(List<Voice> voices) {
        for (Voice v : voices) {
            wordsOf.computeIfAbsent(v.statement().speaker(), Persons::words);
        }
        Set<Set<String>> names = new HashSet<>();
        for (Voice v : voices) {
            Set<String> w = wordsOf(v.statement().speaker());
            if (!w.isEmpty()) {
                names.add(w);
            }
        }
        FullNames full = new FullNames(names);
        for (Set<String> n : names) {
            Set<String> fullest = full.fullest(n);
            keyOf.put(String.join(" ", n), String.join(" ", fullest != n ? fullest : full.shared(n)));
        }
        joinWithinArticles(voices);
        for (Voice v : voices) {
            byVoice.put(v, compute(v));
        }
    }

    /** The person or body speaking, or null when the speaker names no one (a description in lower case). */
    String of(Voice v) {
        return byVoice.containsKey(v) ? byVoice.get(v) : compute(v);
    }

    /**
     * Inside each article, a speaker's name that is part of exactly one fuller name of the same
     * article is that person: the article introduced them and names them again. The two persons the
     * folder-wide pass made of them become one, everywhere.
     */
    private void joinWithinArticles(List<Voice> voices) {
        Map<String, List<Voice>> byFile = new HashMap<>();
        voices.forEach(v -> byFile.computeIfAbsent(v.statement().fileName(), k -> new ArrayList<>()).add(v));
        for (List<Voice> article : byFile.values()) {
            List<Set<String>> names = article.stream().map(v -> wordsOf(v.statement().speaker())).toList();
            FullNames full = new FullNames(names);
            for (Set<String> w : names) {
                Set<String> fuller = full.fullest(w);
                if (fuller != w) {
                    join(key(w), key(fuller));
                } else {
                    for (Set<String> titled : oneTitledPerson(w, full.maximal(w), article)) {
                        join(key(w), key(titled));
                    }
                }
            }
        }
    }

    /**
     * The fuller names of one article holding a one-word name that are one person written with
     * different titles: exactly one of them goes on past the name ("Menhub Dudy", "Menteri Perhubungan
     * Dudy Purwagandhi" and "Dudy" are one minister), the others end with it, and every voice they
     * name speaks for one coalition. Two that go on past it ("Budi Santoso", "Budi Hartono") are two
     * people; so are two that both end with it (a surname: "Iwan Setiawan Lukminto", "Iwan Kurniawan
     * Lukminto" and "Lukminto"), and two titled names of different parties. Empty when they are not one.
     */
    private List<Set<String>> oneTitledPerson(Set<String> w, List<Set<String>> fuller, List<Voice> article) {
        if (w.size() != 1 || fuller.size() < 2) {
            return List.of();
        }
        String name = w.iterator().next();
        int goingOn = 0;
        for (Set<String> f : fuller) {
            String last = null;
            for (String word : f) {
                last = word;
            }
            if (!name.equals(last)) {
                goingOn++;
            }
        }
        if (goingOn != 1) {
            return List.of();
        }
        Set<String> coalitions = new HashSet<>();
        for (Voice v : article) {
            Set<String> words = wordsOf(v.statement().speaker());
            if (words.equals(w) || fuller.contains(words)) {
                coalitions.add(v.coalition());
            }
        }
        return coalitions.size() == 1 ? fuller : List.of();
    }

    private String key(Set<String> w) {
        return keyOf.getOrDefault(String.join(" ", w), String.join(" ", w));
    }

    private String root(String key) {
        String r = key;
        while (joined.containsKey(r)) {
            r = joined.get(r);
        }
        return r;
    }

    private void join(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (!ra.equals(rb)) {
            joined.put(ra, rb);
        }
    }

    private String compute(Voice v) {
        Set<String> w = wordsOf(v.statement().speaker());
        return w.isEmpty() ? null : root(key(w));
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

    /** A speaker's words: read once per distinct phrase while made, afresh for a speaker met later (the map is not written then). */
    private Set<String> wordsOf(String speaker) {
        Set<String> w = wordsOf.get(speaker);
        return w != null ? w : words(speaker);
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
        for (String w : WORD_BREAKS.split(tail)) {
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
