package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The relative-day words are found case-insensitively, letter by letter; the word found is then looked up in the
 * rules' list. A letter that matches case-insensitively but lower-cases as a whole string to something else (the
 * long s "ſ" matches "s", the dotted capital "İ" lower-cases to "i" plus a combining dot) found no entry and threw
 * a NullPointerException, which ended the whole folder's analysis. Invented copy.
 */
class RelativeDaysCaseTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    private final RelativeDays days = new RelativeDays(Map.of("yesterday", -1, "hari ini", 0));

    private RelativeDays.Day only(String text) {
        var found = days.in(text, 0, text.length(), Optional.of(TUESDAY), true);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aWordInCapitalsIsFound() {
        assertThat(only("The ferry left YESTERDAY at dawn.").date()).isEqualTo(TUESDAY.minusDays(1));
    }

    @Test
    void aLongSMatchingItsLetterNamesTheDayInsteadOfThrowing() {
        assertThat(only("The ferry left yeſterday at dawn.").date()).isEqualTo(TUESDAY.minusDays(1));
    }

    @Test
    void aDottedCapitalINamesTheDayInsteadOfThrowing() {
        assertThat(only("Kapal berangkat HARİ İNİ pukul enam.").date()).isEqualTo(TUESDAY);
    }
}
