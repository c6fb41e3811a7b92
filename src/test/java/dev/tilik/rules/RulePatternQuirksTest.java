package dev.tilik.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RE2/J's quirks and the caps of ../shared/RELIABILITY.md, each refused with why, one guard per case. */
class RulePatternQuirksTest {
    @ParameterizedTest
    @ValueSource(strings = {"[a-z&&[^aeiou]]", "x&&y"})
    void andAndIsRefusedAsItIsNoClassIntersectionInRe2j(String source) {
        assertThatThrownBy(() -> RulePattern.of(source)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'&&' is not class intersection");
    }

    @Test
    void anUngreedyFlagIsRefused() {
        assertThatThrownBy(() -> RulePattern.of("(?U)a+")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPatternOverTheLengthCapIsRefused() {
        assertThatThrownBy(() -> RulePattern.of("a".repeat(RulePattern.MAX_LENGTH + 1)))
                .hasMessage("pattern is " + (RulePattern.MAX_LENGTH + 1) + " characters; the limit is " + RulePattern.MAX_LENGTH);
        assertThat(RulePattern.of("a".repeat(RulePattern.MAX_LENGTH))).isNotNull();
    }

    @Test
    void aRepeatCountOverTheCapIsRefusedBeforeRe2jBuildsIt() {
        // ((a{1000}){1000}){1000} is the same guard, but without it RE2/J runs out of memory: a{101} fails cleanly
        assertThatThrownBy(() -> RulePattern.of("a{" + (RulePattern.MAX_REPEAT + 1) + "}")).hasMessageContaining("repeat count over");
        assertThatThrownBy(() -> RulePattern.of("((a{1000}){1000}){1000}")).hasMessageContaining("repeat count over");
    }

    @Test
    void moreThanThreeCountedRepeatsAreRefused() {
        assertThatThrownBy(() -> RulePattern.of("a{2}b{2}c{2}d{2}")).hasMessageContaining("more than 3 counted repeats");
        assertThat(RulePattern.of("a{2}b{2}c{2}")).isNotNull();
    }
}
