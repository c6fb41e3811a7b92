package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an article has said so far, for pronouns and names met again: the speakers in order, and
 * the party each person's name was found with. A singular pronoun ("Dirinya", "ia", "Beliau", "he")
 * takes the latest speaker that is a person (a name, or a human title such as "pejabat",
 * "perwakilan", "spokesman"); a group pronoun ("Mereka", "pihaknya", "they") takes the latest
 * speaker. Not thread-safe: one per article run.
 */
final class Discourse {
    /** How many earlier speakers a pronoun or a description may reach back over. */
    static final int REACH = 6;
    /** Shortest word two descriptions must share to be taken as the same speaker ("envoy"). */
    private static final int SHARED_WORD = 4;

    /**
     * A resolved speaker.
     *
     * @param speaker as written (or resolved)
     * @param party   its party, or null
     * @param person  the person's name in it, or null
     * @param human   true when it names one human being (a name or a human title)
     */
    record Mention(String speaker, String party, String person, boolean human) {
    }

    private final List<Mention> speakers = new ArrayList<>();
    /** People named as the subject of sentences that are no statement ("Wakil Menteri X angkat bicara."). */
    private final List<Mention> subjects = new ArrayList<>();
    /** How many speakers had been heard when the latest subject was named. */
    private int latestSubjectAfter = -1;
    private final Map<String, String> partyByName = new HashMap<>();
    /** The latest person the narration named by a bare name opening a sentence ("Rina Wati, who …"), or null. */
    private Mention named;
    /** How many speakers had been heard when {@link #named} was named. */
    private int namedAfter = -1;
    /** The latest person the narration made a sentence's subject by a description ("Seorang anak perempuan …"), or null. */
    private Mention described;
    /** How many speakers had been heard when {@link #described} was met. */
    private int describedAfter = -1;

    void add(Mention m) {
        speakers.add(m);
        if (m.person() != null && m.party() != null) {
            partyByName.putIfAbsent(m.person(), m.party());
        }
    }

    /**
     * The latest earlier speaker whose person's name holds {@code word} as one of its words ("Rina" in
     * "Kepala Dinas Rina Wati Saputri"): the person a speaker named by that one word is.
     */
    Optional<Mention> personNamed(String word) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Mention m = speakers.get(i);
            if (m.person() != null && java.util.Arrays.asList(m.person().split(" ")).contains(word)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * True when an earlier speaker taken for a person ends in {@code word}: "Habib" after "Ketua Komisi X Rina Habib", whose
     * name the phrase holds though no run of two name words reads it. The one word names that person again.
     */
    boolean endsPersonSpoken(String word) {
        for (Mention m : speakers) {
            String[] w = m.speaker().split("[^\\p{L}\\p{M}]+");
            if (m.human() && w.length > 1 && w[w.length - 1].equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when the tokens hold a word of the name of the person who spoke last. */
    boolean namesLatestPerson(List<Token> tokens) {
        if (speakers.isEmpty() || speakers.get(speakers.size() - 1).person() == null) {
            return false;
        }
        List<String> name = java.util.Arrays.asList(speakers.get(speakers.size() - 1).person().split(" "));
        return tokens.stream().anyMatch(t -> t.isWord() && t.isCapitalized() && name.contains(t.text()));
    }

    /** Every speaker and narrated subject met so far, speakers first, each in order. */
    List<Mention> heard() {
        List<Mention> all = new ArrayList<>(speakers);
        all.addAll(subjects);
        return all;
    }

    /** A person the narration names as a sentence's subject, for a pronoun met before anyone speaks. */
    void addSubject(Mention m) {
        subjects.add(m);
        latestSubjectAfter = speakers.size();
        described = null;
    }

    /**
     * A person the narration names by a bare name opening a sentence that is no statement ("Rina Wati, yang …"), for a
     * personal pronoun with no person among the speakers in reach.
     */
    void addNamed(Mention m) {
        named = m;
        namedAfter = speakers.size();
        described = null;
    }

    /**
     * A person the narration makes the subject of a sentence that is no statement by describing them, not naming them
     * ("Seorang anak perempuan … memprotes pernyataan X."): a singular pronoun after it, once someone has spoken, is
     * that person, never the speaker the sentence names as its object. It stands until anyone speaks or a subject is named.
     */
    void addDescribed(Mention m) {
        described = m;
        describedAfter = speakers.size();
        latestSubjectAfter = -1;
        named = null;
    }

    /**
     * The antecedent of a pronoun (a group pronoun when {@code group}): the latest speaker as above; before
     * anyone has spoken, the latest person named as a subject ("Wakil Menteri X menyayangkan … ¶ "…,"
     * katanya").
     */
    Optional<Mention> antecedent(boolean group) {
        return antecedent(group, false);
    }

    /**
     * As {@link #antecedent(boolean)}; a personal pronoun written as a word ({@code personal}: "ia", "dia", "he", never
     * a cue's clitic, "tuturnya", which copy also writes for a team or a body) with no person in reach takes the latest
     * speaker naming someone by a capitalised word over a group written in lower case; a person the narration named by a
     * bare name since anyone last spoke ({@link #addNamed}) comes before every speaker, as a titled subject does.
     */
    Optional<Mention> antecedent(boolean group, boolean personal) {
        boolean namedSince = personal && !group && named != null && namedAfter == speakers.size();
        if (speakers.isEmpty()) {
            return !subjects.isEmpty() ? Optional.of(subjects.get(subjects.size() - 1))
                    : namedSince ? Optional.of(named) : Optional.empty();
        }
        if (!group && described != null && describedAfter == speakers.size()) {
            // "… X mengatakan …. ¶ Seorang anak perempuan … memprotes pernyataan X. Ia membantah …": "ia" continues the
            // sentence's subject; before anyone speaks the pronoun waits for the person the article names (cataphora)
            return Optional.of(described);
        }
        if (!group && latestSubjectAfter == speakers.size()) {
            // the narration named a person as its subject since anyone last spoke: "Paman korban, X, menyoal …. Menurutnya, …"
            return Optional.of(subjects.get(subjects.size() - 1));
        }
        if (namedSince) {
            // "The Board rejected …. ¶ Rina Wati, who …, kept …. ¶ "…," she said.": "she" is the person the narration
            // named since anyone last spoke, never the speaker before
            return Optional.of(named);
        }
        if (!group) {
            int stop = Math.max(0, speakers.size() - REACH);
            for (int i = speakers.size() - 1; i >= stop; i--) {
                if (speakers.get(i).human()) {
                    return Optional.of(speakers.get(i));
                }
            }
            for (int i = speakers.size() - 1; i >= stop && personal; i--) {
                if (namesSomeone(speakers.get(i).speaker())) {
                    // "Sudewo menyatakan …. ¶ … masyarakat menyebut …. ¶ Ia menyatakan, …": "ia" is one person, never
                    // a generic group written in lower case, while a speaker named by a capitalised word is in reach
                    return Optional.of(speakers.get(i));
                }
            }
        }
        return Optional.of(speakers.get(speakers.size() - 1));
    }

    /**
     * The antecedent {@code chosen} of a singular pronoun whose own claim speaks of that person in the third person
     * ("Waktu itu Pak Rudi memberikan izin," ujarnya): copy names the person a speaker talks about, not the speaker, so
     * the pronoun is the latest other person in reach who spoke ("Dodi menyoroti …. Rudi menjanjikan …. "… Pak Rudi
     * …," ujarnya" → Dodi). With no other person in reach the choice stands ("Saya, Rudi, …").
     */
    Optional<Mention> notNamedIn(Optional<Mention> chosen, List<Token> claim) {
        if (chosen.isEmpty() || chosen.get().person() == null || !names(claim, chosen.get().person())) {
            return chosen;
        }
        String person = chosen.get().person();
        int stop = Math.max(0, speakers.size() - REACH);
        for (int i = speakers.size() - 1; i >= stop; i--) {
            Mention m = speakers.get(i);
            if (m.human() && m.person() != null && !m.person().equals(person) && !names(claim, m.person())) {
                return Optional.of(m);
            }
        }
        return chosen;
    }

    /**
     * True when a capitalised word of the tokens is one of the last two words of {@code person}, where a name stands
     * after its titles and body ("Koordinator Serikat Pekerja Sritex Group Slamet Kaswanto": Slamet, Kaswanto), and
     * is no acronym ("Kapolres AKBP Rina").
     */
    private static boolean names(List<Token> tokens, String person) {
        String[] w = person.split(" ");
        List<String> name = java.util.Arrays.asList(w).subList(Math.max(0, w.length - 2), w.length).stream()
                .filter(x -> x.length() >= 3 && !x.equals(x.toUpperCase(Locale.ROOT))).toList();
        return tokens.stream().anyMatch(t -> t.isWord() && t.isCapitalized() && name.contains(t.text()));
    }

    /**
     * True when the speaker as written holds a capitalised word, its first counted only when it is the only one (a
     * sentence's first word is capitalised, "The public"): it names someone, unlike "masyarakat", "the public".
     */
    static boolean namesSomeone(String speaker) {
        List<String> w = java.util.Arrays.stream(speaker.split("[^\\p{L}]+")).filter(x -> !x.isEmpty()).toList();
        for (int i = w.size() == 1 ? 0 : 1; i < w.size(); i++) {
            if (Character.isUpperCase(w.get(i).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The party of a person met earlier and named again by one word of the name ("Rudi" after
     * "Kepala Pelaksana BPBD Sukamaju Rudi Hartono"), when the speaker is only a capitalised word or two.
     */
    Optional<String> partyOfFirstName(List<Token> speaker) {
        List<String> caps = speaker.stream().filter(t -> t.isWord() && t.isCapitalized()).map(Token::text).toList();
        if (caps.isEmpty() || caps.size() > 2 || caps.size() != speaker.stream().filter(Token::isWord).count()) {
            return Optional.empty();
        }
        java.util.Set<String> found = new java.util.TreeSet<>();
        partyByName.forEach((name, party) -> {
            if (java.util.Arrays.asList(name.split(" ")).containsAll(caps)) {
                found.add(party);
            }
        });
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    Optional<String> partyOf(String person) {
        if (person == null) {
            return Optional.empty();
        }
        String p = partyByName.get(person);
        if (p != null) {
            return Optional.of(p);
        }
        return partyByName.entrySet().stream()
                .filter(e -> e.getKey().endsWith(" " + person) || person.endsWith(" " + e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    /**
     * The party of a recent speaker described with a word this one shares ("the envoy" after
     * "North Korea's envoy to the United Nations").
     */
    Optional<String> partyOfDescription(String speaker) {
        List<String> words = words(speaker);
        int stop = Math.max(0, speakers.size() - REACH);
        for (int i = speakers.size() - 1; i >= stop; i--) {
            Mention m = speakers.get(i);
            if (m.party() != null && words(m.speaker()).stream().anyMatch(words::contains)) {
                return Optional.of(m.party());
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= SHARED_WORD) {
                out.add(w);
            }
        }
        return out;
    }
}
