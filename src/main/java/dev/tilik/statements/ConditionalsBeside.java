package dev.tilik.statements;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * A conditional that points back at what its article told just before it: "Jika benar ada hal seperti yang
 * dibicarakan oleh media internasional, itu pasti tindakan yang sesuai dengan hukum", "If any such transfers took
 * place, they would be lawful". Its own words name only the condition and the defence; what it is about is the claim
 * it answers, told a sentence or two before, so it takes that claim's proposition, where a flat denial of the same
 * thing meets it. Without a story's topic list nothing else put it there.
 *
 * <p>Run after {@link RebuttalsBeside}, changing no proposition (no centroid, no label, no member). A conditional in no
 * proposition of two members or more whose claim points back ({@link ClaimWords.Language#pointsBack}) takes the
 * proposition of the nearest of the {@value #BACK} statements told before it in its own article that is in one of two
 * members or more.
 */
final class ConditionalsBeside {
    /** How many statements before the conditional, in its article, it may point back at. */
    static final int BACK = 3;

    private ConditionalsBeside() {
    }

    /**
     * Places the conditionals no proposition took: {@code groupOf} is changed in place.
     *
     * @param articleOf  statement index → its article's index in the folder
     * @param pointsBack whether statement {@code i}'s claim points back at something told before it
     */
    static void place(List<Statement> all, PropositionGroup[] groupOf, IntFunction<Integer> articleOf,
                      IntPredicate pointsBack) {
        Map<Integer, List<Integer>> told = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            told.computeIfAbsent(articleOf.apply(i), k -> new ArrayList<>()).add(i);
        }
        told.values().forEach(l -> l.sort(Comparator.comparingInt(i -> all.get(i).claim().start())));
        PropositionGroup[] before = groupOf.clone();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).stance() != Stance.CONDITIONAL || placed(before[i]) || !pointsBack.test(i)) {
                continue;
            }
            List<Integer> article = told.get(articleOf.apply(i));
            int at = article.indexOf(i);
            for (int k = at - 1; k >= Math.max(0, at - BACK); k--) {
                int j = article.get(k);
                if (placed(before[j]) && all.get(j).claim().start() < all.get(i).claim().start()) {
                    groupOf[i] = before[j];
                    break;
                }
            }
        }
    }

    private static boolean placed(PropositionGroup g) {
        return g != null && g.members.size() >= 2;
    }
}
