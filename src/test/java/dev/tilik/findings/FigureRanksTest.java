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

    /** One article of {@code sentence} giving two figures of the sick in one claim. */
    private static ArticleStatements twoFigures(String file, String sentence, String a, String b) {
        return ArticleFixture.article(file, sentence).language("id").published(DAY)
                .say(sentence.substring(0, sentence.length() - 1), "Rina Wati", "Dinkes", Stance.ASSERT, "korban")
                .number(a, Double.valueOf(a), Double.valueOf(a), Double.valueOf(a), Qualifier.EXACT, "orang", "sick")
                .number(b, Double.valueOf(b), Double.valueOf(b), Double.valueOf(b), Qualifier.EXACT, "orang", "sick")
                .done().build();
    }

    @Test
    void ordinalsAfterTheirFiguresRankEachItsOwn() throws Exception {
        // "120 … di kasus pertama dan 150 … di kasus kedua": the 150 is the second outbreak's, so it meets 135 of it
        List<Finding> found = numeric(
                twoFigures("001_a.txt", "Korban sakit berjumlah 120 orang di kasus pertama dan 150 orang di kasus kedua.",
                        "120", "150"),
                report("002_b.txt", "id", "Korban sakit di kasus kedua mencapai 135 orang.", "135", 135));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).title() + found.get(0).explanation()).contains("150").contains("135").doesNotContain("120");
    }

    @Test
    void anOrdinalPastAnotherFigureIsNotThisOnes() throws Exception {
        // "kasus pertama" ranks the 120; the 150 after it, in the same quotation, ranks nothing and meets the 135
        List<Finding> found = numeric(
                twoFigures("001_a.txt", "Korban sakit di kasus pertama 120 orang, lalu hari ini 150 orang.", "120", "150"),
                report("002_b.txt", "id", "Korban sakit di kasus kedua mencapai 135 orang.", "135", 135));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).title()).contains("135");
    }

    @Test
    void wordsThatRankWithoutBeingOrdinals() throws Exception {
        String second = "Korban sakit di kasus kedua mencapai 150 orang.";
        assertThat(pair("id", "Korban sakit di kasus awal berjumlah 120 orang.", "id", second)).isEmpty();
        assertThat(pair("en", "The initial outbreak left 120 people sick.", "id", second.replace("kedua", "susulan")))
                .isEmpty();
        // before a name or a figure they say when, not which event
        for (String when : List.of("Pada awal Maret korban sakit berjumlah 120 orang.",
                "Sejak awal 2026 korban sakit berjumlah 120 orang.")) {
            assertThat(pair("id", when, "id", second)).as(when).hasSize(1);
        }
    }
}
