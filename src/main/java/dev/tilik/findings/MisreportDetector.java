package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Outlets disagreeing about what one speaker said: one article reports the person denying, another
 * reports the same person declining to deny (a hedge or a refusal to comment) on the same
 * proposition. One of the reports is wrong, whatever the truth of the claim. The speaker is the
 * person named ({@link Persons}).
 * Statements of one article never make a misreport (an article saying a speaker changed position
 * reports a change, not a mistake). Declares its own rule id, {@link #RULE}.
 */
final class MisreportDetector implements Detector {
    static final String RULE = "misreport";
    private static final String WHY = "Outlets disagree about what the speaker said, not about the facts: a denial and a "
            + "refusal to deny cannot both be the same statement. Check the speaker's own words (a transcript, the "
            + "original wire copy) before quoting either report.";

    @Override
    public List<Finding> detect(Story story) {
        List<Finding> out = new ArrayList<>();
        for (String topic : story.topicGroups()) {
            Map<String, List<Voice>> denials = new TreeMap<>();
            Map<String, List<Voice>> declines = new TreeMap<>();
            for (Voice v : story.bodyVoicesOn(topic)) {
                String person = story.persons().of(v);
                if (person == null) {
                    continue;
                }
                Stance s = v.statement().stance();
                if (s == Stance.DENY) {
                    denials.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
                } else if (s == Stance.HEDGE || s == Stance.NO_COMMENT) {
                    declines.computeIfAbsent(person, k -> new ArrayList<>()).add(v);
                }
            }
            StanceText text = new StanceText(story.names(), story.rules().topicLabel(topic));
            denials.forEach((person, denied) -> {
                List<Voice> declined = declines.get(person);
                if (declined == null || !inOtherArticles(denied, declined)) {
                    return;
                }
                List<Voice> side0 = Sides.ordered(denied, story.names());
                List<Voice> side1 = Sides.ordered(declined, story.names());
                String title = person + ": reported as denying and as declining to deny (" + story.rules().topicLabel(topic) + ")";
                out.add(Sides.clustered(List.of(RULE, topic, person), FindingType.MISREPORT, Severity.HIGH, RULE, topic,
                        title, text.explanation(side0, side1, dev.tilik.rules.Relation.SAME_PARTY, WHY), side0, side1));
            });
        }
        return out;
    }

    private static boolean inOtherArticles(List<Voice> a, List<Voice> b) {
        Set<String> files = new HashSet<>();
        a.forEach(v -> files.add(v.fileName()));
        return b.stream().anyMatch(v -> !files.contains(v.fileName()) || files.size() > 1);
    }
}
