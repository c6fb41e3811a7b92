package dev.tilik.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FindingTypeTest {
    /** A new kind takes a rank of its own: no two kinds tie in the report's order, none is skipped. */
    @Test
    void ranksOrderEveryKindOnce() {
        assertThat(Arrays.stream(FindingType.values()).map(FindingType::rank))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, FindingType.values().length).boxed().toList());
    }

    /** Contradictions come before the informative kinds in rank, as in the report. */
    @Test
    void contradictionsRankBeforeInformativeKinds() {
        int lastContradiction = Arrays.stream(FindingType.values()).filter(FindingType::isContradiction)
                .mapToInt(FindingType::rank).max().orElseThrow();
        assertThat(Arrays.stream(FindingType.values()).filter(t -> !t.isContradiction()).mapToInt(FindingType::rank))
                .allMatch(r -> r > lastContradiction);
    }

    @Test
    void stanceRulesMakeOnlyStanceKinds() {
        assertThat(FindingType.stanceRuleIds()).isEqualTo("deny_vs_assert, deny_vs_conditional, same_party_divergence,"
                + " headline_vs_body, deny_vs_hedge, confirm_vs_declined");
        assertThat(FindingType.MISREPORT.madeByStanceRules()).isFalse();
    }
}
