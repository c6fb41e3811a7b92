package dev.tilik.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import dev.tilik.statements.Spellings;
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
 * call him), when the article names exactly one such person. A name word spelled two ways across outlets
 * ("Immanuel" / "Emanuel Ebenezer Gerungan") is read as the folder mostly writes it first ({@link Spellings}),
 * and two titled names ending with one personal name, for one coalition, are one person ({@link #joinTitledAlike}).
 * Built once per story, from its speakers only: near-linear through an index by word.
 */
final class Persons {
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

    /** One name word spelled two ways across outlets, read as the folder mostly writes it. */
    private final Spellings spellings;

    Persons(List<Voice> voices) {
        this(voices, name -> false);
    }

    /** @param partyName true for a name the rules know as a party's ("Korea Utara"): never a person's name */
    Persons(List<Voice> all, java.util.function.Predicate<String> partyName) {
        List<Voice> voices = all.stream().filter(v -> !v.outlet()).toList();
        for (Voice v : voices) {
            wordsOf.computeIfAbsent(v.statement().speaker(), Persons::words);
        }
        spellings = new Spellings(voices.stream().map(v -> wordsOf.get(v.statement().speaker())).toList(),
                voices.stream().map(v -> v.statement().party() == null ? "" : v.statement().party()).toList());
        wordsOf.replaceAll((speaker, w) -> spellings.of(w));
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
            Set<String> key = fullest != n ? fullest : full.shared(n);
            keyOf.put(String.join(" ", n), String.join(" ", bodyInChain(n, key) ? n : key));
        }
        joinWithinArticles(voices);
        Map<Set<String>, Set<String>> coalitions = coalitionsOf(voices);
        for (Set<String> n : names) {
            if (full.fullest(n) == n) {
                for (Set<String> titled : oneTitledPerson(n, full.maximal(n), coalitions)) {
                    join(key(n), key(titled));
                }
            }
        }
        joinTitledAlike(names, coalitions, partyName);
        for (Voice v : voices) {
            byVoice.put(v, compute(v));
        }
    }

    /** Fewest words of a body named inside an office's chain ({@link #bodyInChain}). */
    static final int CHAIN_BODY = 3;

    /**
     * True when {@code n} stands inside {@code fuller} as the body of an office before a name: its words, three or more,
     * in a row with words of the fuller name before and after them ("Dinas Kesehatan Kabupaten Lintang" inside "Kabid
     * Pencegahan … Dinas Kesehatan Kabupaten Lintang dr Sari Andini"). A body speaking is not the one official of
     * it an article names with the office; a short name at the start ("Bupati Sukamaju" of "Bupati Sukamaju Sri
     * Wahyuni") or the end ("Sri Wahyuni") of a fuller one is the same person.
     */
    static boolean bodyInChain(Set<String> n, Set<String> fuller) {
        if (n.size() < CHAIN_BODY) {
            return false;
        }
        List<String> w = new ArrayList<>(fuller);
        List<String> b = new ArrayList<>(n);
        int at = java.util.Collections.indexOfSubList(w, b);
        return at > 0 && at + b.size() < w.size();
    }

    /** Words a personal name ends with that two titled names must share to be one person. */
    static final int NAME_TAIL = 2;

    /**
     * Two titled names ending with the same personal name ({@link #NAME_TAIL} words or more, in order:
     * "Wakil Menteri Ketenagakerjaan Immanuel Ebenezer Gerungan", "Wakil Menteri Kemnaker Immanuel Ebenezer
     * Gerungan") whose voices all speak for one coalition are one person under two titles. The shared end is
     * a name only when none of its words is part of that coalition's name ("Kepala Dinas Kesehatan",
     * "Sekretaris Dinas Kesehatan" end with their body, two officials), it is no party's name the rules know
     * ("Kementerian Luar Negeri Korea Utara", "Perwakilan Korea Utara": two bodies of one country), and the
     * end is not the whole of either. Two relatives ("Iwan Setiawan Lukminto", "Iwan Kurniawan Lukminto") end differently.
     */
    private void joinTitledAlike(Set<Set<String>> names, Map<Set<String>, Set<String>> coalitions,
                                 java.util.function.Predicate<String> partyName) {
        Map<String, List<Set<String>>> byTail = new HashMap<>();
        for (Set<String> n : names) {
            if (n.size() > NAME_TAIL) {
                List<String> w = new ArrayList<>(n);
                byTail.computeIfAbsent(String.join(" ", w.subList(w.size() - NAME_TAIL, w.size())), k -> new ArrayList<>()).add(n);
            }
        }
        for (Map.Entry<String, List<Set<String>>> e : byTail.entrySet()) {
            List<Set<String>> alike = e.getValue();
            if (alike.size() < 2 || partyName.test(e.getKey())) {
                continue; // "Kementerian Luar Negeri Korea Utara", "Perwakilan Korea Utara": two bodies of one country
            }
            Set<String> spoken = new HashSet<>();
            alike.forEach(n -> spoken.addAll(coalitions.getOrDefault(n, Set.of())));
            if (spoken.size() != 1) {
                continue;
            }
            String body = spoken.iterator().next().toLowerCase(Locale.ROOT);
            boolean bodyWords = java.util.Arrays.stream(e.getKey().split(" "))
                    .anyMatch(w -> body.contains(w.toLowerCase(Locale.ROOT)));
            if (bodyWords) {
                continue;
            }
            for (int i = 1; i < alike.size(); i++) {
                join(key(alike.get(i)), key(alike.get(0)));
            }
        }
    }

    /** The coalitions each speaker's words speak for among some voices. */
    private Map<Set<String>, Set<String>> coalitionsOf(List<Voice> voices) {
        Map<Set<String>, Set<String>> out = new HashMap<>();
        for (Voice v : voices) {
            out.computeIfAbsent(wordsOf(v.statement().speaker()), k -> new HashSet<>()).add(v.coalition());
        }
        return out;
    }

    /** The person or body speaking, or null when the speaker names no one (a description in lower case). */
    String of(Voice v) {
        if (v.outlet()) {
            return null; // an outlet's headline: no person says it
        }
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
            Map<Set<String>, Set<String>> coalitions = coalitionsOf(article);
            for (Set<String> w : names) {
                Set<String> fuller = full.fullest(w);
                if (fuller != w && bodyInChain(w, fuller)) {
                    continue;
                }
                if (fuller != w) {
                    join(key(w), key(fuller));
                } else {
                    for (Set<String> titled : oneTitledPerson(w, full.maximal(w), coalitions)) {
                        join(key(w), key(titled));
                    }
                }
            }
        }
    }

    /**
     * The fuller names holding a one-word name that are one person written with different titles: those
     * going on past the name all go on with the same word ("Menteri Perhubungan Dudy Purwagandhi", "Menhub
     * Dudy Purwagandhi"), at least one does, the others end with it ("Menhub Dudy": a title before the
     * name), and every voice they or the name alone name speaks for one coalition. Two going on with
     * different words ("Budi Santoso", "Budi Hartono") are two people; so are names that all end with it
     * (a surname: "Iwan Setiawan Lukminto", "Iwan Kurniawan Lukminto" and "Lukminto"), and titled names
     * of different coalitions. Empty when they are not one.
     *
     * @param coalitions the coalitions each speaker's words speak for, among the voices compared
     */
    private static List<Set<String>> oneTitledPerson(Set<String> w, List<Set<String>> fuller,
                                                     Map<Set<String>, Set<String>> coalitions) {
        if (w.size() != 1 || fuller.size() < 2) {
            return List.of();
        }
        String name = w.iterator().next();
        String next = null;
        for (Set<String> f : fuller) {
            String after = after(f, name);
            if (after != null) {
                if (next != null && !next.equals(after)) {
                    return List.of();
                }
                next = after;
            }
        }
        if (next == null) {
            return List.of();
        }
        Set<String> spoken = new HashSet<>(coalitions.getOrDefault(w, Set.of()));
        for (Set<String> f : fuller) {
            spoken.addAll(coalitions.getOrDefault(f, Set.of()));
        }
        return spoken.size() == 1 ? fuller : List.of();
    }

    /** The word written right after {@code name} in a name, or null when the name ends with it. */
    private static String after(Set<String> words, String name) {
        boolean seen = false;
        for (String word : words) {
            if (seen) {
                return word;
            }
            seen = word.equals(name);
        }
        return null;
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

    /**
     * True when one speaker's name words, {@link #NAME_TAIL} or more, close the other's in the order written: one
     * person under a title and an honorific written otherwise ("KH Ahmad Faruq Hamzah" and "Pengasuh Pondok KHR Ahmad
     * Faruq Hamzah": the honorific's capitals are no name word), whatever parties the two are read for.
     */
    boolean endsWithOther(Voice a, Voice b) {
        if (a.outlet() || b.outlet()) {
            return false;
        }
        List<String> x = new ArrayList<>(wordsOf(a.statement().speaker()));
        List<String> y = new ArrayList<>(wordsOf(b.statement().speaker()));
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        return shorter.size() >= NAME_TAIL && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /** A speaker's words: read once per distinct phrase while made, afresh for a speaker met later (the map is not written then). */
    private Set<String> wordsOf(String speaker) {
        Set<String> w = wordsOf.get(speaker);
        return w != null ? w : spellings.of(words(speaker));
    }

    private static Set<String> words(String speaker) {
        return Spellings.nameWords(speaker);
    }
}
