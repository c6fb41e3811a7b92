package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Of two findings of one kind and severity, the one more articles carry comes first; kind and severity still rule. */
class FindingSupportOrderTest {

    private static Evidence in(String file, int side) {
        return new Evidence(file, file + "-s", new CharSpan(0, 5), new CharSpan(0, 9), "x", side);
    }

    private static Finding finding(String id, FindingType type, Severity severity, String... files) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            evidence.add(in(files[i], i % 2));
        }
        return new Finding(id, type, severity, "r", "t", "title", "e", evidence);
    }

    @Test
    void aDisagreementMoreArticlesCarryComesBeforeOneBetweenTwoLoneArticles() {
        // the lone pair's first article sorts first by name: only the support can put the wide one ahead
        Finding lone = finding("lone", FindingType.DENY_VS_ASSERT, Severity.HIGH, "a.txt", "b.txt");
        Finding wide = finding("wide", FindingType.DENY_VS_ASSERT, Severity.HIGH, "c.txt", "d.txt", "e.txt", "f.txt", "g.txt");
        List<Finding> out = new ArrayList<>(List.of(lone, wide));
        out.sort(FindingEngine.ORDER);
        assertThat(out).extracting(Finding::id).containsExactly("wide", "lone");
    }

    @Test
    void statementsOfOneArticleCountOnce() {
        Finding twiceInOne = finding("twice", FindingType.DENY_VS_ASSERT, Severity.HIGH, "a.txt", "a.txt", "a.txt", "b.txt");
        Finding three = finding("three", FindingType.DENY_VS_ASSERT, Severity.HIGH, "c.txt", "d.txt", "e.txt");
        assertThat(FindingEngine.articlesCited(twiceInOne)).isEqualTo(2);
        List<Finding> out = new ArrayList<>(List.of(twiceInOne, three));
        out.sort(FindingEngine.ORDER);
        assertThat(out).extracting(Finding::id).containsExactly("three", "twice");
    }

    @Test
    void kindAndSeverityStillComeBeforeSupport() {
        Finding severe = finding("severe", FindingType.DENY_VS_ASSERT, Severity.HIGH, "z.txt", "y.txt");
        Finding milder = finding("milder", FindingType.DENY_VS_ASSERT, Severity.MEDIUM, "a.txt", "b.txt", "c.txt", "d.txt");
        Finding figures = finding("figures", FindingType.NUMERIC, Severity.HIGH, "a.txt", "b.txt", "c.txt", "d.txt", "e.txt");
        List<Finding> out = new ArrayList<>(List.of(figures, milder, severe));
        out.sort(FindingEngine.ORDER);
        assertThat(out.get(out.size() - 1).id()).isEqualTo("milder");
        assertThat(out.indexOf(severe)).isLessThan(out.indexOf(milder));
        assertThat(FindingType.DENY_VS_ASSERT.rank() < FindingType.NUMERIC.rank()
                ? out.indexOf(severe) < out.indexOf(figures) : out.indexOf(figures) < out.indexOf(severe)).isTrue();
    }
}
