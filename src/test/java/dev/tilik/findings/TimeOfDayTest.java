package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.rules.NumericRule;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The minute of its day a report speaks for, read from its sentence: a sentence holding none of the clock words
 * nor any part of the day is not searched at all, and one holding them reads as before. Sentences written for this
 * test.
 */
class TimeOfDayTest {
    private static final TimeOfDay HOURS = new TimeOfDay(new NumericRule("numeric_conflict", "numeric_evolving", 0.1, 0.02,
            1, null, null, null, Map.of("hard", dev.tilik.model.Severity.HIGH, "soft", dev.tilik.model.Severity.MEDIUM,
            "bounds", dev.tilik.model.Severity.LOW), null, null, null, List.of("hingga"), null, List.of("pukul", "at"),
            Map.of("malam", 20, "dini hari", 2, "pagi", 7, "Sore", 16), null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null));

    private static Integer minuteOf(String sentence, String claim) {
        ArticleStatements a = ArticleFixture.article("a.txt", sentence).published(LocalDate.of(2025, 9, 24))
                .say(claim, "Rina Sari", "Dinkes", Stance.ASSERT, "korban").basis(StanceBasis.CUE).done().build();
        return HOURS.minuteOf(Voice.of(a.statements().get(0), a, "korban", "Dinkes", false, new java.util.HashMap<>()));
    }

    @Test
    void aClockTimeOrAPartOfTheDayInTheAttributionIsWhenItWasSaid() {
        assertThat(minuteOf("Korban keracunan 212 orang, kata Rina Sari pukul 07.15 WIB.", "Korban keracunan 212 orang"))
                .isEqualTo(7 * 60 + 15);
        assertThat(minuteOf("Korban keracunan 212 orang, kata Rina Sari, Rabu (24/9) malam.", "Korban keracunan 212 orang"))
                .isEqualTo(20 * 60);
        assertThat(minuteOf("Korban keracunan 212 orang, kata Rina Sari Rabu dini hari.", "Korban keracunan 212 orang"))
                .as("the longer part of the day").isEqualTo(2 * 60);
        assertThat(minuteOf("Korban keracunan 212 orang, kata Rina Sari Rabu sore.", "Korban keracunan 212 orang"))
                .as("the rules' words are read in lower case").isEqualTo(16 * 60);
    }

    @Test
    void aSentenceWithoutTheWordsOrWithoutADigitGivesNone() {
        assertThat(minuteOf("Korban keracunan bertambah, kata Rina Sari.", "Korban keracunan bertambah")).isNull();
        assertThat(minuteOf("Korban keracunan bertambah, kata Rina Sari pukul setengah delapan.", "Korban keracunan bertambah"))
                .as("a clock word with no time after it").isNull();
        assertThat(minuteOf("Korban bertambah di pagiannya, kata Rina Sari.", "Korban bertambah di pagiannya"))
                .as("a part of the day inside another word").isNull();
        assertThat(minuteOf("Korban bertambah, kata Rina Sari pukul 07.15 WIB pagi.", "Korban bertambah"))
                .as("the part of the day right after a clock time is the clock's").isEqualTo(7 * 60 + 15);
    }
}
