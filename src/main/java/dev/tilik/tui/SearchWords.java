package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.text.Counted;
import java.util.Optional;

/**
 * What the reader says while a search's matches are stepped through with no finding shown: there the key that
 * goes to the next finding steps to the next match instead, so the way back to the findings is the key that
 * clears the search (to the finding the search began on) or the one that lists them. The keys are named as the
 * user's key table has them.
 */
final class SearchWords {
    private SearchWords() {
    }

    /** {@code 14 matches in 12 articles}, {@code 1 match in 1 article}, {@code no match}; {@code 10000+} at the cap. */
    static String count(int matches, int articles) {
        return matches == 0 ? "no match" : matches + (matches >= Search.MAX_HITS ? "+" : "")
                + (matches == 1 ? " match" : " matches") + " in " + Counted.of(articles, "article");
    }

    /** The finding clearing the search goes back to: the one it began on, while the filter still shows it. */
    static Optional<Finding> returnTo(AppState s) {
        String id = s.search() == null ? null : s.search().returnTo();
        return id == null ? Optional.empty() : Findings.visible(s).stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * How to reach a finding from the search's matches: {@code Esc goes back to finding 20} or, when the search
     * began on none, {@code l lists the 62 findings}; with the key that steps through the matches after it.
     */
    static String wayBack(AppState s) {
        String matches = " (" + Update.keyOf(s, Mode.SEARCH_RESULTS, Action.NEXT_MATCH) + " steps through the matches)";
        Optional<Finding> back = returnTo(s);
        if (back.isPresent()) {
            return Update.keyOf(s, Mode.SEARCH_RESULTS, Action.BACK) + " goes back to finding "
                    + Findings.number(s, back.get()) + matches;
        }
        int n = Findings.visible(s).size();
        return n == 0 ? "no finding to go to" + matches
                : Update.keyOf(s, Mode.SEARCH_RESULTS, Action.LIST) + " lists the " + Counted.of(n, "finding") + matches;
    }
}
