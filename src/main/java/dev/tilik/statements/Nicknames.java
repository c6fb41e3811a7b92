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
    static Map<String, List<String>> of(List<ArticleStatements> articles, Predicate<Statement> ruleParty, Institutions.Words words,
                                        Acronyms acronyms, Set<String> places, Function<List<Token>, List<String>> personName) {
        Map<String, List<String>> nicknames = new HashMap<>();
        Set<String> nameWords = new HashSet<>();
        for (ArticleStatements a : articles) {
            for (Statement s : a.statements()) {
                if (!ruleParty.test(s)) {
                    nameWords.addAll(personName.apply(Tokens.of(s.speaker(), 0, s.speaker().length())));
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
        return nicknames;
    }
}
