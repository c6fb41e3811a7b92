package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.rules.AttributionRule;
import java.util.List;

/** Attribution findings: titles and read-aloud explanations. */
final class AttributionText {
    private final Names names;

    AttributionText(Names names) {
        this.names = names;
    }

    Finding words(AttributionRule rule, Story story, List<Voice> a, List<Voice> b) {
        Voice x = a.get(0);
        Voice y = b.get(0);
        String topic = x.topicGroup() != null ? x.topicGroup() : y.topicGroup();
        String title = "Same words, different speakers: " + Names.capitalise(x.statement().speaker()) + " ("
                + x.fileName() + ") vs " + Names.capitalise(y.statement().speaker()) + " (" + y.fileName() + ")";
        String explanation = x.fileName() + " credits " + Names.excerpt(x) + " to " + x.statement().speaker() + " ("
                + names.parties(List.of(x)) + "); " + y.fileName() + " credits nearly the same words, " + Names.excerpt(y)
                + ", to " + y.statement().speaker() + " (" + names.parties(List.of(y)) + "). The same quotation "
                + "cannot have been first said by both: one of the articles has probably credited it to the wrong "
                + "person. Find the original source before quoting either.";
        return Sides.clustered(List.of("words", x.speakerKey(), y.speakerKey()), FindingType.ATTRIBUTION,
                rule.severity(), rule.id(), topic, title, explanation, a, b);
    }

    /**
     * @param written the figure as an article crediting it wrote it ("sekitar 35 kilometer"): a measure's value is
     *                kept in its base unit, so value and unit key alone would read "35,000 kilometer"
     */
    Finding figure(AttributionRule rule, Story story, String topic, List<Voice> a, List<Voice> b, double value,
                   String unit, String written) {
        String key = FigureRange.number(value) + " " + unit;
        String figure = "\u201C" + written + "\u201D";
        String title = "The figure " + figure + " is credited to " + names.parties(a) + " and to " + names.parties(b)
                + " (" + story.rules().topicLabel(topic) + ")";
        String explanation = "On " + story.rules().topicLabel(topic) + ", the same figure, " + figure + ", is credited "
                + "to " + names.speakers(a) + " (" + names.parties(a) + ") in " + names.files(a) + ", e.g. "
                + Names.excerpt(a.get(0)) + ", and to " + names.speakers(b) + " (" + names.parties(b) + ") in "
                + names.files(b) + ", e.g. " + Names.excerpt(b.get(0)) + ". Each article names a different source "
                + "for one figure: one may have credited it to the wrong side, or one side is repeating the other's "
                + "figure. Find who published it first.";
        return Sides.clustered(List.of("figure", String.valueOf(topic), key), FindingType.ATTRIBUTION,
                rule.severity(), rule.id(), topic, title, explanation, a, b);
    }
}
