package dev.tilik.findings;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns two sides of voices into a finding: evidence ordered so that the first item of each side
 * is its most telling statement (a named speaker rather than a bare party name, a direct quote
 * rather than reported speech), then the rest in reading order; the id derived from content.
 */
final class Sides {
    private Sides() {
    }

    /** The voices of one side, most telling first, then in reading order; duplicates removed. */
    static List<Voice> ordered(List<Voice> side, Names names) {
        List<Voice> out = new ArrayList<>(side.stream().distinct().sorted(Voice::byPosition).toList());
        Voice lead = null;
        for (Voice v : out) {
            if (lead == null || weight(v, names) > weight(lead, names)) {
                lead = v;
            }
        }
        if (lead != null) {
            out.remove(lead);
            out.add(0, lead);
        }
        return out;
    }

    private static int weight(Voice v, Names names) {
        return (names.isBareParty(v.statement().speaker()) ? 0 : 2) + (v.statement().quote() ? 1 : 0);
    }

    /** A finding comparing side 0 against side 1 (side 1 may be empty for one-sided findings). */
    static Finding finding(FindingType type, Severity severity, String ruleId, String topic,
                           String title, String explanation, List<Voice> side0, List<Voice> side1) {
        return finding(type, severity, ruleId, topic, title, explanation, side0, side1, List.of());
    }

    /** As above; {@code extraKeys} (e.g. the figures compared) also go into the id. */
    static Finding finding(FindingType type, Severity severity, String ruleId, String topic, String title,
                           String explanation, List<Voice> side0, List<Voice> side1, List<String> extraKeys) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> keys = new ArrayList<>(extraKeys);
        side0.forEach(v -> {
            evidence.add(v.evidence(0));
            keys.add(v.contentKey());
        });
        side1.forEach(v -> {
            evidence.add(v.evidence(1));
            keys.add(v.contentKey());
        });
        return new Finding(FindingIds.of(type, keys), type, severity, rule(ruleId), topic, title, explanation, evidence);
    }

    static String rule(String id) {
        return "findings.json#" + id;
    }
}
