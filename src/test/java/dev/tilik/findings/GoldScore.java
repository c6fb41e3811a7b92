package dev.tilik.findings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.statements.ArticleStatements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores findings against a gold file's {@code must} and {@code should_not}, side-aware: a must
 * is met by a finding of its kind with evidence in every group (two groups: on opposite sides); a should_not is violated by a
 * contradiction (not of an excepted type) that sets evidence of its first group AGAINST evidence
 * of its second (opposite sides). Evidence on one side agrees, so it violates nothing.
 */
record GoldScore(List<String> met, List<String> missed, List<String> violated, int contradictions,
                 int contradictionsMeetingMust, Map<String, Integer> flagsPerArticle) {

    double precision() {
        return contradictions == 0 ? 1.0 : (double) contradictionsMeetingMust / contradictions;
    }

    double recall() {
        int all = met.size() + missed.size();
        return all == 0 ? 1.0 : (double) met.size() / all;
    }

    static GoldScore of(JsonNode gold, List<ArticleStatements> articles, List<Finding> findings) {
        Map<String, String[]> statements = new HashMap<>();
        gold.get("articles").fields().forEachRemaining(e -> e.getValue().path("statements").forEach(
                s -> statements.put(s.get("id").asText(), new String[] {e.getKey(), s.get("match").asText()})));
        Map<String, ArticleStatements> byFile = new HashMap<>();
        articles.forEach(a -> byFile.put(a.fileName(), a));
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<Finding> meeting = new ArrayList<>();
        for (JsonNode m : gold.path("must")) {
            List<Finding> ok = findings.stream().filter(f -> f.type().id().equals(m.get("kind").asText()))
                    .filter(f -> m.get("between").size() == 2
                            ? opposes(f, m.get("between").get(0), m.get("between").get(1), statements, byFile)
                            : allGroups(m.get("between"), f, statements, byFile)).toList();
            (ok.isEmpty() ? missed : met).add(m.get("id").asText());
            meeting.addAll(ok);
        }
        List<String> violated = new ArrayList<>();
        for (JsonNode n : gold.path("should_not")) {
            List<String> except = new ArrayList<>();
            n.path("except_types").forEach(t -> except.add(t.asText()));
            boolean bad = findings.stream().filter(Finding::isContradiction)
                    .filter(f -> !except.contains(f.type().id()))
                    .anyMatch(f -> opposes(f, n.get("between").get(0), n.get("between").get(1), statements, byFile));
            if (bad) {
                violated.add(n.get("id").asText());
            }
        }
        gold.get("articles").fields().forEachRemaining(e -> e.getValue().path("dates").forEach(d -> {
            String text = d.get("text").asText();
            boolean flagged = findings.stream().filter(f -> f.type() == FindingType.WEEKDAY_DATE)
                    .flatMap(f -> f.evidence().stream())
                    .anyMatch(ev -> ev.fileName().equals(e.getKey()) && byFile.containsKey(e.getKey())
                            && collapse(ev.span().coveredText(byFile.get(e.getKey()).document().text())).equals(collapse(text)));
            if (d.path("weekday_ok").asBoolean(true) && flagged) {
                violated.add("date " + e.getKey() + ":" + text);
            }
        }));
        List<Finding> contradictions = findings.stream().filter(Finding::isContradiction).toList();
        Map<String, Integer> flags = new TreeMap<>();
        articles.forEach(a -> flags.put(a.fileName(), 0));
        contradictions.forEach(f -> f.evidence().stream().map(Evidence::fileName).distinct()
                .forEach(file -> flags.merge(file, 1, Integer::sum)));
        int good = (int) contradictions.stream().filter(meeting::contains).count();
        return new GoldScore(met, missed, violated, contradictions.size(), good, flags);
    }

    private static boolean allGroups(JsonNode between, Finding f, Map<String, String[]> st, Map<String, ArticleStatements> a) {
        for (JsonNode group : between) {
            if (f.evidence().stream().noneMatch(e -> matchesAny(e, group, st, a))) {
                return false;
            }
        }
        return true;
    }

    private static boolean opposes(Finding f, JsonNode g1, JsonNode g2, Map<String, String[]> st,
                                   Map<String, ArticleStatements> a) {
        for (Evidence x : f.evidence()) {
            for (Evidence y : f.evidence()) {
                if (x != y && x.opposes(y) && matchesAny(x, g1, st, a) && matchesAny(y, g2, st, a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAny(Evidence e, JsonNode group, Map<String, String[]> st, Map<String, ArticleStatements> a) {
        for (JsonNode r : group) {
            String ref = r.asText();
            if (ref.equals("*")) {
                return true;
            }
            ArticleStatements art = a.get(e.fileName());
            if (ref.equals("boilerplate")) {
                if (art != null && art.document().article().touchesBoilerplate(e.sentence())) {
                    return true;
                }
                continue;
            }
            String[] s = st.get(ref);
            if (s != null) {
                if (s[0].equals(e.fileName()) && collapse(e.text()).contains(collapse(s[1]))) {
                    return true;
                }
                continue;
            }
            int colon = ref.indexOf(':');
            if (colon > 0 && ref.substring(0, colon).equals(e.fileName()) && art != null
                    && collapse(e.span().coveredText(art.document().text())).contains(collapse(ref.substring(colon + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
