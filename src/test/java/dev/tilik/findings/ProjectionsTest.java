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
 * A figure of what may come to be is no count to set against one (team-written sentences of an invented story: a
 * shoe factory of a river town that shut its doors, its workers sent home).
 */
class ProjectionsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 2, 9);

    /** One article of {@code sentence} in which a union officer gives {@code figure} workers. */
    private static ArticleStatements report(String file, String language, String sentence, String figure, double value) {
        return ArticleFixture.article(file, sentence).language(language).published(DAY)
                .say(sentence.substring(0, sentence.length() - 1), "Dewi Lestari", "Serikat Buruh", Stance.ASSERT, "pabrik")
                .number(figure, value, value, value, Qualifier.EXACT, "workers").done().build();
    }

    /** The numeric findings of two articles on one day: 3,000 workers in the first's sentence, 9,000 in the second's. */
    private static List<Finding> pair(String languageA, String a, String languageB, String b) throws Exception {
        List<ArticleStatements> articles = List.of(report("001_a.txt", languageA, a, a.contains("3.000") ? "3.000" : "3,000", 3000),
                report("002_b.txt", languageB, b, b.contains("9.000") ? "9.000" : "9,000", 9000));
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(articles).stream()
                .filter(f -> f.type() == FindingType.NUMERIC).toList();
    }

    /** A count in the first article, a projection of the same workers in the second, by pairs of {language, sentence}. */
    private static final List<String[]> PROJECTED = List.of(
            new String[] {"en", "The union said 3,000 workers were sent home on Monday.",
                    "en", "The factory has shut its doors, which could possibly leave 9,000 workers jobless."},
            new String[] {"id", "Serikat buruh menyebut 3.000 workers dirumahkan sejak Senin.",
                    "id", "Penutupan pabrik itu berpotensi membuat 9.000 workers kehilangan pekerjaan."},
            new String[] {"id", "Serikat buruh menyebut 3.000 workers dirumahkan sejak Senin.",
                    "id", "Bupati memastikan 9.000 workers nantinya bisa dipekerjakan lagi."},
            // what ought to have been: the plan the count fell short of, no second count
            new String[] {"id", "Serikat buruh menyebut 3.000 workers dirumahkan sejak Senin.",
                    "id", "Harusnya 9.000 workers dipekerjakan kembali bulan ini, tapi pabrik belum dibuka."},
            new String[] {"en", "The union said 3,000 workers were sent home on Monday.",
                    "en", "The factory was supposed to rehire 9,000 workers this month, but it stayed shut."});

    @Test
    void aProjectionIsSetAgainstNoCount() throws Exception {
        for (String[] p : PROJECTED) {
            assertThat(pair(p[0], p[1], p[2], p[3])).as(p[3]).isEmpty();
        }
    }

    @Test
    void twoCountsStillMeetAndAProjectionInAnotherClauseMakesNoneOfThem() throws Exception {
        String count = "The union said 3,000 workers were sent home on Monday.";
        assertThat(pair("en", count, "en", "The factory said 9,000 workers were sent home on Monday.")).hasSize(1);
        assertThat(pair("en", count, "en", "The factory said 9,000 workers were sent home, and more could follow."))
                .as("the projection is another clause's").hasSize(1);
    }
}
