package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NamesTest {
    /** Issue 11 row 3: an empty alias looped forever (indexOf("", end) never moves past the end). */
    @Test
    void anEmptyWordIsInNoTextAndEndsAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(Names.containsWord("Korut", "")).isFalse();
            assertThat(Names.containsWord("", "")).isFalse();
        });
    }

    @Test
    void wholeWordsOnlyAndCapitalsMatchCapitals() {
        assertThat(Names.containsWord("Badan intelijen Korsel", "Korsel")).isTrue();
        assertThat(Names.containsWord("Wakil Menteri urusan Rusia", "Rus")).isFalse();
        assertThat(Names.containsWord("the us embassy", "US")).isFalse();
        assertThat(Names.containsWord("the US embassy", "US")).isTrue();
    }
}
