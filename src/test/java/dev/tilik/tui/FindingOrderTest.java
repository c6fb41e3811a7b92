package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
import dev.tilik.review.ReviewSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader groups findings by topic; topics come in the order of their most pressing finding, so
 * a folder whose topics are named from its own words ("accident malfunctioned" before "count of the
 * dead") still opens on a contradiction, not on a corroboration whose topic sorts first by name.
 */
class FindingOrderTest {
    @Test
    void aTopicOfContradictionsComesBeforeATopicOfCorroborationsWhateverTheirNames() {
        Analysis one = Fixture.analysis();
        Finding contradiction = one.findings().stream().filter(Finding::isContradiction).findFirst().orElseThrow();
        Finding other = one.findings().stream().filter(f -> !f.isContradiction()).findFirst().orElseThrow();
        List<Finding> findings = new ArrayList<>();
        findings.add(retopic(contradiction, "zz count of the dead"));
        findings.add(retopic(other, "aa accident"));
        Drive d = new Drive(120, 40);
        d.send(new Msg.Loaded(ReviewSession.fresh(new Analysis("f", "rules", one.articles(), findings, List.of()))));

        assertThat(Findings.visible(d.state)).extracting(Finding::topic).containsExactly("zz count of the dead", "aa accident");
    }

    private static Finding retopic(Finding f, String topic) {
        return new Finding(f.id(), f.type(), f.severity(), f.rule(), topic, f.title(), f.explanation(), f.evidence());
    }
}
