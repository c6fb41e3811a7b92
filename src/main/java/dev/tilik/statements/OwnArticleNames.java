package dev.tilik.statements;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A name met again in its own article is the person that article named in full (any story), whatever the folder gave
 * the name: "tegas Agus" after "Panglima TNI Jenderal Agus Subiyanto membantah …" speaks for whom Agus Subiyanto speaks
 * for, though another article quotes "Seorang warga bernama Agus". After {@link Carrying}: a short name the article's
 * speakers write in one fuller name only, whose statements there speak for one party, takes that party when the folder
 * gave it none, or when either is a group of people ("warga"): a group the article reads for the person is what it says
 * of them, and one met under the name elsewhere is someone else. Between two institutions the folder's carrying stands
 * (it refines a body across articles); one two fuller names hold, or none, keeps what the folder gave it. Pure but for the map it completes.
 */
final class OwnArticleNames {
    private OwnArticleNames() {
    }

    /**
     * In {@code party}, each short-named statement to the party of the one fuller name its own article writes holding it,
     * as the class says.
     *
     * @param group a party naming a group of people, no institution (rules {@code people}: "warga", "warga Wetan")
     */
    static void carry(List<ArticleStatements> articles, Map<Statement, List<String>> name, Map<Statement, String> party,
                      Predicate<String> group) {
        for (ArticleStatements a : articles) {
            Set<List<String>> written = new HashSet<>();
            a.statements().forEach(s -> {
                List<String> n = name.get(s);
                if (n != null && n.size() >= 2) {
                    written.add(n);
                }
            });
            for (Statement s : a.statements()) {
                List<String> n = name.get(s);
                if (n == null || n.isEmpty() || written.contains(n)) {
                    continue;
                }
                List<List<String>> holding = written.stream().filter(f -> f.size() > n.size() && f.containsAll(n)).toList();
                if (holding.size() != 1) {
                    continue;
                }
                Set<String> theirs = new HashSet<>();
                a.statements().stream().filter(o -> holding.get(0).equals(name.get(o))).forEach(o -> theirs.add(party.get(o)));
                String p = party.get(s);
                String own = theirs.size() == 1 ? theirs.iterator().next() : null;
                if (own != null && (p == null || group.test(p) || group.test(own))) {
                    party.put(s, own);
                }
            }
        }
    }
}
