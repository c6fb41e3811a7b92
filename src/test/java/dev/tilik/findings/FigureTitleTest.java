package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round thirty-two's review of garut-amunisi: "Figures for the amount in Rp of honor disagree (amount in Rp
 * of honor)", and pati's "Figures for the share of naik disagree (share of naik)": a title read the quantity
 * twice. The topic follows in brackets only when it says something the quantity does not.
 */
class FigureTitleTest {
    @Test
    void aTopicThatOnlyRepeatsTheQuantityIsLeftOut() {
        assertThat(NumericText.named("amount in Rp of honor", "the amount in Rp of honor")).isEmpty();
        assertThat(NumericText.named("share of naik", "the share of naik")).isEmpty();
        assertThat(NumericText.named("count of the injured", "the injured")).isEmpty();
        assertThat(NumericText.named("count of those tewas", "those tewas")).isEmpty();
    }

    @Test
    void aTopicThatSaysMoreIsKept() {
        assertThat(NumericText.named("figures a few units apart", "one count")).isEqualTo(" (figures a few units apart)");
        assertThat(NumericText.named("troops", "tentara")).isEqualTo(" (troops)");
    }

    /** #19's explanation opened "On amount in Rp of honor, the figures for the amount in Rp of honor do not agree". */
    @Test
    void anExplanationSaysTheQuantityOnce() {
        assertThat(NumericText.opening("amount in Rp of honor", "the amount in Rp of honor", "figures"))
                .isEqualTo("The figures for ");
        assertThat(NumericText.opening("troops", "tentara", "figure")).isEqualTo("On troops, the figure for ");
    }
}
