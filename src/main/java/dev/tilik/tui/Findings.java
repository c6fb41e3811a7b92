package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.review.ReviewSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings the reader steps through: those the filter lets through, in the analysis's one order
 * ({@code analysis.FindingOrder}: the shell, {@code check} and the exports number them alike). The
 * finding shown stays among them after a verdict or a note takes it out of the filter, until the
 * user moves on ({@link #outsideFilter}): a fact-checker writes the note that follows the verdict.
 */
public final class Findings {
    /**
     * The last answer of {@link #visible}: one frame or key asks it a dozen times for the same
     * session, filter and finding kept outside the filter ({@code kept}, or null).
     */
    private record Last(ReviewSession session, Filter filter, String kept, List<Finding> visible,
                        Map<String, Integer> position) {
    }

    /** Each finding's place in the analysis's order, for the one session last asked about. */
    private record Numbers(ReviewSession session, Map<String, Integer> number) {
    }

    private static volatile Last last;
    private static volatile Numbers numbers;

    private Findings() {
    }

    public static List<Finding> visible(AppState s) {
        if (s.session() == null) {
            return List.of();
        }
        return memo(s).visible();
    }

    private static Last memo(AppState s) {
        Last memo = last;
        String kept = kept(s);
        if (memo != null && memo.session() == s.session() && memo.filter().equals(s.filter())
                && java.util.Objects.equals(memo.kept(), kept)) {
            return memo;
        }
        List<Finding> out = sorted(s.session(), s.filter(), kept);
        Map<String, Integer> position = new HashMap<>(out.size() * 2);
        for (int i = 0; i < out.size(); i++) {
            position.putIfAbsent(out.get(i).id(), i);
        }
        Last made = new Last(s.session(), s.filter(), kept, out, position);
        last = made;
        return made;
    }

    /** The id of the finding shown when the filter does not let it through, else null. */
    private static String kept(AppState s) {
        String id = s.nav().findingId();
        if (id == null || s.filter().isAll()) {
            return null;
        }
        Optional<Finding> f = s.session().analysis().finding(id);
        return f.isPresent() && !s.filter().matches(f.get(), s.session()) ? id : null;
    }

    /** The findings the filter lets through, and {@code kept}, in the analysis's one order ({@code analysis.FindingOrder}). */
    private static List<Finding> sorted(ReviewSession session, Filter filter, String kept) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : session.findings()) {
            if (f.id().equals(kept) || filter.matches(f, session)) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** Whether the finding shown is there only because it was shown when it left the filter. */
    public static boolean outsideFilter(AppState s) {
        return s.session() != null && kept(s) != null;
    }

    /**
     * The finding's number (1-based) in the analysis's order, the number the shell, {@code check}
     * and the exports give it whatever the filter; 0 when it is not in the analysis.
     */
    public static int number(AppState s, Finding f) {
        Numbers n = numbers;
        if (n == null || n.session() != s.session()) {
            Map<String, Integer> number = new HashMap<>();
            List<Finding> all = s.session().findings();
            for (int i = 0; i < all.size(); i++) {
                number.putIfAbsent(all.get(i).id(), i + 1);
            }
            n = new Numbers(s.session(), number);
            numbers = n;
        }
        return n.number().getOrDefault(f.id(), 0);
    }

    /** The finding shown, if it is still visible under the filter. */
    public static Optional<Finding> current(AppState s) {
        String id = s.nav().findingId();
        if (id == null) {
            return Optional.empty();
        }
        int i = index(s);
        return i < 0 ? Optional.empty() : Optional.of(visible(s).get(i));
    }

    /** Position of the current finding in {@link #visible} (0-based), or -1. */
    public static int index(AppState s) {
        String id = s.nav().findingId();
        if (id == null || s.session() == null) {
            return -1;
        }
        return memo(s).position().getOrDefault(id, -1);
    }

    public static String topicLabel(Finding f) {
        return f.topic() == null ? "(no topic)" : f.topic();
    }
}
