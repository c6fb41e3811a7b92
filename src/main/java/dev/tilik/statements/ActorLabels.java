package dev.tilik.statements;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * How a proposition met through a name ({@link ActorPropositions}) is shown: the name as its claims write it, in lower
 * case ("regu penolong"), never its words' keys ("regu tolong", roots a fact-checker never reads). The
 * keys stay what the name is matched by; only the label changes, and only where no other topic of the folder is
 * already written so, so the statements sharing a topic are the same ones whichever label they carry.
 */
final class ActorLabels {
    private ActorLabels() {
    }

    /**
     * @param byActor  the statements met through a name, by index, each with the name's keys
     * @param written  how statement {@code i}'s claim writes its name, lower case, or null
     * @param others   every other topic the folder's statements carry
     * @return each name's keys → the form its claims write most (of forms written as often, the first met), for the
     *         names whose form differs from their keys and is no other topic nor another name's form
     */
    static Map<String, String> of(Map<Integer, String> byActor, IntFunction<String> written, Set<String> others) {
        Map<String, Map<String, Integer>> forms = new LinkedHashMap<>();
        byActor.forEach((i, name) -> {
            String form = written.apply(i);
            if (form != null) {
                forms.computeIfAbsent(name, k -> new LinkedHashMap<>()).merge(form, 1, Integer::sum);
            }
        });
        Set<String> used = new HashSet<>(others);
        used.addAll(byActor.values());
        Map<String, String> out = new HashMap<>();
        forms.forEach((name, counts) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            if (!best.equals(name) && used.add(best)) {
                out.put(name, best);
            }
        });
        return out;
    }
}
