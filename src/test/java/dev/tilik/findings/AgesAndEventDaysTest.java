package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count of the dead is set against counts of the dead only: not against the ages its sentences give, nor dated by
 * the day of the event it is the toll of (team-written sentences of an invented story: a heatwave in a coastal
 * province, its toll counted by a health office).
 */
class AgesAndEventDaysTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    private static List<Finding> numeric(List<ArticleStatements> articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(articles).stream()
                .filter(f -> f.type() == FindingType.NUMERIC).toList();
    }

    /** An article of {@code sentence}, published on {@link #DAY}, whose claim gives {@code figure} dead. */
    private static ArticleStatements dead(String file, String language, String sentence, String figure, double value) {
        return ArticleFixture.article(file, sentence).language(language).published(DAY)
                .say(sentence.substring(0, sentence.length() - 1), "Rina Wulandari", "Dinas Kesehatan", Stance.ASSERT,
                        "gelombang panas")
                .number(figure, value, value, value, Qualifier.EXACT, null, "dead").done().build();
    }

    /** Pairs of {language, sentence, the figure its count word was read for}: each an age, read as a count of the dead. */
    private static final List<String[]> AGES = List.of(
            new String[] {"id", "Korban meninggal dunia kebanyakan berada pada rentang usia 60 sampai 79 tahun.", "60"},
            new String[] {"id", "Warga yang meninggal rata-rata berusia 61 dan 64 tahun.", "64"},
            new String[] {"en", "Most of the residents who died were between 40 and 49 years of age.", "40"});

    @Test
    void anAgeIsSetAgainstNoCountOfTheDead() throws Exception {
        ArticleStatements count = dead("001_a.txt", "id", "Korban meninggal dunia tercatat 140 orang.", "140", 140);
        for (String[] a : AGES) {
            ArticleStatements age = dead("002_b.txt", a[0], a[1], a[2], Double.parseDouble(a[2]));
            assertThat(numeric(List.of(count, age))).as(a[1]).isEmpty();
        }
    }

    @Test
    void aCountBesideAnAgeWordThatGivesNoAgeIsStillACount() throws Exception {
        ArticleStatements count = dead("001_a.txt", "id", "Korban meninggal dunia tercatat 140 orang.", "140", 140);
        ArticleStatements other = dead("002_b.txt", "id", "Sebanyak 120 warga usia lanjut meninggal dunia.", "120", 120);
        assertThat(numeric(List.of(count, other))).hasSize(1);
    }

    /** An undated article of {@code sentence} whose claim gives 300 dead, {@code day} of March its one date. */
    private static ArticleStatements undated(String sentence, String date, DayOfWeek weekday, int day) {
        return ArticleFixture.article("001_a.txt", sentence).date(date, weekday, day, 3, 2026)
                .say(sentence.substring(0, sentence.length() - 1), "Rina Wulandari", "Dinas Kesehatan", Stance.ASSERT,
                        "gelombang panas")
                .number("300", 300.0, 300, 300, Qualifier.EXACT, null, "dead").done().build();
    }

    @Test
    void aTollInAnUndatedArticleIsNotDatedByTheDayOfTheEventItCounts() throws Exception {
        ArticleStatements a = undated("Jumlah korban meninggal menjadi 300 orang pasca gelombang panas pada Senin (2/3/2026) yang lalu.",
                "Senin (2/3/2026)", DayOfWeek.MONDAY, 2);
        ArticleStatements b = dead("002_b.txt", "id", "Korban meninggal dunia tercatat 90 orang.", "90", 90);
        assertThat(numeric(List.of(a, b))).as("the 300's moment is unknown, so it is compared with nothing").isEmpty();
    }

    @Test
    void aTollDatedByAnEventDayItsClaimDoesNotMarkAsPastIsStillCompared() throws Exception {
        ArticleStatements a = undated("Korban meninggal menjadi 300 orang dalam gelombang panas pada Senin (2/3/2026).",
                "Senin (2/3/2026)", DayOfWeek.MONDAY, 2);
        ArticleStatements b = dead("002_b.txt", "id", "Korban meninggal dunia tercatat 90 orang.", "90", 90);
        assertThat(numeric(List.of(a, b))).hasSize(1);
    }

    @Test
    void thenAfterADatesCommaDoesNotMarkTheDayAsPast() throws Exception {
        ArticleStatements a = undated("Korban meninggal menjadi 300 orang pada Senin (2/3/2026), lalu tim menutup posko.",
                "Senin (2/3/2026)", DayOfWeek.MONDAY, 2);
        ArticleStatements b = dead("002_b.txt", "id", "Korban meninggal dunia tercatat 90 orang.", "90", 90);
        assertThat(numeric(List.of(a, b))).as("', lalu' is 'then', not 'ago': the day is the 300's moment").hasSize(1);
    }

    @Test
    void aTollDatedByItsOwnAsOfDayIsStillCompared() throws Exception {
        ArticleStatements a = undated("Hingga Selasa (3/3/2026) korban meninggal menjadi 300 orang.", "Selasa (3/3/2026)",
                DayOfWeek.TUESDAY, 3);
        ArticleStatements b = dead("002_b.txt", "id", "Korban meninggal dunia tercatat 90 orang.", "90", 90);
        assertThat(numeric(List.of(a, b))).as("300 on the 3rd, 90 on the 4th: a toll does not fall").hasSize(1);
    }
}
