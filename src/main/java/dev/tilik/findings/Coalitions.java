package dev.tilik.findings;

import dev.tilik.statements.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parties that speak jointly on a topic ("ROK+US": Seoul and its ally) count as one side on that
 * topic: union-find over the parties named together. A statement with no party is its own
 * coalition, keyed by its speaker.
 */
final class Coalitions {
    private final Map<String, String> parent = new HashMap<>();

    /** Party ids a statement speaks for: "ROK+US" → [ROK, US]; no party → [speaker:&lt;name&gt;]. */
    static List<String> members(Statement s) {
        if (s.party() == null || s.party().isBlank()) {
            return List.of("speaker:" + Normal.text(s.speaker()));
        }
        if (s.party().indexOf('+') < 0) { // one party, the common case: no split, no stream (asked per voice, often)
            return List.of(s.party().strip());
        }
        return Arrays.stream(s.party().split("\\+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    void add(Statement s) {
        List<String> m = members(s);
        for (String p : m) {
            parent.putIfAbsent(p, p);
        }
        for (int i = 1; i < m.size(); i++) {
            union(m.get(0), m.get(i));
        }
    }

    /** The coalition key of a statement: the smallest party id of its component. */
    String of(Statement s) {
        return find(members(s).get(0));
    }

    private String find(String p) {
        String root = p;
        while (!parent.getOrDefault(root, root).equals(root)) {
            root = parent.get(root);
        }
        String cur = p;
        while (!cur.equals(root)) {
            String next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }
}
