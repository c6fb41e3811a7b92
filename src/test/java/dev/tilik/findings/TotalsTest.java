package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure its sentence breaks down into parts that add up to it counts all of them, none alone (team-written
 * sentences of an invented story: a river boat that ran aground, its people counted by a harbour office).
 */
class TotalsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    /** One article of {@code sentence} in which a harbour officer gives {@code figure} passengers. */
    private static ArticleStatements report(String file, String language, String sentence, String figure, double value) {
        return ArticleFixture.article(file, sentence).language(language).published(DAY)
                .say(sentence.substring(0, sentence.length() - 1), "Rudi Santoso", "Syahbandar", Stance.ASSERT, "kapal")
                .number(figure, value, value, value, Qualifier.EXACT, "orang", "passengers").done().build();
    }

    private static List<Finding> numeric(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.NUMERIC).toList();
    }

    @Test
    void aTotalItsSentenceBreaksDownIsSetAgainstNoneOfItsPartsButStillAgainstAnotherTotal() throws Exception {
        ArticleStatements part = report("002_b.txt", "id", "Syahbandar mencatat 31 penumpang di kapal itu.", "31", 31);
        assertThat(numeric(report("001_a.txt", "id", "Kapal itu membawa 40 orang, rinciannya 31 penumpang dan 9 awak.",
                "40", 40), part)).as("40 people are 31 passengers and 9 crew").isEmpty();
        assertThat(numeric(report("001_a.txt", "en", "The boat was carrying 40 people, consisting of 31 passengers and 9 crew.",
                "40", 40), part)).as("the same in English").isEmpty();
        assertThat(numeric(report("001_a.txt", "id", "Kapal itu membawa 40 orang, rinciannya 31 penumpang dan 9 awak.",
                "40", 40), report("002_b.txt", "id", "Syahbandar mencatat 43 orang di kapal itu.", "43", 43)))
                .as("against another total it still conflicts").hasSize(1);
        assertThat(numeric(report("001_a.txt", "id", "Kapal itu membawa 40 penumpang.", "40", 40), part))
                .as("a count of passengers alone still meets another").hasSize(1);
    }

    @Test
    void thePartsAreTwoFiguresOrMoreInARowThatMeetTheTotalExactly() {
        assertThat(Totals.brokenDown("membawa 40 orang, rinciannya 31 penumpang dan 9 awak", "40", 10)).isTrue();
        assertThat(Totals.brokenDown("sebanyak 1.250 buruh, yakni 1.000 buruh pabrik dan 250 buruh gudang", "1.250", 13))
                .as("thousands grouped by a dot").isTrue();
        assertThat(Totals.brokenDown("carrying 40 people, including 9 crew", "40", 11)).as("one part is no breakdown")
                .isFalse();
        assertThat(Totals.brokenDown("membawa 40 orang, rinciannya 30 penumpang dan 9 awak", "40", 10))
                .as("parts that fall short").isFalse();
        assertThat(Totals.brokenDown("sebanyak 9 orang dirawat sejak Senin (2/7/2026)", "9", 10))
                .as("a date's day and month are no parts").isFalse();
        assertThat(Totals.brokenDown("sebanyak 41 orang diperiksa pukul 11:30, 12 di antaranya anak", "41", 11))
                .as("a clock time is no part").isFalse();
    }
    /**
     * One payment of the invented compensation story: an insurer's officer gives {@code figure} rupiah, on the topic
     * of compensation when the figure was read with what it pays ({@code counted}), else on none.
     */
    private static ArticleFixture.StatementSpec paid(ArticleFixture a, String sentence, String figure, double value,
                                                     String counted) {
        return a.say(sentence.substring(0, sentence.length() - 1), "Dewi Lestari", "Jasa Asuransi", Stance.ASSERT,
                counted == null ? null : "santunan").number(figure, value, value, value, Qualifier.EXACT, "Rp", counted);
    }

    private static ArticleStatements sumArticle(String second) {
        String first = "Setiap ahli waris mendapatkan total santunan Rp125 juta.";
        String third = "Dari PT Asuransi Sejahtera, setiap ahli waris mendapatkan Rp50 juta.";
        ArticleFixture a = ArticleFixture.article("001_a.txt", first + " " + third + " " + second).language("id")
                .published(DAY);
        a = paid(a, first, "Rp125 juta", 125_000_000, "amount in Rp of santun").done();
        a = paid(a, third, "Rp50 juta", 50_000_000, null).done();
        return paid(a, second, second.substring(second.indexOf("Rp"), second.indexOf(" juta") + 5),
                second.contains("Rp75") ? 75_000_000 : 70_000_000, null).done().build();
    }

    @Test
    void aSumItsArticleBreaksDownInOtherSentencesIsSetAgainstNoneOfItsParts() throws Exception {
        String payment = "Santunan Rp50 juta akan segera disalurkan kepada keluarga korban.";
        ArticleStatements other = paid(ArticleFixture.article("002_b.txt", payment).language("id").published(DAY),
                payment, "Rp50 juta", 50_000_000, "amount in Rp of santun").done().build();
        assertThat(numeric(sumArticle("Anak perusahaannya memberikan santunan Rp75 juta per ahli waris."), other))
                .as("Rp125 juta in all is Rp50 juta and Rp75 juta: the Rp50 juta is one payer's part").isEmpty();
        assertThat(numeric(sumArticle("Anak perusahaannya memberikan santunan Rp70 juta per ahli waris."), other))
                .as("parts that do not add up to the sum leave it a second report").hasSize(1);
    }
}
