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
     * The offices the folder's text gives people by apposition, attributed or not: a head title, its
     * region and a name of two words or more right after ("Gubernur Jawa Kulon Dedi Mulyana memutuskan
     * …" → Dedi Mulyana: Pemprov Jawa Kulon). A name given two such offices keeps none.
     */
    Map<Set<String>, String> of(List<List<Token>> texts) {
        Map<Set<String>, String> out = new HashMap<>();
        Set<Set<String>> clash = new HashSet<>();
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
                int n = heads.titleAt(t, i);
                if (n == 0 || in.scoped(t, i) || !t.get(i).isCapitalized()) {
                    continue;
                }
                List<Token> w = t.subList(i, Math.min(t.size(), i + n + 8));
                w = w.subList(0, in.head(w));
                List<String> person = in.personName(w);
                String body = person.size() < 2 ? "" : heads.bodyAt(w, 0, n, person);
                if (body.isEmpty() || !adjoins(w, n, person)) {
                    continue;
                }
                Set<String> key = Set.copyOf(person);
                if (!body.equals(out.getOrDefault(key, body))) {
                    clash.add(key);
                }
                out.put(key, body);
            }
        }
        clash.forEach(out::remove);
        return out;
    }

    /** The person's name follows the title and its region with nothing but capitalised words and a comma or parenthesis between. */
    private boolean adjoins(List<Token> w, int from, List<String> person) {
        for (int k = from; k < w.size(); k++) {
            Token x = w.get(k);
            if (x.isWord() && x.text().equals(person.get(0))) {
                return true;
            }
            boolean between = x.is(",") || x.is("(") || x.isWord() && x.isCapitalized() && !words.roles().contains(x.lower());
            if (!between) {
                return false;
            }
        }
        return false;
    }
}
