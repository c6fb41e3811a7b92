package dev.tilik.analysis;

import dev.tilik.findings.Finding;
import dev.tilik.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one order of a folder's findings, so "finding 3" is the same finding in the reader, the
 * shell, {@code check} and every export: grouped by topic, the topics in the order of their most
 * pressing finding (the engine's order: contradictions first, then by severity, of one kind the one more articles
 * carry first; the findings without a topic are one group among them); within a topic most severe first; then in the
 * engine's order.
 * {@link Analysis} keeps its findings in this order; applying it again changes nothing.
 */
public final class FindingOrder {
    private static final String NO_TOPIC = "\uffff";

    private FindingOrder() {
    }

    /** {@code findings} (in the engine's order) in the one order. */
    public static List<Finding> of(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        Map<Finding, Integer> engine = new IdentityHashMap<>();
        Map<String, Integer> topicRank = new HashMap<>();
        for (Finding f : findings) {
            engine.put(f, engine.size());
            topicRank.putIfAbsent(topicKey(f), topicRank.size());
        }
        out.sort(Comparator.comparingInt((Finding f) -> topicRank.get(topicKey(f)))
                .thenComparing(Finding::severity, Comparator.comparingInt(Severity::ordinal))
                .thenComparingInt(engine::get));
        return out;
    }

    private static String topicKey(Finding f) {
        return f.topic() == null ? NO_TOPIC : f.topic();
    }
}
