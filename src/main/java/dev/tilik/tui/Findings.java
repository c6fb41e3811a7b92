package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.model.Severity;
import dev.tilik.review.ReviewSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings the reader steps through: those the filter lets through, grouped by topic (topics
 * in alphabetical order, findings without a topic last), most severe first within a topic, then in
 * the analysis's order.
 */
public final class Findings {
    /** The last answer of {@link #visible}: one frame or key asks it a dozen times for the same session and filter. */
    private record Last(ReviewSession session, Filter filter, List<Finding> visible, Map<String, Integer> position) {
    }

    private static volatile Last last;

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
        if (memo != null && memo.session() == s.session() && memo.filter().equals(s.filter())) {
            return memo;
        }
        List<Finding> out = sorted(s.session(), s.filter());
        Map<String, Integer> position = new HashMap<>(out.size() * 2);
        for (int i = 0; i < out.size(); i++) {
            position.putIfAbsent(out.get(i).id(), i);
        }
        Last made = new Last(s.session(), s.filter(), out, position);
        last = made;
        return made;
    }

    private static List<Finding> sorted(ReviewSession session, Filter filter) {
        List<Finding> all = session.findings();
        List<Finding> out = new ArrayList<>();
        Map<Finding, Integer> order = new IdentityHashMap<>();
        for (Finding f : all) {
            order.put(f, order.size());
            if (filter.matches(f, session)) {
                out.add(f);
            }
        }
        // Topics in the order of their most pressing finding (the engine's order: contradictions first,
        // then by severity), so the first finding a reader meets is the folder's first contradiction,
        // not whatever topic sorts first by name; within a topic, by severity.
        Map<String, Integer> topicRank = new HashMap<>();
        for (Finding f : out) {
            topicRank.putIfAbsent(topicKey(f), order.get(f));
        }
        out.sort(Comparator.comparingInt((Finding f) -> topicRank.get(topicKey(f)))
                .thenComparing(Finding::severity, Comparator.comparingInt(Severity::ordinal))
                .thenComparingInt(order::get));
        return List.copyOf(out);
    }

    private static String topicKey(Finding f) {
        return f.topic() == null ? "\uffff" : f.topic();
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
