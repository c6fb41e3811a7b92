package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.rules.StanceRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns two sides of voices into a finding: evidence ordered so that the first item of each side
 * is its clearest statement (see {@link Lead}), then the rest in reading order; the id derived
 * from the cluster's identity.
 */
final class Sides {
    private Sides() {
    }

    /** The voices of one side, most telling first, then in reading order; duplicates removed. */
    static List<Voice> ordered(List<Voice> side, Names names) {
        List<Voice> out = new ArrayList<>(side.stream().distinct().sorted(Voice::byPosition).toList());
        Voice lead = null;
        for (Voice v : out) {
            if (lead == null || Lead.compare(v, lead, names) > 0) {
                lead = v;
            }
        }
        if (lead != null) {
            out.remove(lead);
            out.add(0, lead);
        }
        return out;
    }

    /**
     * A finding that stands for a cluster (every statement of a party taking one stance on a
     * topic, …): its id comes from {@code identity}, what the detector grouped by, so the id
     * stays when the cluster gains or loses a statement.
     */
    static Finding clustered(List<String> identity, FindingType type, Severity severity, String ruleId, String topic,
                             String title, String explanation, List<Voice> side0, List<Voice> side1) {
        String id = FindingIds.ofCluster(type, identity);
        List<Evidence> evidence = new ArrayList<>();
        side0.forEach(v -> evidence.add(v.evidence(0)));
        side1.forEach(v -> evidence.add(v.evidence(1)));
        return new Finding(id, type, severity, rule(ruleId), topic, title, explanation, evidence);
    }

    /**
     * What tells two stance rules of one type apart in a finding id, without their ids (renaming a
     * rule keeps the notes): the first stance of each side, "deny>assert", "deny>hedge".
     */
    static String stancesKey(StanceRule r) {
        return r.sides().get(0).get(0).id() + ">" + r.sides().get(1).get(0).id();
    }

    static String rule(String id) {
        return "findings.json#" + id;
    }
}
