package dev.tilik.tui;

import dev.tilik.statements.ArticleStatements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A search over every article of the folder: the query, where it matches (article and char offset
 * into its original text, in folder order), which match is current, and the finding the reader
 * was on when the search began (Esc goes back to it after the matches took the panes elsewhere).
 *
 * @param returnTo the finding to go back to when the search is cleared, or null
 */
public record Search(String query, List<Hit> hits, int index, String returnTo) {
    /** Most matches kept, so a one-letter query on a big folder stays cheap. */
    static final int MAX_HITS = 10_000;

    /** One match: the article and the offset of its first character. */
    public record Hit(String fileName, int offset) {
        public Hit {
            Objects.requireNonNull(fileName, "fileName");
        }
    }

    public Search {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        index = hits.isEmpty() ? -1 : Math.floorMod(index, hits.size());
    }

    /**
     * Case-insensitive search of {@code query} in every article; the current match, number 1, is the
     * first at or after {@code fromOffset} in {@code fromFile}, else the first in a later article, else
     * the first of all; the matches after it follow in folder order, coming round to those before it.
     */
    public static Search run(String query, List<ArticleStatements> articles, String fromFile, int fromOffset,
                             String returnTo) {
        List<Hit> found = new ArrayList<>();
        int first = -1;
        boolean pastStart = false;
        for (ArticleStatements a : articles) {
            boolean here = a.fileName().equals(fromFile);
            for (int offset : offsets(query, a.document().text(), MAX_HITS - found.size())) {
                if (first < 0 && (here ? offset >= fromOffset : pastStart)) {
                    first = found.size();
                }
                found.add(new Hit(a.fileName(), offset));
            }
            pastStart |= here;
        }
        // numbered from where the reader is: the first Enter lands on match 1, n goes on through the
        // folder and comes round to the matches before it ("2/4" on the first Enter read as one skipped)
        int start = Math.max(0, first);
        List<Hit> fromHere = new ArrayList<>(found.subList(start, found.size()));
        fromHere.addAll(found.subList(0, start));
        return new Search(query, fromHere, 0, returnTo);
    }

    /** How many matches {@code query} has, and in how many articles (for the prompt, while typing). */
    static int[] count(String query, List<ArticleStatements> articles) {
        int matches = 0;
        int in = 0;
        for (ArticleStatements a : articles) {
            int n = offsets(query, a.document().text(), MAX_HITS - matches).size();
            matches += n;
            in += n > 0 ? 1 : 0;
        }
        return new int[] {matches, in};
    }

    private static List<Integer> offsets(String query, String text, int limit) {
        List<Integer> out = new ArrayList<>();
        int n = query.length();
        if (n == 0) {
            return out;
        }
        for (int i = 0; i + n <= text.length() && out.size() < limit; i++) {
            if (text.regionMatches(true, i, query, 0, n)) {
                out.add(i);
            }
        }
        return out;
    }

    public Search step(int delta) {
        return hits.isEmpty() ? this : new Search(query, hits, index + delta, returnTo);
    }

    /** The current match, or null when there is none. */
    public Hit current() {
        return index < 0 ? null : hits.get(index);
    }

    /** The articles with a match, in the order of the matches. */
    public List<String> files() {
        Set<String> out = new LinkedHashSet<>();
        hits.forEach(h -> out.add(h.fileName()));
        return List.copyOf(out);
    }

    /** Sorted offsets of the matches in {@code fileName} (for drawing one pane). */
    public List<Integer> offsetsIn(String fileName) {
        List<Integer> out = new ArrayList<>();
        for (Hit h : hits) {
            if (h.fileName().equals(fileName)) {
                out.add(h.offset());
            }
        }
        return out;
    }

    /** True when {@code offset} lies inside one of the matches starting at {@code sortedOffsets}. */
    public boolean covers(List<Integer> sortedOffsets, int offset) {
        int i = Collections.binarySearch(sortedOffsets, offset);
        int start = i >= 0 ? sortedOffsets.get(i) : (-i - 2 >= 0 ? sortedOffsets.get(-i - 2) : -1);
        return start >= 0 && offset < start + query.length();
    }

    /** True when {@code offset} in {@code fileName} lies inside the current match. */
    public boolean isCurrent(String fileName, int offset) {
        Hit c = current();
        return c != null && c.fileName().equals(fileName) && offset >= c.offset() && offset < c.offset() + query.length();
    }

    /** "match 3/17 in 005_suara.txt · 17 in 5 articles" for the status bar. */
    public String describe() {
        Hit c = current();
        if (c == null) {
            return "no match for \"" + query + "\"";
        }
        int articles = files().size();
        return "match " + (index + 1) + "/" + hits.size() + " in " + c.fileName()
                + (articles > 1 ? " \u00B7 " + articles + " articles" : "") + " (n/N, Esc)";
    }
}
