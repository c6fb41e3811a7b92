package dev.tilik.findings;

import dev.tilik.rules.Relation;
import dev.tilik.rules.StanceRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A headline giving a party a stance that its own article's body contradicts: headline statements
 * against body statements of the same article, same topic group and same coalition, per the stance
 * rules that name the {@code headline} relation. One finding per (article, rule, topic, party).
 */
final class HeadlineDetector implements Detector {

    @Override
    public List<Finding> detect(Story story) {
        List<StanceRule> rules = story.rules().stanceRules();
        Map<String, List<List<Voice>>> clusters = new TreeMap<>();
        Map<String, StanceRule> ruleOf = new TreeMap<>();
        for (String topic : story.topicGroups()) {
            Map<String, List<Voice>> byArticle = new TreeMap<>();
            story.voicesOn(topic).forEach(v -> byArticle.computeIfAbsent(v.fileName(), k -> new ArrayList<>()).add(v));
            for (List<Voice> voices : byArticle.values()) {
                for (Voice h : voices) {
                    for (Voice b : voices) {
                        if (h.headline() && !b.headline() && b.coalition().equals(h.coalition())) {
                            pair(rules, topic, h, b, clusters, ruleOf);
                        }
                    }
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        clusters.forEach((key, sides) -> {
            StanceRule r = ruleOf.get(key);
            List<Voice> head = Sides.ordered(sides.get(0), story.names());
            List<Voice> body = Sides.ordered(sides.get(1), story.names());
            StanceText text = new StanceText(story.names(), story.rules().topicLabel(head.get(0).topicGroup()));
            String[] k = key.split("\u0001");
            out.add(Sides.clustered(List.of(k[0], Sides.stancesKey(r), k[2], k[3]), r.type(), r.severityFor(Relation.HEADLINE).orElseThrow(), r.id(),
                    head.get(0).topicGroup(), text.title(head, body, Relation.HEADLINE),
                    text.explanation(head, body, Relation.HEADLINE, r.why()), head, body));
        });
        return out;
    }

    private static void pair(List<StanceRule> rules, String topic, Voice h, Voice b, Map<String, List<List<Voice>>> clusters,
                             Map<String, StanceRule> ruleOf) {
        for (StanceRule r : rules) {
            if (r.severityFor(Relation.HEADLINE).isPresent()
                    && r.orientation(h.statement().stance(), b.statement().stance()) >= 0) {
                String key = h.fileName() + "\u0001" + r.id() + "\u0001" + topic + "\u0001" + h.coalition();
                List<List<Voice>> sides = clusters.computeIfAbsent(key, k -> List.of(new ArrayList<>(), new ArrayList<>()));
                sides.get(0).add(h);
                sides.get(1).add(b);
                ruleOf.put(key, r);
                return;
            }
        }
    }
}
