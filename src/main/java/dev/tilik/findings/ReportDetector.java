package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.rules.ReportRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Informative findings, never contradictions: corroboration (one party's stance on a topic
 * reported by several articles) and no comment (a party neither confirming nor denying, which
 * contradicts nobody and is never paired). One finding per (topic, party, stance).
 */
final class ReportDetector implements Detector {

    @Override
    public List<Finding> detect(Story story) {
        List<Finding> out = new ArrayList<>();
        ReportRule corroboration = story.rules().corroboration();
        ReportRule noComment = story.rules().noComment();
        Map<String, List<Voice>> buckets = new TreeMap<>();
        for (Voice v : story.voices()) {
            if (!v.headline()) {
                buckets.computeIfAbsent(v.topicGroup() + "\u0001" + v.coalition() + "\u0001" + v.statement().stance(),
                        k -> new ArrayList<>()).add(v);
            }
        }
        for (List<Voice> bucket : buckets.values()) {
            Voice first = bucket.get(0);
            Stance stance = first.statement().stance();
            if (noComment != null && noComment.stances().contains(stance)) {
                out.add(noComment(story, noComment, bucket));
            } else if (corroboration != null && first.topicGroup() != null && corroboration.stances().contains(stance)
                    && bucket.stream().map(Voice::fileName).distinct().count() > 1) {
                out.add(corroboration(story, corroboration, bucket));
            }
        }
        return out;
    }

    private static Finding noComment(Story story, ReportRule rule, List<Voice> bucket) {
        Names names = story.names();
        List<Voice> voices = Sides.ordered(bucket, names);
        String topic = story.rules().topicLabel(voices.get(0).topicGroup());
        String party = names.parties(voices);
        String title = party + " " + Names.verb(Stance.NO_COMMENT, names.plural(voices)) + " (" + topic + ")";
        String explanation = "On " + topic + ", " + party + " " + Names.verb(Stance.NO_COMMENT, names.plural(voices))
                + ": " + Names.statements(voices.size()) + " (" + names.files(voices) + "), from " + names.speakers(voices)
                + ", e.g. " + Names.excerpt(voices.get(0)) + ". A statement that neither confirms nor denies "
                + "contradicts nobody, so Tilik never sets it against other statements; it is listed so the record "
                + "shows who declined to take a position.";
        return Sides.clustered(identity(voices.get(0)), FindingType.NO_COMMENT, Severity.INFO, rule.id(),
                voices.get(0).topicGroup(), title, explanation, voices, List.of());
    }

    private static Finding corroboration(Story story, ReportRule rule, List<Voice> bucket) {
        Names names = story.names();
        String firstFile = bucket.stream().map(Voice::fileName).sorted().findFirst().orElseThrow();
        List<Voice> side0 = Sides.ordered(bucket.stream().filter(v -> v.fileName().equals(firstFile)).toList(), names);
        List<Voice> side1 = Sides.ordered(bucket.stream().filter(v -> !v.fileName().equals(firstFile)).toList(), names);
        String topic = story.rules().topicLabel(bucket.get(0).topicGroup());
        String party = names.parties(bucket);
        boolean plural = names.plural(bucket);
        long articles = bucket.stream().map(Voice::fileName).distinct().count();
        List<String> outlets = bucket.stream().map(v -> v.article().document().article().source())
                .filter(s -> s != null && !s.isBlank()).distinct().sorted().toList();
        String title = "Corroborated: " + party + " " + Names.verbs(bucket, plural) + " (" + topic + "), "
                + articles + " articles";
        String explanation = "On " + topic + ", " + articles + " articles report that " + party + " "
                + Names.verbs(bucket, plural) + ": " + Names.statements(bucket.size()) + " (" + names.files(bucket)
                + "), from " + names.speakers(bucket) + ", e.g. " + Names.excerpt(side0.get(0)) + " and "
                + Names.excerpt(side1.get(0)) + ". Reports that agree corroborate each other: this is not a "
                + "contradiction" + (outlets.size() == 1 && outlets.size() < articles ? ", though all named outlets are "
                + outlets.get(0) + ", so the reports may not be independent." : ".");
        return Sides.clustered(identity(bucket.get(0)), FindingType.CORROBORATION, Severity.INFO, rule.id(),
                bucket.get(0).topicGroup(), title, explanation, side0, side1);
    }

    /** What a report finding groups by: topic group, coalition, stance. */
    private static List<String> identity(Voice v) {
        return List.of(String.valueOf(v.topicGroup()), v.coalition(), v.statement().stance().name());
    }
}
