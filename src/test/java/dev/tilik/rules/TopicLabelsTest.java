package dev.tilik.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A topic label is read on every story its topic turns up in: "weapons supplies" (the sample story's
 * arms to Russia) headed eight findings on an ammunition-disposal blast and six on a police shooting.
 * So a label is made only of its topic's own one-word English terms ("weapons", "ammunition"), which
 * are true of every statement on the topic, never of one story's event ("supplies", "deployment").
 */
class TopicLabelsTest {
    @Test
    void everyLabelIsMadeOfItsTopicsOwnOneWordTerms() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        FindingRules findings = rules.findings();
        Map<String, List<String>> english = rules.forLanguage("en").orElseThrow().statements().topics();
        assertThat(findings.topicLabels()).isNotEmpty();
        findings.topicLabels().forEach((group, label) -> {
            Set<String> words = new HashSet<>(Set.of("and"));
            english.forEach((topic, terms) -> {
                if (group.equals(findings.topicGroup(topic))) {
                    terms.stream().filter(t -> !t.contains(" ")).forEach(words::add);
                }
            });
            assertThat(List.of(label.split(" "))).as("label of %s: %s", group, label).isSubsetOf(words);
        });
    }

    @Test
    void ammunitionIsNamedAsSuch() throws Exception {
        FindingRules findings = RulesLoader.load(Path.of("rules")).findings();
        assertThat(findings.topicLabel(findings.topicGroup("weapons"))).isEqualTo("weapons and ammunition");
    }
}
