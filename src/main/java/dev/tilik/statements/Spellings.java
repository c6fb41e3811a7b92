package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One name word spelled two ways across a folder's outlets ("Immanuel" / "Emanuel Ebenezer Gerungan",
 * "Habiburokhman" / "Habiburokman", "Muhammad" / "Muhamad"): copy transliterates a name as each reporter
 * hears it, so one person is written two ways. Two words are one spelling when they write the same
 * consonants in the same order ({@link #skeleton}: vowels aside, an "h" after a consonant aside, a doubled
 * letter once), differ by at most {@link #MAX_EDITS} letters, are at least {@link #MIN_LETTERS} long, and
 * the names holding them agree beside them: a word written right after or right before both in some
 * speaker's name ("Immanuel Ebenezer", "Emanuel Ebenezer"), or, for a long word one letter apart
 * ({@link #LONG}), a party both names speak for. A last consonant heard otherwise ("Sidiq" / "Sidig Hery", "Abdul" /
 * "Abdus Salam") is one spelling only beside a neighbouring name word both write ({@link #lastLetterApart}). Two people with names alike ("Rudianto", "Subianto":
 * other consonants; "Iwan Kurniawan", "Iwan Setiawan": many letters apart) stay two. Each spelling maps
 * to the one more speakers write (the first in order on a tie). Built once per story from its speakers'
 * name words; words are compared only within one skeleton, so the pass is near-linear.
 */
public final class Spellings {
    static final int MIN_LETTERS = 5;
    static final int MAX_EDITS = 2;
    /** A word this long one letter from another spells it, with a party in common for a neighbour. */
    static final int LONG = 8;

    /** What separates a speaker's words: compiled once ({@code String.split} compiles it on every call). */
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s()]+");

    private final Map<String, String> canonical = new HashMap<>();

    /**
     * @param names    each speaker's name words in the order written, one entry per voice
     * @param parties  the party each entry of {@code names} speaks for ("" when none)
     */
    public Spellings(List<Set<String>> names, List<String> parties) {
        Map<String, Integer> writers = new java.util.LinkedHashMap<>();
        Map<String, Set<String>> neighbours = new HashMap<>();
        Map<String, Set<String>> partiesOf = new HashMap<>();
        // One speaker is one entry per statement: each distinct name and party is read once, with how many
        // entries write it (the words first met in the same order, so ties go the same way).
        Map<Entry, Integer> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            entries.merge(new Entry(new ArrayList<>(names.get(i)), parties.get(i)), 1, Integer::sum);
        }
        for (Map.Entry<Entry, Integer> e : entries.entrySet()) {
            List<String> words = e.getKey().words();
            int times = e.getValue();
            for (int j = 0; j < words.size(); j++) {
                String w = words.get(j);
                writers.merge(w, times, Integer::sum);
                Set<String> around = neighbours.computeIfAbsent(w, k -> new java.util.HashSet<>());
                if (j > 0) {
                    around.add("<" + words.get(j - 1));
                }
                if (j + 1 < words.size()) {
                    around.add(">" + words.get(j + 1));
                }
                String party = e.getKey().party();
                if (party != null && !party.isBlank()) {
                    partiesOf.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(party);
                }
            }
        }
        Map<String, List<String>> bySkeleton = new HashMap<>();
        for (String w : writers.keySet()) {
            if (w.length() >= MIN_LETTERS) {
                bySkeleton.computeIfAbsent(skeleton(w), k -> new ArrayList<>()).add(w);
            }
        }
        // A word's last consonant heard otherwise ("Sidiq" / "Sidig", "Abdul" / "Abdus"): compared within one skeleton
        // short of its last letter, and one spelling only beside a neighbouring name word both write.
        Map<String, List<String>> byStem = new HashMap<>();
        for (String w : writers.keySet()) {
            String k = skeleton(w);
            if (w.length() >= MIN_LETTERS && k.length() >= 2) {
                byStem.computeIfAbsent(k.substring(0, k.length() - 1), x -> new ArrayList<>()).add(w);
            }
        }
        for (List<String> alike : byStem.values()) {
            for (int a = 0; a < alike.size(); a++) {
                for (int b = a + 1; b < alike.size(); b++) {
                    String x = alike.get(a);
                    String y = alike.get(b);
                    if (lastLetterApart(x, y) && neighbourInCommon(x, y, neighbours)) {
                        String kept = writers.get(y) > writers.get(x) ? y : x;
                        String other = kept.equals(x) ? y : x;
                        canonical.putIfAbsent(other, root(kept));
                    }
                }
            }
        }
        for (List<String> alike : bySkeleton.values()) {
            for (int a = 0; a < alike.size(); a++) {
                for (int b = a + 1; b < alike.size(); b++) {
                    String x = alike.get(a);
                    String y = alike.get(b);
                    if (oneSpelling(x, y, neighbours, partiesOf)) {
                        String kept = writers.get(y) > writers.get(x) ? y : x;
                        String other = kept.equals(x) ? y : x;
                        canonical.putIfAbsent(other, root(kept));
                    }
                }
            }
        }
    }

    /** A speaker's name words in the order written and the party it speaks for. */
    private record Entry(List<String> words, String party) {
    }

    private String root(String w) {
        String r = w;
        while (canonical.containsKey(r) && !canonical.get(r).equals(r)) {
            r = canonical.get(r);
        }
        return r;
    }

    private static boolean oneSpelling(String x, String y, Map<String, Set<String>> neighbours,
                                       Map<String, Set<String>> partiesOf) {
        int edits = edits(x.toLowerCase(Locale.ROOT), y.toLowerCase(Locale.ROOT));
        if (edits == 0 || edits > MAX_EDITS) {
            return false;
        }
        if (neighbourInCommon(x, y, neighbours)) {
            return true;
        }
        if (edits == 1 && Math.min(x.length(), y.length()) >= LONG) {
            Set<String> px = partiesOf.getOrDefault(x, Set.of());
            return partiesOf.getOrDefault(y, Set.of()).stream().anyMatch(px::contains);
        }
        return false;
    }

    /**
     * Two words of one length written alike but for their last letter, a consonant in each ("Sidiq" / "Sidig"): one
     * name heard two ways, when a neighbour agrees.
     */
    public static boolean lastLetterApart(String x, String y) {
        String a = x.toLowerCase(Locale.ROOT);
        String b = y.toLowerCase(Locale.ROOT);
        int n = a.length();
        if (n != b.length() || n < MIN_LETTERS || !a.substring(0, n - 1).equals(b.substring(0, n - 1))) {
            return false;
        }
        char p = a.charAt(n - 1);
        char q = b.charAt(n - 1);
        return p != q && Character.isLetter(p) && Character.isLetter(q) && "aeiouy".indexOf(p) < 0 && "aeiouy".indexOf(q) < 0;
    }

    private static boolean neighbourInCommon(String x, String y, Map<String, Set<String>> neighbours) {
        Set<String> nx = neighbours.getOrDefault(x, Set.of());
        return neighbours.getOrDefault(y, Set.of()).stream().anyMatch(nx::contains);
    }

    /** The word as the folder's most written spelling of it. */
    public String of(String word) {
        String c = canonical.get(word);
        return c == null ? word : root(word);
    }

    /** A name's words with each spelled as the folder mostly writes it, order kept. */
    public Set<String> of(Set<String> words) {
        if (canonical.isEmpty() || words.stream().noneMatch(canonical::containsKey)) {
            return words;
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        words.forEach(w -> out.add(of(w)));
        return out;
    }

    /**
     * The consonants a word writes, in order: lower case, vowels dropped (and a "y" after a letter, which
     * spells the glide an "i" before a vowel also writes), an "h" after a consonant dropped
     * ("kh", "dh"), a letter written twice once ("mm"). "Immanuel" and "Emanuel" are both "mnl".
     */
    public static String skeleton(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        char prevLetter = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            // A "y" after a letter is the glide an "i" writes too ("Haryati" / "Hariati", "Suryadi" / "Suriadi").
            boolean vowel = "aeiou".indexOf(c) >= 0 || c == 'y' && prevLetter != 0;
            boolean softH = c == 'h' && prevLetter != 0 && "aeiouh".indexOf(prevLetter) < 0;
            if (!vowel && !softH && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
            prevLetter = c;
        }
        return out.toString();
    }

    /** Levenshtein distance, small words only. */
    public static int edits(String a, String b) {
        int[] d = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            d[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diag = d[0];
            d[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int up = d[j];
                d[j] = Math.min(Math.min(d[j] + 1, d[j - 1] + 1), diag + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diag = up;
            }
        }
        return d[b.length()];
    }

    /**
     * A speaker's name words in the order written: the capitalised words (acronyms aside) of its phrase after the
     * last comma, up to two lower-case words in a row (a clause: "Abdul dalam keterangan pers yang diterima Tirto"
     * is Abdul).
     */
    public static Set<String> nameWords(String speaker) {
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
