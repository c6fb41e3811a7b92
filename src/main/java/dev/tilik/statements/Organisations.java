package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Organisations named by a proper name with no short form (any story; the words are language data, rules
 * {@code organisationWords} and {@code organisationNouns}): a speaker who speaks for nothing else the folder names speaks
 * for the organisation their phrase names. An organisation is named
 * <ul>
 * <li>by a word for its kind inside its name, opening it or ending it ("Sekjen Partai Wetan Raya Budi Santoso" → "Partai
 * Wetan Raya", "Direktur Eksekutif Wetan Research Institute" → "Wetan Research Institute"), the person's name, titles
 * and roles no part of it;</li>
 * <li>or by a name the folder writes right after a noun for an organisation ("LSM Hijau Lestari", "the NGO Hijau Lestari"):
 * that name, with or without the place words after it ("Hijau Lestari Wetan"), met in a speaker phrase, even alone
 * ("Hijau Lestari menyebut …").</li>
 * </ul>
 * Immutable.
 */
final class Organisations {
    /** How many words an organisation's name may have. */
    private static final int MAX_WORDS = 5;

    private final Institutions.Words words;
    private final Set<String> places;
    /** Names the folder writes after an organisation noun, each also without its trailing place words. */
    private final Set<List<String>> named = new HashSet<>();
    private final int longest;

    Organisations(Institutions.Words words, Set<String> places, List<List<Token>> texts) {
        this.words = words;
        this.places = places;
        for (List<Token> t : texts) {
            for (int i = 0; i + 1 < t.size(); i++) {
                if (!t.get(i).isWord() || !words.organisationNouns().contains(t.get(i).lower())) {
                    continue;
                }
                int k = i + 1;
                if (k + 2 < t.size() && t.get(k).is("(") && t.get(k + 2).is(")")) {
                    k += 3;
                }
                List<String> name = new ArrayList<>();
                while (k < t.size() && name.size() < 3 && nameWord(t.get(k))) {
                    name.add(t.get(k).text());
                    k++;
                }
                while (!name.isEmpty() && places.contains(name.get(name.size() - 1)) && name.size() > 1) {
                    named.add(List.copyOf(name));
                    name.remove(name.size() - 1);
                }
                if (!name.isEmpty() && !places.contains(name.get(0))) {
                    named.add(List.copyOf(name));
                }
            }
        }
        this.longest = named.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The organisation the speaker phrase names, or null; {@code person} is the person's name in it (never the organisation's). */
    String of(List<Token> t, List<String> person) {
        List<Token> w = t.stream().filter(Token::isWord).toList();
        if (!w.isEmpty() && words.demonstratives().contains(w.get(w.size() - 1).lower())) {
            return null; // a person met before, described ("Politikus Partai Wetan ini"): theirs is the party given before
        }
        String byKind = byKind(t, person);
        String byName = byKind != null ? byKind : byName(t);
        return byName != null ? byName : affiliated(t, person);
    }

    /** Most lower-case words of a description set off after a name, before its scope word. */
    private static final int DESCRIPTION_WORDS = 5;

    /**
     * The name a description set off after the person's name gives after its scope word, ending the phrase: "Rina Wati,
     * ahli keamanan siber dari Wetan.net" → "Wetan.net", "Budi Santoso, an analyst at the Wetan Institute" → "Wetan
     * Institute" (its article passed over); a
     * place ("Rina, ahli dari Desa Wetan"), a description holding a people noun ("Budi, warga asli dari Wetan"), a description with a capitalised word or more than five words, or a phrase
     * going on after the name is none. Null when the phrase has no such description.
     */
    private String affiliated(List<Token> t, List<String> person) {
        int c = 0;
        while (c < t.size() && !t.get(c).is(",")) {
            c++;
        }
        if (person.isEmpty() || c == 0 || c >= t.size() || !t.get(c - 1).text().equals(person.get(person.size() - 1))) {
            return null;
        }
        int k = c + 1;
        while (k < t.size() && k - c <= DESCRIPTION_WORDS && t.get(k).isWord() && !t.get(k).isCapitalized() && !t.get(k).isNumber()
                && !words.scopeWords().contains(t.get(k).lower())) {
            if (words.people().containsKey(t.get(k).lower())) {
                return null; // "Budi, warga asli dari Wetan": the people noun says whom they speak for (PeopleGroups)
            }
            k++;
        }
        if (k == c + 1 || k - c > DESCRIPTION_WORDS || k >= t.size() || !words.scopeWords().contains(t.get(k).lower())) {
            return null;
        }
        int from = k + 1 < t.size() && !t.get(k + 1).isCapitalized() && words.suffixes().contains(t.get(k + 1).lower()) ? k + 2 : k + 1;
        int to = from;
        while (to < t.size() && to - from < 2 * MAX_WORDS && (nameWord(t.get(to)) || to > from && glued(t, to))) {
            to++;
        }
        if (to == from || to < t.size() && !t.get(to).is(",") || places.contains(t.get(from).text())) {
            return null;
        }
        StringBuilder sb = new StringBuilder(t.get(from).text());
        for (int i = from + 1; i < to; i++) {
            sb.append(t.get(i - 1).end() == t.get(i).start() ? "" : " ").append(t.get(i).text());
        }
        return sb.toString();
    }

    /** Token {@code i} is written against the one before it, a dot with a word against it after ("Wetan.net"). */
    private static boolean glued(List<Token> t, int i) {
        Token x = t.get(i);
        boolean against = t.get(i - 1).end() == x.start();
        return x.is(".") ? against && i + 1 < t.size() && t.get(i + 1).isWord() && x.end() == t.get(i + 1).start()
                : against && x.isWord() && t.get(i - 1).is(".");
    }

    /** A run of capitalised name words holding a word for a kind of organisation, of two words or more. */
    private String byKind(List<Token> t, List<String> person) {
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (!x.isWord() || !x.isCapitalized() || !words.organisationWords().contains(x.lower())) {
                continue;
            }
            if (person.contains(x.text())) {
                // The name read as a person's runs through the organisation's: the person is its last two words, the
                // word after the kind's always the organisation's.
                person = person.subList(Math.min(person.size(), Math.max(person.indexOf(x.text()) + 2, person.size() - 2)), person.size());
            }
            int from = i;
            while (from > 0 && i - from + 1 < MAX_WORDS && nameWord(t.get(from - 1)) && !person.contains(t.get(from - 1).text())) {
                from--;
            }
            int to = i + 1;
            while (to < t.size() && to - from < MAX_WORDS && (nameWord(t.get(to)) || regionAfter(t, to)) && !person.contains(t.get(to).text())) {
                to++;
            }
            if (to - from >= 2) {
                List<Token> run = t.subList(from, to).stream().filter(y -> !words.placeMarkers().contains(y.lower())).toList();
                return join(run, 0, run.size());
            }
        }
        return null;
    }

    /**
     * The longest name the folder writes after an organisation noun, met in the phrase, with the place words after it: the
     * folder said it names an organisation, whether or not the phrase's name was read as a person's.
     */
    private String byName(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            for (int n = Math.min(longest, t.size() - i); n >= 1; n--) {
                List<String> w = new ArrayList<>();
                t.subList(i, i + n).forEach(x -> w.add(x.text()));
                if (named.contains(w) && (i + n >= t.size() || !nameWord(t.get(i + n)) || places.contains(t.get(i + n).text()))) {
                    int to = i + n;
                    while (to < t.size() && to - i < MAX_WORDS && t.get(to).isWord() && places.contains(t.get(to).text())) {
                        to++;
                    }
                    return join(t, i, to);
                }
            }
        }
        return null;
    }

    /**
     * Token {@code i} is a place marker with a place of the folder right after it: the body's region goes on its name
     * ("Dinas Sosial Kabupaten Wetan" → "Dinas Sosial Wetan", the marker dropped).
     */
    private boolean regionAfter(List<Token> t, int i) {
        return t.get(i).isWord() && t.get(i).isCapitalized() && words.placeMarkers().contains(t.get(i).lower())
                && i + 1 < t.size() && places.contains(t.get(i + 1).text());
    }

    /** A capitalised word that may be part of a name: no title, role, legal form or place marker, no number. */
    private boolean nameWord(Token x) {
        return nameWord(x, words);
    }

    /** As {@link #nameWord(Token)}, by the rules' {@code words}; also for {@link Appositions#politicians}. */
    static boolean nameWord(Token x, Institutions.Words words) {
        return x.isWord() && x.isCapitalized() && !x.isNumber() && !words.titles().contains(x.lower())
                && !words.roles().contains(x.lower()) && !words.suffixes().contains(x.lower())
                && !words.placeMarkers().contains(x.lower());
    }

    private static String join(List<Token> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(sb.isEmpty() ? "" : " ").append(t.get(i).text());
        }
        return sb.toString();
    }
}
