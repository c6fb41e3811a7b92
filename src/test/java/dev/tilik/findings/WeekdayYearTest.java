package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The year of a weekday's date written without one (h41ux's "Jumat (1/2)" in a December article, read as next
 * February): an outlet writes of what has happened, so a date more than a month after the article's is last year's
 * unless its clause looks ahead; and a weekday that fits the article's own month says so.
 */
class WeekdayYearTest {

    private static List<Finding> weekdays(ArticleStatements a) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(a)).stream()
                .filter(f -> f.type() == FindingType.WEEKDAY_DATE).toList();
    }

    @Test
    void aDateMonthsAfterTheArticleIsThisYearsNotNextYears() throws Exception {
        // 4 December 2023: 2 March 2024 is a Saturday (the nearest year), 2 March 2023 a Thursday, 2 December a Saturday
        String text = "Tim relawan bekerja sejak Sabtu (2/3) dan pulang ke posko pada Senin (4/12).";
        ArticleStatements a = ArticleFixture.article("a.txt", text).published(LocalDate.of(2023, 12, 4))
                .date("Sabtu (2/3)", DayOfWeek.SATURDAY, 2, 3, null)
                .date("Senin (4/12)", DayOfWeek.MONDAY, 4, 12, null).build();
        List<Finding> found = weekdays(a);
        assertThat(found).as("read as 2 March 2023, a Thursday").hasSize(1);
        assertThat(found.get(0).title()).isEqualTo("\u201CSabtu (2/3)\u201D names a Saturday, but 2 March 2023 was a Thursday");
        assertThat(found.get(0).explanation()).contains("2023 assumed because")
                .contains("A Saturday falls on 2 December 2023, in the article's own month, so the month may be misprinted.");
    }

    /** An article published on {@code published} whose one dated mention, {@code written}, gives no year. */
    private static ArticleStatements dated(String text, LocalDate published, String written, DayOfWeek weekday, int day,
                                           int month) {
        return ArticleFixture.article("a.txt", text).published(published).date(written, weekday, day, month, null).build();
    }

    @Test
    void aDateItsClauseLooksAheadToKeepsTheNearestYear() throws Exception {
        assertThat(weekdays(dated("Rapat warga akan digelar Sabtu (2/3) di balai desa.", LocalDate.of(2023, 12, 4),
                "Sabtu (2/3)", DayOfWeek.SATURDAY, 2, 3))).as("2 March 2024, a Saturday: a plan").isEmpty();
        assertThat(weekdays(dated("Sekolah dibuka kembali Senin (8/1) setelah libur.", LocalDate.of(2023, 12, 28),
                "Senin (8/1)", DayOfWeek.MONDAY, 8, 1))).as("within a month: 8 January 2024, a Monday").isEmpty();
    }

    @Test
    void aBodyDateIsNoBoundOnLaterDays() throws Exception {
        // no publication date: the body's first dated mention is where the article starts, not the day it was written
        String text = "Status gunung naik sejak 14 Oktober 2025. Warga dievakuasi Kamis (4/12).";
        ArticleStatements a = ArticleFixture.article("a.txt", text)
                .date("14 Oktober 2025", null, 14, 10, 2025).date("Kamis (4/12)", DayOfWeek.THURSDAY, 4, 12, null).build();
        assertThat(weekdays(a)).as("4 December 2025, a Thursday").isEmpty();
    }

    @Test
    void noOwnMonthHintWhenTheWeekdayDoesNotFitIt() throws Exception {
        // 5 December 2023: 1 December was a Friday, so a Thursday fits no day of the own month; read as 1 March 2023
        List<Finding> found = weekdays(dated("Warga mengungsi sejak Kamis (1/3) lalu.", LocalDate.of(2023, 12, 5),
                "Kamis (1/3)", DayOfWeek.THURSDAY, 1, 3));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).doesNotContain("own month");
    }
}
