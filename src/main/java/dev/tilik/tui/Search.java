package dev.tilik.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A search in one article: the query, where it matches (char offsets into the article's original
 * text) and which match is current.
 */
public record Search(String query, String fileName, List<Integer> matches, int index) {
    public Search {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(fileName, "fileName");
        matches = List.copyOf(matches);
        index = matches.isEmpty() ? -1 : Math.floorMod(index, matches.size());
    }

    /** Case-insensitive search of {@code query} in {@code text}. */
    public static Search run(String query, String fileName, String text, int from) {
        List<Integer> found = new ArrayList<>();
        int n = query.length();
        if (n > 0) {
            for (int i = 0; i + n <= text.length() && found.size() < 10_000; i++) {
                if (text.regionMatches(true, i, query, 0, n)) {
                    found.add(i);
                }
            }
        }
        int first = 0;
        while (first < found.size() && found.get(first) < from) {
            first++;
        }
        return new Search(query, fileName, found, first >= found.size() ? 0 : first);
    }

    public Search step(int delta) {
        return matches.isEmpty() ? this : new Search(query, fileName, matches, index + delta);
    }

    public int current() {
        return index < 0 ? -1 : matches.get(index);
    }

    public boolean isMatch(int offset) {
        for (int m : matches) {
            if (offset >= m && offset < m + query.length()) {
                return true;
            }
            if (m > offset) {
                break;
            }
        }
        return false;
    }

    public boolean isCurrent(int offset) {
        int c = current();
        return c >= 0 && offset >= c && offset < c + query.length();
    }
}
