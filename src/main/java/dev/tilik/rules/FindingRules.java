package dev.tilik.rules;

import dev.tilik.model.FindingType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes a finding, from {@code rules/findings.json} (shared by all languages). Every section
 * is optional: a missing one turns its findings off. Documented in {@code docs/RULES.md}.
 *
 * @param topicGroups   topics compared as one ("troops": ["troops", "deployment"]); a topic in no
 *                      group is its own group
 * @param topicLabels   how explanations name a topic ("troops": "troops sent to Russia")
 * @param stanceRules   stance pairs that make findings, first match wins
 * @param numeric       figures that disagree, and evolving figures
 * @param weekday       weekdays that do not match their dates
 * @param attribution   the same words or figure credited to different speakers
 * @param corroboration the same stance of one party reported by several articles
 * @param noComment     statements that neither confirm nor deny
 * @param headlineScope a headline dropping the limit its own body puts on a claim
 * @param paraphrase    a paraphrase saying more than the same speaker's quotation in its article
 * @param genericSpeakers words that open a generic, unnamed speaker ("seorang", "salah satu", "a",
 *                      "an unnamed"), in any language: such a speaker never leads a finding's side
 *                      when a named or titled one is there
 */
public record FindingRules(
        Map<String, List<String>> topicGroups,
        Map<String, String> topicLabels,
        List<StanceRule> stanceRules,
        NumericRule numeric,
        WeekdayRule weekday,
        AttributionRule attribution,
        ReportRule corroboration,
        ReportRule noComment,
        ScopeRule headlineScope,
        ParaphraseRule paraphrase,
        List<String> genericSpeakers) {

    public FindingRules {
        Map<String, List<String>> given = topicGroups == null ? Map.of() : topicGroups; // in file order
        topicLabels = topicLabels == null ? Map.of() : Map.copyOf(topicLabels);
        stanceRules = stanceRules == null ? List.of() : List.copyOf(stanceRules);
        genericSpeakers = genericSpeakers == null ? List.of()
                : genericSpeakers.stream().map(w -> w.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        Map<String, String> groupOf = new LinkedHashMap<>();
        given.forEach((group, topics) -> {
            if (topics == null || topics.isEmpty()) {
                throw new IllegalArgumentException("topicGroups." + group + ": expected a non-empty list of topic ids");
            }
            for (String t : topics) {
                String before = groupOf.put(t, group);
                if (before != null) {
                    throw new IllegalArgumentException("topicGroups." + group + ": topic \"" + t + "\" is in groups \"" + before
                            + "\" and \"" + group + "\"; expected each topic in one group");
                }
            }
        });
        topicGroups = Map.copyOf(given);
        for (int i = 0; i < stanceRules.size(); i++) {
            StanceRule r = stanceRules.get(i);
            if (!r.type().madeByStanceRules()) {
                throw new IllegalArgumentException("stanceRules[" + i + "].type: expected one of "
                        + FindingType.stanceRuleIds() + ", got \"" + r.type().id() + "\"");
            }
        }
        // Each id with where it is written, so a repeated one is located at its second use.
        List<Map.Entry<String, String>> ids = new ArrayList<>();
        for (int i = 0; i < stanceRules.size(); i++) {
            ids.add(Map.entry("stanceRules[" + i + "].id", stanceRules.get(i).id()));
        }
        if (numeric != null) {
            ids.add(Map.entry("numeric.id", numeric.id()));
            ids.add(Map.entry("numeric.evolvingId", numeric.evolvingId()));
        }
        if (weekday != null) {
            ids.add(Map.entry("weekday.id", weekday.id()));
        }
        if (attribution != null) {
            ids.add(Map.entry("attribution.id", attribution.id()));
        }
        if (corroboration != null) {
            ids.add(Map.entry("corroboration.id", corroboration.id()));
        }
        if (noComment != null) {
            ids.add(Map.entry("noComment.id", noComment.id()));
        }
        if (headlineScope != null) {
            ids.add(Map.entry("headlineScope.id", headlineScope.id()));
        }
        if (paraphrase != null) {
            ids.add(Map.entry("paraphrase.id", paraphrase.id()));
        }
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, String> id : ids) {
            String first = seen.putIfAbsent(id.getValue(), id.getKey());
            if (first != null) {
                throw new IllegalArgumentException(id.getKey() + ": rule id \"" + id.getValue() + "\" is already used by "
                        + first + "; expected unique ids");
            }
        }
    }

    /** The group a topic is compared in: its group's name, else the topic itself; null stays null. */
    public String topicGroup(String topic) {
        if (topic == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : topicGroups.entrySet()) {
            if (e.getValue().contains(topic)) {
                return e.getKey();
            }
        }
        return topic;
    }

    /** True when {@code speaker} opens with a generic word ("Seorang pejabat …", "a ministry spokesman"). */
    public boolean isGenericSpeaker(String speaker) {
        String s = speaker.strip().toLowerCase(java.util.Locale.ROOT);
        return genericSpeakers.stream().anyMatch(w -> s.equals(w) || s.startsWith(w + " "));
    }

    /** How explanations name a topic group. */
    public String topicLabel(String group) {
        return group == null ? "no topic" : topicLabels.getOrDefault(group, group);
    }

    public static FindingRules none() {
        return new FindingRules(null, null, null, null, null, null, null, null, null, null, null);
    }
}
