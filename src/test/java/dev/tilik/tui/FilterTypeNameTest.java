package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round forty-three (h43ux, left): one kind had three names. The filter menu wrote "deny vs assert", the status line
 * after it "type=deny_vs_assert" (the id) and the finding's title at 80 columns "deny/assert". Each now writes the
 * label, or at 80 columns the label's first words, the same in the list, the title and the header.
 */
class FilterTypeNameTest {
    @Test
    void theStatusLineAndTheHeaderNameTheTypeAsTheMenuDoes() {
        Drive d = new Drive(120, 40).press("f");
        assertThat(Drive.screen(d.state)).contains("type: any");
        d.press("l");
        assertThat(Drive.screen(d.state)).contains("type: deny vs assert");
        d.press("Enter");
        assertThat(d.state.filter().summary()).isEqualTo("type=deny vs assert");
        assertThat(d.state.status()).startsWith("filter type=deny vs assert: ");
        assertThat(Drive.screen(d.state).lines().findFirst().orElseThrow()).contains("filter type=deny vs assert")
                .doesNotContain("deny_vs_assert");
    }

    @Test
    void aVerdictIsNamedByItsLabelToo() {
        Filter f = Filter.ALL.cycle(2, 4, List.of()); // unreviewed, confirmed, divergence, false alarm
        assertThat(f.summary()).isEqualTo("verdict=false alarm");
        assertThat(f.shortSummary()).isEqualTo("verdict=false alarm");
    }

    @Test
    void theShortNameOfAPairKeepsTheLabelsVs() {
        for (FindingType t : FindingType.values()) {
            String label = t.label();
            String brief = ShortLabels.type(t);
            assertThat(brief).as(t.id()).doesNotContain("_");
            if (label.contains(" vs ")) {
                assertThat(brief).as(t.id()).doesNotContain("/").startsWith(label.substring(0, label.indexOf(" vs ") + 4));
            }
        }
        assertThat(ShortLabels.type(FindingType.DENY_VS_ASSERT)).isEqualTo("deny vs assert");
    }

    @Test
    void atEightyColumnsAFilterTooLongForTheHeaderTakesTheListsShortNames() {
        Filter f = new Filter(FindingType.CONFIRM_VS_DECLINED, dev.tilik.model.Severity.values()[0],
                dev.tilik.review.Verdict.NOT_A_CONTRADICTION, false);
        Drive d = new Drive(80, 24);
        d.state = d.state.withFilter(f);
        String header = View.headerText(d.state, "articles", 80);
        assertThat(header).contains("filter type=" + ShortLabels.type(FindingType.CONFIRM_VS_DECLINED) + " severity=")
                .contains("verdict=false alarm").doesNotContain("_");
        assertThat(View.headerText(d.state, "articles", 200)).contains("type=confirmed vs declined to confirm")
                .contains("verdict=false alarm");
    }

    @Test
    void atEightyColumnsTheFindingsTitleNamesTheKindAsTheListDoes() {
        String title = View.findingTitle("Finding 3/35", "a topic long enough to be cut \u00B7 "
                + ShortLabels.type(FindingType.DENY_VS_ASSERT), "HIGH \u00B7 unreviewed", 60);
        assertThat(title).contains("deny vs assert");
    }
}
