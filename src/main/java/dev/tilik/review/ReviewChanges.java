package dev.tilik.review;

import dev.tilik.text.Counted;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How many verdicts, notes and ratings one session changed from another: what the reader says when
 * keys typed ahead of a load ran after a hang-up or were recovered from their journal
 * ({@code 1 verdict and 1 note}).
 */
public record ReviewChanges(int verdicts, int notes, int ratings) {
    public static final ReviewChanges NONE = new ReviewChanges(0, 0, 0);

    /** The changes from {@code before} to {@code after}, finding by finding (a null session holds none). */
    public static ReviewChanges between(ReviewSession before, ReviewSession after) {
        if (after == null) {
            return NONE;
        }
        Set<String> ids = new HashSet<>(after.reviews().keySet());
        if (before != null) {
            ids.addAll(before.reviews().keySet());
        }
        int v = 0;
        int n = 0;
        int r = 0;
        for (String id : ids) {
            v += before == null ? (after.verdict(id) == Verdict.UNREVIEWED ? 0 : 1)
                    : before.verdict(id) == after.verdict(id) ? 0 : 1;
            n += Objects.equals(before == null ? "" : before.note(id), after.note(id))
                    && Objects.equals(before == null ? "" : before.draft(id), after.draft(id)) ? 0 : 1; // a draft is a note typed
            r += Objects.equals(before == null ? null : before.rating(id), after.rating(id)) ? 0 : 1;
        }
        return new ReviewChanges(v, n, r);
    }

    public boolean isEmpty() {
        return verdicts == 0 && notes == 0 && ratings == 0;
    }

    /** {@code 1 verdict}, {@code 2 verdicts and 1 note}, {@code 1 verdict, 1 note and 1 rating}; "no verdict or note" when none. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (verdicts > 0) {
            parts.add(Counted.of(verdicts, "verdict"));
        }
        if (notes > 0) {
            parts.add(Counted.of(notes, "note"));
        }
        if (ratings > 0) {
            parts.add(Counted.of(ratings, "rating"));
        }
        if (parts.isEmpty()) {
            return "no verdict or note";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
