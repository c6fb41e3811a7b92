package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Style's written-out equality is the record's: every component counts, equal styles hash alike. */
class StyleTest {
    @Test
    void everyComponentCountsAndEqualStylesHashAlike() {
        Set<Style> distinct = new HashSet<>();
        for (Role role : Role.values()) {
            for (int bits = 0; bits < 8; bits++) {
                Style s = new Style(role, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0);
                Style same = new Style(role, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0);
                assertThat(s).isEqualTo(same).hasSameHashCodeAs(same);
                assertThat(distinct.add(s)).as("%s differs from every style before it", s).isTrue();
            }
        }
        assertThat(distinct).hasSize(Role.values().length * 8);
        assertThat(Style.TEXT).isNotEqualTo(null).isNotEqualTo("TEXT").isEqualTo(Style.of(Role.TEXT));
        assertThat(Style.TEXT.strong()).isNotEqualTo(Style.TEXT);
    }
}
