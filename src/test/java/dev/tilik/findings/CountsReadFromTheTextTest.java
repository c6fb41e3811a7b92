package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counts whose counted thing no rule names, read from their own sentences by what befell the things counted
 * (team-written sentences of a factory's layoffs and a clinic): two outlets' counts meet when what befell them
 * agrees, on one day; on two days they are a count moving on, and what befell them differing keeps them apart.
 */
class CountsReadFromTheTextTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

    /** The numeric findings of a folder, under the project's rules ({@link RisenToTest} asks it too). */
    static List<Finding> numeric(List<ArticleStatements> articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(articles).stream()
                .filter(f -> f.type() == FindingType.NUMERIC).toList();
    }

    /** One article in which {@code speaker} gives a count of {@code figure} with no noun, whose fate is {@code which}. */
    private static ArticleStatements report(String file, LocalDate day, String speaker, String figure, double value,
                                            String which) {
        String claim = "buruh pabrik kain yang " + which + " sebanyak " + figure + " orang";
        return ArticleFixture.article(file, speaker + " mengatakan " + claim + ".").published(day)
                .say(claim, speaker, null, Stance.ASSERT, null).befell(figure, value, which).done().build();
    }

    @Test
    void twoCountsOfOneFateOnOneDayConflict() throws Exception {
        List<Finding> found = numeric(List.of(
                report("001_a.txt", DAY, "Rina Wati", "4.210", 4210, "phk"),
                report("002_b.txt", DAY, "Budi Santoso", "4.870", 4870, "phk")));

        assertThat(found).singleElement().satisfies(f -> assertThat(f.explanation()).contains("4.210", "4.870"));
    }

    @Test
    void countsOfDifferentFatesNeverMeet() throws Exception {
        assertThat(numeric(List.of(
                report("001_a.txt", DAY, "Rina Wati", "4.210", 4210, "phk"),
                report("002_b.txt", DAY, "Budi Santoso", "4.870", 4870, "rumah")))).isEmpty();
    }

    @Test
    void countsOfOneFateOnTwoDaysAreACountMovingOn() throws Exception {
        assertThat(numeric(List.of(
                report("001_a.txt", DAY, "Rina Wati", "4.870", 4870, "phk"),
                report("002_b.txt", DAY.plusDays(3), "Budi Santoso", "4.210", 4210, "phk")))).isEmpty();
    }
    /** One article in which {@code speaker} says {@code claim}, whose figure's unit is {@code unit} and fate {@code which}. */
    private static ArticleStatements counted(String file, LocalDate day, String speaker, String claim, String figure,
                                             double value, String unit, String which) {
        return ArticleFixture.article(file, speaker + " mengatakan " + claim + ".").published(day)
                .say(claim, speaker, null, Stance.ASSERT, null).befell(figure, value, unit, which).done().build();
    }

    @Test
    void countsOfPeopleWrittenWithAnyNounOfPeopleMeetByTheirFate() throws Exception {
        List<Finding> found = numeric(List.of(
                counted("001_a.txt", DAY, "Rina Wati", "63 warga dirawat di klinik desa", "63", 63, "warga", "rawat"),
                counted("002_b.txt", DAY, "Budi Santoso", "71 jiwa dirawat di klinik desa", "71", 71, "jiwa", "rawat")));

        assertThat(found).singleElement().satisfies(f -> assertThat(f.explanation()).contains("63", "71"));
    }

    @Test
    void aCountWhoseUnitIsTheVerbOfItsFateMeetsTheOthers() throws Exception {
        List<Finding> found = numeric(List.of(
                counted("001_a.txt", DAY, "Rina Wati", "63 warga dirawat di klinik desa", "63", 63, "warga", "rawat"),
                counted("002_b.txt", DAY, "Budi Santoso", "71 orang dirawat di klinik desa", "71", 71, "dirawat",
                        "rawat")));

        assertThat(found).singleElement().satisfies(f -> assertThat(f.explanation()).contains("63", "71"));
    }

    @Test
    void aCountWithANounOfItsOwnIsNoCountOfPeople() throws Exception {
        assertThat(numeric(List.of(
                counted("001_a.txt", DAY, "Rina Wati", "230 kios terbakar di pasar", "230", 230, "kios", "bakar"),
                counted("002_b.txt", DAY, "Budi Santoso", "260 warga terbakar di pasar", "260", 260, "warga",
                        "bakar")))).isEmpty();
    }

    @Test
    void countsOfPeopleOfOneFateOnTwoDaysAreACountMovingOn() throws Exception {
        assertThat(numeric(List.of(
                counted("001_a.txt", DAY, "Rina Wati", "63 warga dirawat di klinik desa", "63", 63, "warga", "rawat"),
                counted("002_b.txt", DAY.plusDays(2), "Budi Santoso", "71 jiwa dirawat di klinik desa", "71", 71,
                        "jiwa", "rawat")))).isEmpty();
    }
}
