package dev.tilik.statements;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The apposition pass of {@link Institutions}: the offices the folder's text gives people, attributed or not, read
 * for the carrying pass.
 */
final class Appositions {
    private final Institutions in;
    private final Institutions.Words words;
    private final PeopleGroups people;
    private final Offices heads;

    Appositions(Institutions in, Institutions.Words words, PeopleGroups people, Offices heads) {
        this.in = in;
        this.words = words;
        this.people = people;
        this.heads = heads;
    }

    /**
     * The offices the folder's text gives people: by apposition ({@link #of}) and in the narration ({@link #narrated}).
     *
     * @param appositions the offices given by apposition, by the name's words
     * @param narrated    the offices the narration gives after a role word, by the name's words
     */
    record Given(Map<Set<String>, String> appositions, Map<Set<String>, String> narrated) {
    }

    /**
     * Both passes over the folder's {@code texts}. Each text is read on its own, so the texts are read on every core; what
     * they give is met in folder order after, and a name given two offices, in one text or in two, keeps none: the same
     * whichever thread read which text.
     */
    Given given(List<List<Token>> texts) {
        List<Found[]> read = java.util.stream.IntStream.range(0, texts.size()).parallel().mapToObj(k -> {
            Found apposed = new Found();
            of(List.of(texts.get(k)), apposed.offices(), apposed.clash());
            Found narrated = new Found();
            narrated(List.of(texts.get(k)), narrated.offices(), narrated.clash());
            return new Found[] {apposed, narrated};
        }).toList();
        Found appositions = new Found();
        Found narrated = new Found();
        for (Found[] f : read) {
            appositions.add(f[0]);
            narrated.add(f[1]);
        }
        return new Given(appositions.kept(), narrated.kept());
    }

    /** The offices names are given, by the name's words, and the names given two. */
    private record Found(Map<Set<String>, String> offices, Set<Set<String>> clash) {
        Found() {
            this(new HashMap<>(), new HashSet<>());
        }

        /** What {@code other} found, met after what this holds. */
        void add(Found other) {
            other.offices.forEach((key, body) -> given(offices, clash, key, body));
            clash.addAll(other.clash);
        }

        /** The offices of the names given one. */
        Map<Set<String>, String> kept() {
            clash.forEach(offices::remove);
            return offices;
        }
    }

    /**
     * The offices the folder's text gives people by apposition, attributed or not: a head title, its
     * region and a name of two words or more right after ("Gubernur Jawa Kulon Dedi Mulyana memutuskan
     * …" → Dedi Mulyana: Pemprov Jawa Kulon), into {@code out}; a name given two such offices goes into {@code clash}.
     */
    private void of(List<List<Token>> texts, Map<Set<String>, String> out, Set<Set<String>> clash) {
        for (List<Token> t : texts) {
            for (int i = 0; i < t.size(); i++) {
                PeopleGroups.Group group = people.apposition(t, i, in::personName);
                if (group != null) {
                    List<String> person = in.personName(t.subList(i + group.end(), Math.min(t.size(), i + group.end() + 4)));
                    Set<String> key = Set.copyOf(person);
                    if (!group.name().equals(out.getOrDefault(key, group.name()))) {
                        clash.add(key);
                    }
                    out.put(key, group.name());
                    continue;
                }
                PeopleGroups.Group relation = relationAfter(t, i);
                if (relation != null) {
                    given(out, clash, nameBefore(t, i), relation.name());
                    continue;
                }
                int n = heads.titleAt(t, i);
                if (n == 0 || in.scoped(t, i) || !t.get(i).isCapitalized()) {
                    continue;
                }
                List<Token> w = t.subList(i, Math.min(t.size(), i + n + 8));
                w = w.subList(0, in.head(w));
                List<String> person = in.personName(w);
                String body = person.size() < 2 ? "" : heads.bodyAt(w, 0, n, person);
                if (body.isEmpty() || !adjoins(w, n, person, false)) {
                    continue;
                }
                given(out, clash, person, body);
            }
        }
    }

    /** Most tokens a relation set off after a name may take ("kakek dari korban Gamma"). */
    private static final int RELATION_TOKENS = 6;

    /**
     * A comma at {@code i} after a name, then a noun of relation in lower case and whose relation it is, set off by a
     * comma or ending the sentence ("kata Sutrisno, kakek Rina, dalam jumpa pers", "Budi, ayah korban."):
     * the group the name speaks for ("keluarga Gamma"), or null. Set off on both sides only: "Menurut Budi, ayah korban
     * tidak …" goes on with a clause, and the relation is its subject.
     */
    private PeopleGroups.Group relationAfter(List<Token> t, int i) {
        if (!t.get(i).is(",") || i + 2 >= t.size() || nameBefore(t, i).isEmpty()) {
            return null;
        }
        Token noun = t.get(i + 1);
        if (!noun.isWord() || noun.isCapitalized() || !words.relations().contains(noun.lower())) {
            return null;
        }
        List<Token> w = t.subList(i + 1, Math.min(t.size(), i + 1 + RELATION_TOKENS));
        PeopleGroups.Group group = people.of(w);
        if (group == null) {
            return null;
        }
        int after = i + 1 + group.end();
        return after >= t.size() || t.get(after).is(",") || t.get(after).isClauseEnd() ? group : null;
    }

    /** The name that the capitalised words right before token {@code i} spell, all of them; empty when they spell none. */
    private List<String> nameBefore(List<Token> t, int i) {
        int k = i;
        while (k > 0 && i - k < NAME_WORDS && t.get(k - 1).isWord() && t.get(k - 1).isCapitalized() && !t.get(k - 1).isNumber()) {
            k--;
        }
        if (k == i || k > 0 && t.get(k - 1).isWord() && t.get(k - 1).isCapitalized()) {
            return List.of();
        }
        List<String> person = in.personName(t.subList(k, i));
        return person.size() == i - k ? person : List.of();
    }

    /** The person is given {@code body}; a second, other body makes a clash. */
    private static void given(Map<Set<String>, String> out, Set<Set<String>> clash, List<String> person, String body) {
        given(out, clash, Set.copyOf(person), body);
    }

    /** The name {@code key} is given {@code body}; a second, other body makes a clash. */
    private static void given(Map<Set<String>, String> out, Set<Set<String>> clash, Set<String> key, String body) {
        if (!body.equals(out.getOrDefault(key, body))) {
            clash.add(key);
        }
        out.put(key, body);
    }

    /** A state's form alone ("Republik Indonesia", "RI"): where a body is, never the body. */
    private boolean stateForm(String body) {
        return words.stateForms().contains(body.toLowerCase(java.util.Locale.ROOT))
                || java.util.Arrays.stream(body.split(" ")).allMatch(x -> words.suffixes().contains(x.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The offices the narration gives people after a role word ({@link #roleLed}): "Kepala Dinas Perhubungan (Dishub)
     * Wetan, Hendra Wijaya, memimpin …" → Hendra Wijaya: Dishub Wetan. Read apart from {@link #of}: the carrying pass gives
     * one only to a person none of whose statements has an institution. Into {@code out}; a name given two such offices goes
     * into {@code clash}.
     */
    private void narrated(List<List<Token>> texts, Map<Set<String>, String> out, Set<Set<String>> clash) {
        // The narration is read as speaker phrases are, but a body named before another there makes no part of it: what
        // {@link Institutions#institution} finds of that stays here.
        Map<String, String> partOf = new HashMap<>();
        for (List<Token> t : texts) {
            for (int i = 0; i < t.size(); i++) {
                if (heads.titleAt(t, i) > 0 || !roleLed(t, i)) {
                    continue;
                }
                List<Token> w = t.subList(i, Math.min(t.size(), i + 16));
                w = w.subList(0, in.head(w));
                List<String> person = in.personName(w);
                String body = person.size() < 2 || !adjoins(w, 1, person, true) ? null : in.institution(w, null, partOf);
                if (body != null && in.defined(body) && !stateForm(body) && java.util.Arrays.stream(body.split(" ")).noneMatch(person::contains)) {
                    given(out, clash, person, body);
                }
            }
            officesAfterNames(t, out, clash, partOf);
            politicians(t, out, clash);
        }
    }

    /** Most capitalised words of the person's name after a politician's party. */
    private static final int POLITICIAN_NAME_WORDS = 3;

    /**
     * The party a politician noun gives the person named right after it (rules {@code politicianNouns}): "Politikus X
     * Rudi Hartanto", "politisi X Rudi Hartanto mengapresiasi …" → Rudi Hartanto: X. Indonesian writes a politician as
     * the noun, the party's one word (a name or an acronym) and the person's name. The party is no place, role or title;
     * "Partai …" is left to {@link Organisations}, whose name may run on over several words; a description with no name
     * after it ("Politikus X ini") and a name of one word or more than three give none.
     */
    private void politicians(List<Token> t, Map<Set<String>, String> out, Set<Set<String>> clash) {
        for (int i = 0; i + 3 < t.size(); i++) {
            Token noun = t.get(i);
            Token party = t.get(i + 1);
            if (!noun.isWord() || !words.politicianNouns().contains(noun.lower()) || in.scoped(t, i) || !nameWord(party)
                    || words.organisationWords().contains(party.lower()) || heads.isPlace(party.text())) {
                continue;
            }
            int to = i + 2;
            while (to < t.size() && to - i - 2 <= POLITICIAN_NAME_WORDS && nameWord(t.get(to))) {
                to++;
            }
            List<String> person = to - i - 2 < 2 || to - i - 2 > POLITICIAN_NAME_WORDS ? List.of() : in.personName(t.subList(i + 2, to));
            if (person.size() >= 2 && !person.contains(party.text())) {
                given(out, clash, person, party.text());
            }
        }
    }

    private boolean nameWord(Token x) {
        return Organisations.nameWord(x, words);
    }

    /** Most capitalised words of a name an office is set off after. */
    private static final int NAME_WORDS = 4;
    /** Most tokens of an office set off after a name. */
    private static final int OFFICE_TOKENS = 16;

    /**
     * The offices set off after a name by a comma, opening with a role word in either case: "Rina Wati, Ketua LKSP, …",
     * "Budi Santoso, spokesman for the Regional Disaster Agency (BPBD), said …" → the body the office names, when the
     * folder defines it (so "Rina Wati" named again, or quoted with no office, speaks for it).
     */
    private void officesAfterNames(List<Token> t, Map<Set<String>, String> out, Set<Set<String>> clash, Map<String, String> partOf) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).isWord() || !t.get(i).isCapitalized() || i > 0 && t.get(i - 1).isWord() && t.get(i - 1).isCapitalized()) {
                continue;
            }
            int c = i;
            while (c < t.size() && c - i < NAME_WORDS && t.get(c).isWord() && t.get(c).isCapitalized()) {
                c++;
            }
            int o = c + 1 < t.size() && article(t.get(c + 1)) ? c + 2 : c + 1; // "Rina Wati, the head of BPBD Wetan"
            if (c - i < 2 || o >= t.size() || !t.get(c).is(",") || !t.get(o).isWord()
                    || !words.roles().contains(t.get(o).lower()) || in.scoped(t, o)) {
                continue;
            }
            List<String> person = in.personName(t.subList(i, c));
            if (person.size() < 2) {
                continue;
            }
            int end = o;
            while (end < t.size() && end - c <= OFFICE_TOKENS && !t.get(end).isClauseEnd() && !t.get(end).isQuote()
                    && !t.get(end).is(",")) {
                end++;
            }
            String body = in.institution(t.subList(served(t, o, end), end), null, partOf);
            if (body != null && in.defined(body) && !stateForm(body) && java.util.Arrays.stream(body.split(" ")).noneMatch(person::contains)) {
                given(out, clash, person, body);
            }
        }
    }

    /** An article a body's name can open with and that changes no body ("the"; rules {@code institutionSuffixes}), in lower case. */
    private boolean article(Token x) {
        return x.isWord() && !x.isCapitalized() && words.suffixes().contains(x.lower());
    }

    /**
     * Where the body an office set off after a name serves begins: after its role words and the scope word right after
     * them, an article passed over ("spokesman for the Wetan Disaster Agency (WDA)" → the agency): a scope word after a
     * role says whom the role serves, not where the speaker was. {@code from} when the office has no such word.
     */
    private int served(List<Token> t, int from, int end) {
        int k = from;
        while (k < end && t.get(k).isWord() && (words.roles().contains(t.get(k).lower()) || in.roleArea(t, k))) {
            k++;
        }
        if (k == from || k >= end) {
            return from;
        }
        if (groupBeforeBody(t, k, end)) {
            return k + 1;
        }
        if (t.get(k).isCapitalized() || !words.scopeWords().contains(t.get(k).lower())) {
            return from;
        }
        k++;
        return k < end && article(t.get(k)) ? k + 1 : k;
    }

    /**
     * Token {@code k}, right after an office's role words, is one lower-case noun of the group the person leads, with the
     * body's capitalised name right after it ("Budi Santoso, koordinator tim TRS, …", "ketua regu Basarda"): the body is
     * what follows it. Never a scope word (a place or whom the role serves, read by {@link #served}), a connective or a
     * number.
     */
    private boolean groupBeforeBody(List<Token> t, int k, int end) {
        Token x = t.get(k);
        return k + 1 < end && x.isWord() && !x.isCapitalized() && !x.isNumber() && !words.scopeWords().contains(x.lower())
                && !words.connectives().contains(x.lower()) && t.get(k + 1).isWord() && t.get(k + 1).isCapitalized();
    }

    /**
     * A role word opening a run of capitalised words, outside any scope ("Kepala Dinas Kesehatan Wetan, Rina Wulandari,
     * menyebut …", "Komandan Pangkalan Wetan Kolonel Budi Santoso memimpin …"): the office the text gives the person named
     * at its end, read as a speaker phrase would be; only a body the folder defines counts (never a state's form, a
     * rank's corps or a desk the text names once).
     */
    private boolean roleLed(List<Token> t, int i) {
        Token x = t.get(i);
        return x.isWord() && x.isCapitalized() && words.roles().contains(x.lower()) && !in.scoped(t, i)
                && (i == 0 || !(t.get(i - 1).isWord() && t.get(i - 1).isCapitalized()));
    }

    /**
     * The person's name follows the title and its region with nothing but capitalised words and a comma or parenthesis
     * between; after a role ({@code roles}) also role words, connectives, a closing parenthesis and a lower-case honorific
     * of two letters ("dr").
     */
    private boolean adjoins(List<Token> w, int from, List<String> person, boolean roles) {
        for (int k = from; k < w.size(); k++) {
            Token x = w.get(k);
            if (x.isWord() && x.text().equals(person.get(0))) {
                return true;
            }
            boolean between = x.is(",") || x.is("(") || x.isWord() && x.isCapitalized() && (roles || !words.roles().contains(x.lower()))
                    || roles && (x.is(")") || x.isWord() && (words.connectives().contains(x.lower()) || x.text().length() <= 2));
            if (!between) {
                return false;
            }
        }
        return false;
    }
}
