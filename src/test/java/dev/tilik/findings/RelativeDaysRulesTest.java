package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.rules.RulesLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules' relative days, as the engine builds them from every language: two days on either side are named in both
 * languages, and the longer phrase wins over the word it holds ("kemarin lusa" is two days back, "lusa" alone two
 * days ahead). Invented copy.
 */
class RelativeDaysRulesTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 5);
    private final RelativeDays days;

    RelativeDaysRulesTest() throws Exception {
        days = RelativeDays.of(RulesLoader.load(Path.of("rules")).languages().values());
    }

    private LocalDate only(String text) {
        var found = days.in(text, 0, text.length(), Optional.of(THURSDAY), true);
        assertThat(found).as(text).hasSize(1);
        return found.get(0).date();
    }

    @Test
    void twoDaysEitherSideInIndonesian() {
        assertThat(only("Rapat digelar lusa di balai desa.")).isEqualTo(THURSDAY.plusDays(2));
        assertThat(only("Rapat digelar besok lusa di balai desa.")).isEqualTo(THURSDAY.plusDays(2));
        assertThat(only("Rapat digelar kemarin lusa di balai desa.")).isEqualTo(THURSDAY.minusDays(2));
        assertThat(only("Rapat digelar kemarin di balai desa.")).isEqualTo(THURSDAY.minusDays(1));
    }

    @Test
    void twoDaysEitherSideInEnglish() {
        assertThat(only("The meeting is the day after tomorrow.")).isEqualTo(THURSDAY.plusDays(2));
        assertThat(only("The meeting was the day before yesterday.")).isEqualTo(THURSDAY.minusDays(2));
        assertThat(only("The meeting was yesterday.")).isEqualTo(THURSDAY.minusDays(1));
    }
}
