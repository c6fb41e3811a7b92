package dev.tilik.statements;

import java.util.List;
import java.util.Set;

/**
 * People who speak for no institution, named by the text's own noun (any story; the nouns are language
 * data, rules {@code people}): a resident, a driver, a witness, the victim's family. The speaker phrase
 * "Teman korban, Budi Santoso" speaks for "teman korban", "salah satu warga Desa Wetan" for "warga Desa
 * Wetan", "keluarga Rina, Budi" for "keluarga Rina", "ayah korban" for "keluarga korban", "residents" for
 * "warga". The noun opens the phrase, after lower-case words and titles only ("Juru bicara keluarga",
 * "Seorang satpam", "A resident"); a second such noun right after it qualifies it ("teman korban"); capitalised words
 * right after it are kept when they name a place of the folder or stand before a comma and the person's
 * name ("keluarga Rina, Budi"), or after a noun naming a relation, whose relation it is ("keluarga Rina",
 * "ayah Rina" → "keluarga Rina"); never when they are the person's name itself ("warga Budi"). In running text, a
 * people noun with a name right after it ("sopir bus, Sudira") gives that person the group ({@link #apposition}). Immutable.
 */
final class PeopleGroups {
    /** How many words may open a phrase before its people noun ("salah satu", "Juru bicara", "salah satu anggota tim"). */
    private static final int MAX_BEFORE = 4;
    /** How many capitalised words may follow the noun ("Desa Wetan Kulon"). */
    private static final int MAX_AFTER = 3;

    private final Institutions.Words words;
    private final Set<String> places;

    PeopleGroups(Institutions.Words words, Set<String> places) {
        this.words = words;
        this.places = places;
    }

    /**
     * The group a speaker phrase names, and where the words naming it end (the person's name, if any, comes after).
     *
     * @param name the group ("teman korban")
     * @param end  the index of the first token after the group's words
     */
    record Group(String name, int end) {
    }

    /** The group the speaker phrase names, or null when it names none. */
    Group of(List<Token> t) {
        int seen = 0;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (x.is(",")) {
                // An apposition names the group after a comma ("Budi, warga Desa Wetan"; "Wetan, Juru bicara keluarga").
                seen = 0;
                continue;
            }
            if (!x.isWord()) {
                return null;
            }
            if (seen < 0) {
                continue;
            }
            String group = words.people().get(x.lower());
            if (group != null) {
                return qualified(group, t, i + 1);
            }
            boolean sentenceCase = (i == 0 || t.get(i - 1).is(",")) && i + 1 < t.size() && t.get(i + 1).isWord() && !t.get(i + 1).isCapitalized();
            // A word right before the noun says which of them ("Tim Kurator", "Para Saksi").
            boolean beforeNoun = i + 1 < t.size() && t.get(i + 1).isWord() && words.people().containsKey(t.get(i + 1).lower());
            boolean opener = !x.isCapitalized() || sentenceCase || beforeNoun || words.roles().contains(x.lower())
                    || words.titles().contains(x.lower()) || words.suffixes().contains(x.lower());
            if (!opener || x.isNumber() || ++seen > MAX_BEFORE) {
                seen = -1;
            }
        }
        return null;
    }

    /**
     * A people noun written in lower case at token {@code i} with a name right after it, a comma or a lower-case word
     * of what they do between at most ("sopir bus, Sudira", "warga Desa Wetan, Rina"): the group the name speaks
     * for, its end counted from {@code i} where the name starts; null otherwise, and for a noun qualifying the one
     * before it ("korban" in "teman korban, Akbar": that group is read from its first noun). {@code personName} reads
     * the person's name from the words after it.
     */
    Group apposition(List<Token> t, int i, java.util.function.Function<List<Token>, List<String>> personName) {
        Token x = t.get(i);
        if (!x.isWord() || x.isCapitalized() || !words.people().containsKey(x.lower())
                || i > 0 && t.get(i - 1).isWord() && words.people().containsKey(t.get(i - 1).lower())) {
            return null;
        }
        List<Token> w = t.subList(i, Math.min(t.size(), i + 8));
        Group group = of(w);
        if (group == null) {
            return null;
        }
        int k = group.end();
        if (k < w.size() && w.get(k).isWord() && !w.get(k).isCapitalized() && !words.people().containsKey(w.get(k).lower())
                && !words.connectives().contains(w.get(k).lower())) {
            k++;
        }
        boolean comma = k < w.size() && w.get(k).is(",");
        if (comma) {
            k++;
        }
        // A name right after a noun of relation is whose relation it is ("ayah dari Iwan"): only a comma makes it the speaker's.
        if (k >= w.size() || !w.get(k).isWord() || !w.get(k).isCapitalized() || w.get(k).isNumber()
                || !comma && words.relations().contains(x.lower())) {
            return null;
        }
        List<String> person = personName.apply(w.subList(k, Math.min(w.size(), k + 4)));
        return person.isEmpty() || !person.get(0).equals(w.get(k).text()) ? null : new Group(group.name(), k);
    }

    private Group qualified(String group, List<Token> t, int from) {
        StringBuilder out = new StringBuilder(group);
        int k = from;
        // A headline writes every word capitalised ("Keluarga Korban Ledakan Wetan Bantah …"): there a second noun right
        // after a capitalised first one qualifies it as in running text, and is no one's name.
        boolean titleCase = t.get(from - 1).isCapitalized();
        if (k < t.size() && t.get(k).isWord() && (!t.get(k).isCapitalized() || titleCase) && words.people().containsKey(t.get(k).lower())) {
            out.append(' ').append(t.get(k).lower());
            k++;
        }
        int end = k;
        while (end < t.size() && end - k < MAX_AFTER && t.get(end).isWord() && !t.get(end).isNumber() && t.get(end).isCapitalized()
                && !words.roles().contains(t.get(end).lower())) {
            end++;
        }
        if (end == k) {
            return new Group(out.toString(), k);
        }
        Token first = t.get(k);
        boolean place = places.contains(first.text()) || words.placeMarkers().contains(first.lower());
        boolean beforeName = end + 1 < t.size() && t.get(end).is(",") && t.get(end + 1).isWord() && t.get(end + 1).isCapitalized();
        // In a headline the capitalised words after "Keluarga Korban" are the headline's, not whose family it is.
        boolean whose = words.relations().contains(t.get(from - 1).lower()) && !(titleCase && k > from);
        if (!place && !beforeName && !whose) {
            return new Group(out.toString(), k);
        }
        t.subList(k, end).forEach(x -> out.append(' ').append(x.text()));
        return new Group(out.toString(), end);
    }
}
