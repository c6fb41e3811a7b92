package dev.tilik.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The person's name in a speaker phrase, as {@link Institutions} reads it. */
final class PersonNames {
    private final Institutions.Words words;
    private final Acronyms acronyms;
    private final Ministries ministries;
    private final Set<String> places;
    private final Set<String> companies;
    private final Set<String> offices;
    private final Map<String, List<String>> nicknames;

    /** {@code offices} and {@code nicknames} are read as they stand at each call (the nickname pass fills the map later). */
    PersonNames(Institutions.Words words, Acronyms acronyms, Ministries ministries, Set<String> places, Set<String> companies,
                Set<String> offices, Map<String, List<String>> nicknames) {
        this.words = words;
        this.acronyms = acronyms;
        this.ministries = ministries;
        this.places = places;
        this.companies = companies;
        this.offices = offices;
        this.nicknames = nicknames;
    }

    /**
     * The person's name in a speaker phrase: the last run of capitalised words that are no role,
     * title, rank ("Laksamana Pertama"), legal form, acronym, defined institution or place, before any lower-case clause
     * ("Fadjar Djoko Santoso", "Qohar" in "Qohar dalam konferensi pers di kantor Kejaksaan RI"); a run
     * right before a place is an institution and its region ("Puskesmas Wetan"), never a name. A short
     * form the folder gives a person's name ("KDM") is that name.
     */
    List<String> of(List<Token> t) {
        for (Token x : t) {
            if (nicknames.containsKey(x.text())) {
                return nicknames.get(x.text());
            }
        }
        List<String> setOff = setOffAfterOffice(t);
        if (!setOff.isEmpty()) {
            return setOff;
        }
        List<String> best = List.of();
        List<String> run = new ArrayList<>();
        boolean seenCapital = false;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            // A profession's honorific is written in lower case before a name ("Direktur RSUD Wetan, dr Rina"): a role, no break.
            if (x.isWord() && !x.isNumber() && !x.isCapitalized() && seenCapital
                    && !words.connectives().contains(x.lower()) && !words.roles().contains(x.lower()) && !officeLink(t, i)
                    && !Institutions.titleLink(t, i, words)) {
                if (officeSetOff(t, i, run.size())) {
                    return best; // "Rina Wati, Coordinator of the …": the words set off before "of" are an office
                }
                break;
            }
            Optional<Map.Entry<String, Integer>> m = ministries.bodyAt(t, i);
            int role = acronyms.roleAt(t, i);
            boolean nameWord = role == 0 && x.isWord() && !x.isNumber() && x.isCapitalized() && m.isEmpty() && !FolderNames.isAcronym(x)
                    && !words.roles().contains(x.lower()) && !words.titles().contains(x.lower())
                    && !words.suffixes().contains(x.lower()) && !places.contains(x.text()) && !acronyms.isRole(x.text())
                    && !companies.contains(x.text()) && !offices.contains(x.text()) && !ServiceUnits.rankWord(t, i, words.ranks());
            seenCapital |= x.isWord() && x.isCapitalized();
            if (nameWord) {
                run.add(x.text());
            } else {
                // A run right before a place or a body's short form is a body's name ("Puskesmas Wetan", "Kesiswaan SMKN").
                boolean region = x.isWord() && x.isCapitalized() && (places.contains(x.text()) || FolderNames.isAcronym(x) && !Institutions.roman(x));
                if (!run.isEmpty() && !region) {
                    best = List.copyOf(run);
                }
                run.clear();
                if (m.isPresent()) {
                    i += m.get().getValue() - 1;
                } else if (role > 0) {
                    i += role - 1;
                }
            }
        }
        return run.isEmpty() ? best : List.copyOf(run);
    }

    /** Most words of a name set off at the end of a phrase. */
    private static final int NAME_WORDS = 4;

    /**
     * The name set off by a comma at the end of a phrase that opens with an office, whatever lower-case words the office
     * holds ("Kepala Global Wetan Hijau untuk Kampanye Hutan, Rina Wati", "Head of campaigns at Wetan Hijau, Rina
     * Wati"): two to four capitalised words that are no title, role, body or place. Empty when the phrase does not end so.
     */
    private List<String> setOffAfterOffice(List<Token> t) {
        int c = t.size() - 1;
        while (c >= 0 && !t.get(c).is(",")) {
            c--;
        }
        int words = t.size() - c - 1;
        if (c < 1 || words < 2 || words > NAME_WORDS || !t.get(0).isWord() || !this.words.roles().contains(t.get(0).lower())
                && !this.words.titles().contains(t.get(0).lower())) {
            return List.of();
        }
        List<Token> tail = t.subList(c + 1, t.size());
        for (Token x : tail) {
            if (!x.isWord() || !x.isCapitalized()) {
                return List.of();
            }
        }
        List<String> name = new ArrayList<>();
        for (int i = 0; i < tail.size(); i++) {
            Token x = tail.get(i);
            if (ministries.bodyAt(tail, i).isPresent() || acronyms.roleAt(tail, i) > 0 || x.isNumber() || FolderNames.isAcronym(x)
                    || this.words.roles().contains(x.lower()) || this.words.titles().contains(x.lower())
                    || this.words.suffixes().contains(x.lower()) || places.contains(x.text()) || acronyms.isRole(x.text())
                    || companies.contains(x.text()) || offices.contains(x.text())) {
                return List.of();
            }
            name.add(x.text());
        }
        return List.copyOf(name);
    }

    /**
     * Token {@code i} is a place link ("of") right after the {@code run} capitalised words that a comma sets off after a
     * name ("Rina Wati, Coordinator of the Wetan Workers Union"): those words head an office of the name before the comma,
     * whatever role word the rules lack, and are no name themselves.
     */
    private boolean officeSetOff(List<Token> t, int i, int run) {
        int comma = i - run - 1;
        return run > 0 && comma > 0 && words.placeLinks().contains(t.get(i).lower()) && t.get(comma).is(",")
                && t.get(comma - 1).isWord() && t.get(comma - 1).isCapitalized();
    }

    /**
     * Token {@code i} is a place link ("of") right after a title or role word: it joins the office to its body ("Deputy
     * Minister of Wetan, Rina Wati", "Head of BPBD Wetan, Budi"), so the name set off after the body is still the phrase's.
     */
    private boolean officeLink(List<Token> t, int i) {
        if (i == 0 || !words.placeLinks().contains(t.get(i).lower())) {
            return false;
        }
        String before = t.get(i - 1).lower();
        return words.titles().contains(before) || words.roles().contains(before);
    }
}
