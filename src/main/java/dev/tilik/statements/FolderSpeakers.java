package dev.tilik.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The folder-level speaker pass: a person named without a party in one article ("Wakil Menteri Luar
 * Negeri Kim Jong Gyu") speaks for the party the same name has in the other articles of the folder
 * ("Wakil Menteri Luar Negeri Korut Kim Jong Gyu" → DPRK), when that party is unambiguous (one
 * single party for that name across the folder). Names match whole, or one ending the other ("Jong
 * Gyu" does not make a person; names have two words or more). Two spellings of one body count as one party
 * ("Kabid Humas Polda Jabar" and "Kabid Humas Polda Jawa Barat", the folder's short form of a place and its long
 * form: {@link PartyNames#oneBody}). Pure.
 */
final class FolderSpeakers {
    private FolderSpeakers() {
    }

    /**
     * @param personOf the person's name in a statement's speaker phrase, or null (per the statement's language)
     */
    static List<ArticleStatements> resolve(List<ArticleStatements> articles, Function<Statement, String> personOf) {
        return resolve(articles, personOf, String::equals);
    }

    /**
     * @param personOf the person's name in a statement's speaker phrase, or null (per the statement's language)
     * @param oneBody  whether two parties are one body written two ways; asked only of a name with two parties or more
     */
    static List<ArticleStatements> resolve(List<ArticleStatements> articles, Function<Statement, String> personOf,
                                           BiPredicate<String, String> oneBody) {
        Map<String, Set<String>> partiesByName = new HashMap<>();
        for (ArticleStatements a : articles) {
            for (Statement s : a.statements()) {
                String person = personOf.apply(s);
                if (person != null && s.party() != null && !s.party().isBlank()) {
                    partiesByName.computeIfAbsent(person, k -> new TreeSet<>()).add(s.party());
                }
            }
        }
        if (partiesByName.isEmpty()) {
            return articles;
        }
        List<ArticleStatements> out = new ArrayList<>();
        for (ArticleStatements a : articles) {
            List<Statement> statements = new ArrayList<>();
            boolean changed = false;
            for (Statement s : a.statements()) {
                String party = s.party() == null && !s.outletsOwn() ? partyOf(personOf.apply(s), partiesByName, oneBody) : null;
                statements.add(party == null ? s : s.withParty(party));
                changed |= party != null;
            }
            out.add(changed ? new ArticleStatements(a.document(), statements, a.dates()) : a);
        }
        return out;
    }

    private static String partyOf(String person, Map<String, Set<String>> partiesByName, BiPredicate<String, String> oneBody) {
        if (person == null) {
            return null;
        }
        Set<String> found = new TreeSet<>();
        partiesByName.forEach((name, parties) -> {
            if (name.equals(person) || name.endsWith(" " + person) || person.endsWith(" " + name)) {
                found.addAll(parties);
            }
        });
        if (found.isEmpty()) {
            return null;
        }
        String first = found.iterator().next();
        return found.stream().allMatch(p -> p.equals(first) || oneBody.test(first, p)) ? first : null;
    }

    /**
     * The party given more often than all the others together when every other is it at another level of one body:
     * it with words before or after it ("Mabes TNI" beside "TNI", "BPBD Wetan" beside "BPBD"); else null. Two bodies
     * sharing no such words ("Polda Wetan" and "Kejati Wetan") are two, and no count settles them.
     */
    static String level(Map<String, Integer> found) {
        String main = Carrying.majority(found);
        if (main == null) {
            return null;
        }
        return found.keySet().stream().allMatch(p -> p.equals(main) || levels(main, p)) ? main : null;
    }

    /** One party is the other with words before or after it, whole words only. */
    private static boolean levels(String a, String b) {
        return a.endsWith(" " + b) || b.endsWith(" " + a) || a.startsWith(b + " ") || b.startsWith(a + " ");
    }
}
