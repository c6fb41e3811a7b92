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
 * Two events of one count told apart only by an ordinal are two quantities (team-written sentences of an invented
 * story: a flu outbreak at two boarding schools of a hill town, in two waves).
 */
class FigureRanksTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 11);

    /** One article of {@code sentence} in which a health officer gives {@code figure} of the sick. */
    private static ArticleStatements report(String file, String language, String sentence, String figure, double value) {
        return ArticleFixture.article(file, sentence).language(language).published(DAY)
                .say(sentence.substring(0, sentence.length() - 1), "Rina Wati", "Dinkes", Stance.ASSERT, "korban")
                .number(figure, value, value, value, Qualifier.EXACT, "orang", "sick").done().build();
    }

    private static List<Finding> numeric(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.NUMERIC).toList();
    }

    /** The numeric findings of two articles: 120 of the sick in the first's sentence, 150 in the second's. */
    private static List<Finding> pair(String languageA, String a, String languageB, String b) throws Exception {
        return numeric(report("001_a.txt", languageA, a, "120", 120), report("002_b.txt", languageB, b, "150", 150));
    }

    @Test
    void figuresOfTwoEventsToldApartByOrdinalsAreNeverCompared() throws Exception {
        assertThat(pair("id", "Korban sakit di kasus pertama berjumlah 120 orang.",
                "id", "Sementara korban sakit di kasus kedua mencapai 150 orang.")).isEmpty();
        assertThat(pair("en", "In the first wave 120 people fell sick.",
                "en", "The 3rd wave left 150 people sick.")).isEmpty();
        assertThat(pair("id", "Korban sakit di gelombang ke-2 berjumlah 120 orang.",
                "en", "The first wave left 150 people sick.")).isEmpty();
    }

    @Test
    void oneRankInTwoLanguagesOrNoneStillMeets() throws Exception {
        assertThat(pair("id", "Korban sakit di kasus kedua berjumlah 120 orang.",
                "en", "The second wave left 150 people sick.")).hasSize(1);
        assertThat(pair("id", "Korban sakit di kasus kedua berjumlah 120 orang.",
                "id", "Korban sakit di asrama itu mencapai 150 orang.")).hasSize(1);
    }

    @Test
    void anOrdinalOfATimeRanksNoEvent() throws Exception {
        assertThat(pair("id", "Flu itu pertama kali membuat 120 orang sakit.",
                "id", "Korban sakit di kasus kedua mencapai 150 orang.")).hasSize(1);
        assertThat(pair("en", "For the first time 120 people fell sick.",
                "en", "The second wave left 150 people sick.")).hasSize(1);
    }
}
