package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** The nickname pass of {@link Institutions}: short forms the folder defines for a speaker's name, never an institution. */
final class Nicknames {
    private Nicknames() {
    }

    /**
     * Speakers' names the folder gives a short form of ("Kang Dedi Mulyana (KDM)"): that form is the person.
     *
     * @param personName the person's name in a speaker phrase ({@link Institutions#personName})
     * @return each short form to the name's words, roles aside
     */
    static Map<String, List<String>> of(List<ArticleStatements> articles, List<List<Token>> texts, Predicate<Statement> ruleParty,
                                        Institutions.Words words, Acronyms acronyms, Set<String> places,
                                        Function<List<Token>, List<String>> personName) {
        Map<String, List<String>> nicknames = new HashMap<>();
        Set<String> nameWords = new HashSet<>();
        Set<List<String>> fullNames = new HashSet<>();
        for (ArticleStatements a : articles) {
            for (Statement s : a.statements()) {
                if (!ruleParty.test(s)) {
                    List<String> name = personName.apply(Tokens.of(s.speaker(), 0, s.speaker().length()));
                    nameWords.addAll(name);
                    if (name.size() >= 2) {
                        fullNames.add(name);
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : acronyms.longForms().entrySet()) {
            String id = e.getKey();
            List<String> rest = new ArrayList<>();
            boolean name = true;
            for (String w : e.getValue().split(" ")) {
                if (words.roles().contains(w.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                name &= nameWords.contains(w) && !places.contains(w) && !words.titles().contains(w.toLowerCase(Locale.ROOT));
                rest.add(w);
            }
            if (name && rest.size() >= 2) {
                nicknames.put(id, List.copyOf(rest));
            }
        }
        called(texts, words, places, fullNames).forEach(nicknames::putIfAbsent);
        return nicknames;
    }

    /**
     * Nicknames the text gives by a word that says so (rules {@code nicknameOpeners}, {@code nicknameClosers}): "Rina
     * Wulandari, yang akrab disapa Ririn", "kata pria yang biasa dipanggil Ririn itu", "Ririn, sapaan akrabnya, …". The
     * nickname is one capitalised word (a role before it aside) that is no title, place or short form; the person is the
     * speaker's name of two words or more the folder knows ({@code fullNames}) written last before it in the article. A
     * nickname given to two people, or already a word of the name, is none.
     */
    static Map<String, List<String>> called(List<List<Token>> texts, Institutions.Words words, Set<String> places,
                                            Set<List<String>> fullNames) {
        Map<String, List<String>> out = new HashMap<>();
        Set<String> clash = new HashSet<>();
        if (fullNames.isEmpty() || words.nicknameOpeners().isEmpty() && words.nicknameClosers().isEmpty()) {
            return out;
        }
        for (List<Token> t : texts) {
            for (int i = 0; i < t.size(); i++) {
                int nick = -1;
                int before = i;
                for (String m : words.nicknameOpeners()) {
                    int n = matches(t, i, m);
                    if (n > 0) {
                        int k = i + n;
                        while (k < t.size() && t.get(k).isWord() && words.roles().contains(t.get(k).lower())) {
                            k++;
                        }
                        boolean one = k < t.size() && (k + 1 >= t.size() || !(t.get(k + 1).isWord() && t.get(k + 1).isCapitalized())
                                && !t.get(k + 1).is("("));
                        nick = one ? k : -1;
                        break;
                    }
                }
                if (nick < 0) {
                    for (String m : words.nicknameClosers()) {
                        if (matches(t, i, m) > 0) {
                            int k = i > 0 && t.get(i - 1).is(",") ? i - 2 : i - 1;
                            boolean one = k >= 0 && (k == 0 || !(t.get(k - 1).isWord() && t.get(k - 1).isCapitalized())
                                    || words.roles().contains(t.get(k - 1).lower()));
                            nick = one ? k : -1;
                            before = k;
                            break;
                        }
                    }
                }
                if (nick < 0) {
                    continue;
                }
                Token x = t.get(nick);
                if (!x.isWord() || x.isNumber() || !x.isCapitalized() || x.text().length() < 2 || FolderNames.isAcronym(x)
                        || words.titles().contains(x.lower()) || words.roles().contains(x.lower()) || places.contains(x.text())) {
                    continue;
                }
                List<String> person = before == i ? adjoining(t, i, words, places, fullNames) : null;
                if (person == null) {
                    person = lastNamed(t, before, fullNames);
                }
                if (person == null || person.contains(x.text())) {
                    continue;
                }
                if (!person.equals(out.getOrDefault(x.text(), person))) {
                    clash.add(x.text());
                }
                out.put(x.text(), person);
            }
        }
        clash.forEach(out::remove);
        return out;
    }

    /**
     * The name written right before an opener, a comma and "yang" (any lower-case words of two letters or more) between:
     * "Bambang Hartono, yang akrab disapa …" → Bambang Hartono; its capitalised words that are no title, role, place or
     * short form, initials aside, or the longest speaker's name the folder knows among them; null unless two or more.
     */
    private static List<String> adjoining(List<Token> t, int at, Institutions.Words words, Set<String> places,
                                          Set<List<String>> fullNames) {
        int k = at - 1;
        while (k >= 0 && (t.get(k).is(",") || t.get(k).isWord() && !t.get(k).isCapitalized() && !t.get(k).isNumber())) {
            k--;
        }
        if (at - k > 4) {
            return null;
        }
        List<String> name = new ArrayList<>();
        for (; k >= 0 && (t.get(k).is(".") || t.get(k).isWord() && t.get(k).isCapitalized()); k--) {
            Token x = t.get(k);
            if (x.is(".") || x.text().length() < 2) {
                continue;
            }
            if (FolderNames.isAcronym(x) || words.titles().contains(x.lower()) || words.roles().contains(x.lower()) || places.contains(x.text())) {
                break;
            }
            name.add(0, x.text());
        }
        List<String> known = null;
        for (List<String> n : fullNames) {
            if (name.containsAll(n) && (known == null || n.size() > known.size())) {
                known = n;
            }
        }
        return known != null ? known : name.size() >= 2 ? List.copyOf(name) : null;
    }

    /** How many tokens the marker's words take at token {@code i}, case aside, or 0. */
    private static int matches(List<Token> t, int i, String marker) {
        String[] w = marker.split(" ");
        if (i + w.length > t.size()) {
            return 0;
        }
        for (int k = 0; k < w.length; k++) {
            if (!t.get(i + k).isWord() || !t.get(i + k).lower().equals(w[k])) {
                return 0;
            }
        }
        return w.length;
    }

    /**
     * The known name written last before token {@code before}: its words in a run of capitalised words, initials and
     * full stops ("Rina W. Wulandari" holds Rina Wulandari); the longest one at that place; null when none is.
     */
    private static List<String> lastNamed(List<Token> t, int before, Set<List<String>> fullNames) {
        for (int p = before - 1; p >= 0; p--) {
            if (!t.get(p).isWord() || !t.get(p).isCapitalized()) {
                continue;
            }
            Set<String> run = new HashSet<>();
            for (int k = p; k < before && (t.get(k).is(".") || t.get(k).isWord() && t.get(k).isCapitalized()); k++) {
                run.add(t.get(k).text());
            }
            String first = t.get(p).text();
            List<String> found = null;
            for (List<String> name : fullNames) {
                if (name.get(0).equals(first) && run.containsAll(name) && (found == null || name.size() > found.size())) {
                    found = name;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
