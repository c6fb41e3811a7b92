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
 * contradicts nobody and is never paired). One finding per (topic, party, stance). A corroboration needs two reports:
 * an article carrying another's report ({@link CarriedReports}: "seperti dilansir dari …") is that report again.
 */
final class ReportDetector implements Detector {

    /** Reads no persons: runs while they are made. */
    @Override
    public boolean readsPersons() {
        return false;
    }

    @Override
    public List<Finding> detect(Story story) {
        List<Finding> out = new ArrayList<>();
        ReportRule corroboration = story.rules().corroboration();
        ReportRule noComment = story.rules().noComment();
        Map<String, String> origin = corroboration == null ? Map.of() : story.carried().origins(story.articles());
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
                    && reports(bucket, origin) > 1) {
                out.add(corroboration(story, corroboration, bucket, origin));
            }
        }
        return out;
    }

    private static Finding noComment(Story story, ReportRule rule, List<Voice> bucket) {
        Names names = story.names();
        List<Voice> voices = Sides.ordered(bucket, names);
        String topic = story.rules().topicLabel(voices.get(0).topicGroup());
        String party = names.parties(voices);
        String verb = Names.verb(Stance.NO_COMMENT, names.plural(voices));
        String title = party + " " + verb + " (" + topic + ")";
        // "On no topic, RT 12 neither confirms nor denies" reads as if "no topic" were one: say none was named
        String explanation = (voices.get(0).topicGroup() == null
                ? Names.capitalise(party) + " " + verb + ", on no topic Tilik could name"
                : "On " + topic + ", " + party + " " + verb)
                + ": " + Names.statements(voices.size()) + " (" + names.files(voices) + "), from " + names.speakers(voices)
                + ", e.g. " + Names.excerpt(voices.get(0)) + ". A statement that neither confirms nor denies "
                + "contradicts nobody, so Tilik never sets it against other statements; it is listed so the record "
                + "shows who declined to take a position.";
        return Sides.clustered(identity(voices.get(0)), FindingType.NO_COMMENT, Severity.INFO, rule.id(),
                voices.get(0).topicGroup(), title, explanation, voices, List.of());
    }

    /**
     * What the corroborating articles' outlets say of their independence, when one outlet is all
     * that is named: every article from it (", though all 2 articles are from X, so the reports may
     * not be independent"), or only some naming it (", though one article names X as its outlet and
     * the other names none, so whether the reports are independent is not known"); never "all" of
     * what only one said. Empty when no outlet or several are named.
     */
    static String outletsSaid(List<Voice> bucket, long articles) {
        java.util.Map<String, String> outletOf = new java.util.TreeMap<>();
        for (Voice v : bucket) {
            String source = v.article().document().article().source();
            if (source != null && !source.isBlank()) {
                outletOf.putIfAbsent(v.fileName(), source.strip());
            }
        }
        List<String> outlets = outletOf.values().stream().distinct().toList();
        if (outlets.size() != 1 || articles < 2) {
            return "";
        }
        String outlet = outlets.get(0);
        long named = outletOf.size();
        if (named >= articles) {
            return ", though all " + articles + " articles are from " + outlet + ", so the reports may not be independent";
        }
        long unnamed = articles - named;
        return ", though " + (named == 1 ? "one article names " + outlet + " as its outlet"
                : named + " articles name " + outlet + " as their outlet") + " and "
                + (unnamed == 1 ? "the other names none" : "the other " + unnamed + " name none")
                + ", so whether the reports are independent is not known";
    }

    /** How many reports {@code bucket}'s articles hold: an article carrying another's report is that report. */
    private static long reports(List<Voice> bucket, Map<String, String> origin) {
        return bucket.stream().map(v -> origin.getOrDefault(v.fileName(), v.fileName())).distinct().count();
    }

    /**
     * Which of {@code bucket}'s articles carry another's report, as said after the count: "; 027.txt credits the outlet
     * of 028.txt, so the 3 articles hold 2 reports". Empty when every article is its own report.
     */
    static String carriedSaid(List<Voice> bucket, Map<String, String> origin, long articles, long reports) {
        java.util.Set<String> files = new java.util.TreeSet<>();
        bucket.forEach(v -> files.add(v.fileName()));
        // only a copy of a report the finding cites is said: crediting an article outside it leaves the count as it was
        List<String> carried = files.stream()
                .filter(f -> !origin.getOrDefault(f, f).equals(f) && files.contains(origin.get(f))).toList();
        if (carried.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String f : carried) {
            sb.append(sb.length() == 0 ? "" : " and ").append(f).append(" credits the outlet of ").append(origin.get(f));
        }
        return ". " + sb + " (it carries that report), so the " + articles + " articles hold " + reports + " reports";
    }

    private static Finding corroboration(Story story, ReportRule rule, List<Voice> bucket, Map<String, String> origin) {
        Names names = story.names();
        String firstFile = bucket.stream().map(Voice::fileName).sorted().findFirst().orElseThrow();
        List<Voice> side0 = Sides.ordered(bucket.stream().filter(v -> v.fileName().equals(firstFile)).toList(), names);
        List<Voice> side1 = Sides.ordered(bucket.stream().filter(v -> !v.fileName().equals(firstFile)).toList(), names);
        String topic = story.rules().topicLabel(bucket.get(0).topicGroup());
        String party = names.parties(bucket);
        boolean plural = names.plural(bucket);
        long articles = bucket.stream().map(Voice::fileName).distinct().count();
        long reports = reports(bucket, origin);
        String title = "Corroborated: " + party + " " + Names.verbs(bucket, plural) + " (" + topic + "), "
                + articles + " articles" + (reports < articles ? ", " + reports + " reports" : "");
        String explanation = "On " + topic + ", " + articles + " articles report that " + party + " "
                + Names.verbs(bucket, plural) + ": " + Names.statements(bucket.size()) + " (" + names.files(bucket)
                + "), from " + names.speakers(bucket) + ", e.g. " + Names.excerpt(side0.get(0)) + " and "
                + Names.excerpt(side1.get(0)) + carriedSaid(bucket, origin, articles, reports)
                + ". Reports that agree corroborate each other: this is not a contradiction"
                + outletsSaid(bucket, articles) + ".";
        return Sides.clustered(identity(bucket.get(0)), FindingType.CORROBORATION, Severity.INFO, rule.id(),
                bucket.get(0).topicGroup(), title, explanation, side0, side1);
    }

    /** What a report finding groups by: topic group, coalition, stance. */
    private static List<String> identity(Voice v) {
        return List.of(String.valueOf(v.topicGroup()), v.coalition(), v.statement().stance().name());
    }
}
