package dev.tilik.findings;

import dev.tilik.rules.Relation;
import java.util.List;

/** Titles and read-aloud explanations for stance findings. */
final class StanceText {
    private final Names names;
    private final String topic;

    StanceText(Names names, String topicLabel) {
        this.names = names;
        this.topic = topicLabel;
    }

    String title(List<Voice> side0, List<Voice> side1, Relation relation) {
        Voice a = side0.get(0);
        Voice b = side1.get(0);
        if (relation == Relation.CROSS_PARTY) {
            return names.parties(side0) + " " + Names.verbs(side0, names.plural(side0)) + ", " + names.parties(side1)
                    + " " + Names.verbs(side1, names.plural(side1)) + " (" + topic + ")";
        }
        String where = relation == Relation.HEADLINE ? "headline vs body of " + a.fileName() + ": " : "";
        return where + names.parties(side0) + ": " + Names.capitalise(a.statement().speaker()) + " "
                + Names.verb(a.statement().stance()) + ", " + Names.capitalise(b.statement().speaker()) + " "
                + Names.verb(b.statement().stance()) + " (" + topic + ")";
    }

    String explanation(List<Voice> side0, List<Voice> side1, Relation relation, String why) {
        StringBuilder sb = new StringBuilder();
        sb.append("On ").append(topic).append(", ");
        sb.append(side(side0, relation == Relation.HEADLINE ? "the headline" : null)).append(". ");
        sb.append(Names.capitalise(side(side1, relation == Relation.HEADLINE ? "the body" : null))).append(". ");
        if (relation == Relation.SAME_PARTY) {
            sb.append(sameParty(side0, side1));
        } else if (relation == Relation.HEADLINE) {
            sb.append("Headline and body of the same article give ").append(names.parties(side0))
                    .append(" different stances. ");
        }
        sb.append(why);
        return sb.toString().strip();
    }

    private String side(List<Voice> voices, String where) {
        StringBuilder sb = new StringBuilder();
        if (where != null) {
            sb.append("in ").append(where).append(", ");
        }
        long articles = voices.stream().map(Voice::fileName).distinct().count();
        sb.append(names.parties(voices)).append(' ').append(Names.verbs(voices, names.plural(voices))).append(": ")
                .append(Names.statements(voices.size())).append(articles > 1 ? " in " + articles + " articles (" : " (")
                .append(names.files(voices)).append("), from ").append(names.speakers(voices)).append(", e.g. ")
                .append(Names.excerpt(voices.get(0)));
        return sb.toString();
    }

    private String sameParty(List<Voice> side0, List<Voice> side1) {
        String party = names.parties(side0);
        boolean oneSpeaker = side0.stream().map(Voice::speakerKey).distinct().count() == 1
                && side1.stream().map(Voice::speakerKey).distinct().count() == 1
                && side0.get(0).speakerKey().equals(side1.get(0).speakerKey());
        if (oneSpeaker) {
            boolean sameArticle = side0.stream().map(Voice::fileName).distinct().count() == 1
                    && side0.get(0).fileName().equals(side1.get(0).fileName());
            return sameArticle
                    ? "It is one speaker, " + Names.capitalise(side0.get(0).statement().speaker()) + ", taking both lines in one article. "
                    : "It is one speaker, " + Names.capitalise(side0.get(0).statement().speaker()) + ", reported with different stances by "
                    + "different articles: one of the reports may misstate what was said. ";
        }
        return "Both sides speak for " + party + ". ";
    }
}
