package dev.tilik.analysis;

import static dev.tilik.analysis.AnalysisFixtures.article;
import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.evidence;
import static dev.tilik.analysis.AnalysisFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.statements.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader numbered findings grouped by topic while the shell, {@code check} and the exports
 * numbered them in the engine's order ("finding 3" was two different findings). The analysis now
 * keeps one order, which every surface reads.
 */
public class FindingOrderTest {
    /** An analysis whose engine gave troops (high), weapons (high), troops (low), no topic (medium). */
    public static Analysis threeTopics() {
        var a = document("a.txt", "Pyongyang membantah. Seoul mengklaim.", null);
        Statement deny = statement(a, "1", "Pyongyang membantah.", "Pyongyang", "DPRK", Stance.DENY, "troops");
        Statement claim = statement(a, "2", "Seoul mengklaim.", "Seoul", "ROK", Stance.ASSERT, "troops");
        List<Finding> engine = List.of(
                finding("t-high", FindingType.DENY_VS_ASSERT, Severity.HIGH, "troops", a, deny, claim),
                finding("w-high", FindingType.DENY_VS_ASSERT, Severity.HIGH, "weapons", a, deny, claim),
                finding("none-medium", FindingType.WEEKDAY_DATE, Severity.MEDIUM, null, a, deny, claim),
                finding("t-low", FindingType.NUMERIC, Severity.LOW, "troops", a, deny, claim));
        return new Analysis("f", "rules", List.of(article(a, deny, claim)), engine, List.of());
    }

    private static Finding finding(String id, FindingType type, Severity severity, String topic,
                                   dev.tilik.nlp.Document a, Statement one, Statement two) {
        return new Finding(id, type, severity, "test#" + type.id(), topic, id, "because",
                List.of(evidence(a, one), evidence(a, two, 1)));
    }

    @Test
    void findingsAreGroupedByTopicInTheOrderOfTheirMostPressingFindingThenBySeverity() {
        assertThat(threeTopics().findings()).extracting(Finding::id)
                .containsExactly("t-high", "t-low", "w-high", "none-medium");
    }

    @Test
    void theOrderAppliedAgainChangesNothing() {
        List<Finding> once = threeTopics().findings();
        assertThat(FindingOrder.of(once)).isEqualTo(once);
        Analysis again = new Analysis("f", "rules", threeTopics().articles(), once, List.of());
        assertThat(again.findings()).isEqualTo(once);
    }
}
