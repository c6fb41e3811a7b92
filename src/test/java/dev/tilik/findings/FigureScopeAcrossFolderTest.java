package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.rules.NumberWords;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two figures that are no count moving on (team-written sentences of an invented story: a landslide on a quarry road
 * and the day wage its diggers were paid): a part the folder itself writes as a part of a whole ("tujuh dari 12
 * korban … warga sipil"), and one figure written with and without its scale word ("Rp 35" / "Rp 35 ribu").
 */
class FigureScopeAcrossFolderTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 2, 9);
    private static final LocalDate LATER = LocalDate.of(2026, 2, 16);

    private static List<Finding> find(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles));
    }

    private static long count(List<Finding> findings, FindingType type) {
        return findings.stream().filter(f -> f.type() == type).count();
    }

    /** A statement of {@code sentence} (its full stop dropped) by a district officer, on {@code day}. */
    private static ArticleFixture.StatementSpec said(String file, LocalDate day, String sentence, String topic) {
        return ArticleFixture.article(file, sentence).published(day)
                .say(sentence.substring(0, sentence.length() - 1), "Rina Wulandari", "BPBD Kabupaten Lebak",
                        Stance.ASSERT, topic);
    }

    private static ArticleStatements dead(String file, LocalDate day, String sentence, String figure, double value,
                                          String unit) {
        return said(file, day, sentence, "longsor").befell(figure, value, unit, "tewas").done().build();
    }

    private static ArticleStatements wage(String file, LocalDate day, String sentence, String figure, double value) {
        return said(file, day, sentence, "upah").number(figure, value, value, value, Qualifier.EXACT, "Rp").done().build();
    }

    @Test
    void aPartTheFolderWritesAsAPartOfTheWholeIsNoMoveFromIt() throws Exception {
        ArticleStatements whole = dead("001_a.txt", FIRST, "Longsor itu menewaskan 12 orang.", "12", 12, null);
        ArticleStatements part = dead("002_b.txt", LATER, "Longsor itu juga menewaskan 7 warga sipil.", "7", 7, "warga");
        ArticleStatements breakdown = ArticleFixture.article("003_c.txt",
                "Tujuh dari 12 korban meninggal dunia merupakan warga sipil.").published(LATER).build();

        assertThat(count(find(whole, part), FindingType.EVOLVING)).as("read alone, 12 then 7 dead").isEqualTo(1);
        List<Finding> withBreakdown = find(whole, part, breakdown);
        assertThat(count(withBreakdown, FindingType.EVOLVING)).as("7 of the 12 were civilians").isZero();
        assertThat(count(withBreakdown, FindingType.NUMERIC)).isZero();
    }

    @Test
    void theFolderWritesAPartOfAWholeByTheLanguagesBreakdownWords() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        NumberWords words = NumberWords.of(rules.languages().values());

        assertThat(FolderParts.read("Tujuh dari 12 korban meninggal dunia merupakan warga sipil.", words))
                .extracting(FolderParts.Part::whole, FolderParts.Part::part).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(12.0, 7.0));
        assertThat(FolderParts.read("Longsor menewaskan 12 orang, terdiri dari tujuh warga sipil dan lima pekerja.",
                words)).extracting(FolderParts.Part::part).containsExactly(7.0);
        assertThat(FolderParts.read("Ada 12 korban, 7 di antaranya warga sipil.", words).get(0).partWords())
                .contains("warga", "sipil");
        assertThat(FolderParts.read("The landslide killed 12 people, of whom 7 were civilians.", words))
                .extracting(FolderParts.Part::whole).containsExactly(12.0);
        assertThat(FolderParts.read("Longsor menewaskan 12 orang. Sebanyak 7 warga sipil dirawat.", words))
                .as("two sentences: no breakdown").isEmpty();
        assertThat(FolderParts.read("Jumlahnya naik dari 7 menjadi 12 orang.", words)).as("a figure moved").isEmpty();
    }

    @Test
    void oneFigureWithAndWithoutItsScaleWordConflictsOnAnyDay() throws Exception {
        ArticleStatements dropped = wage("001_a.txt", FIRST, "Para penggali dibayar Rp 35 per hari.", "Rp 35", 35);
        ArticleStatements written = wage("002_b.txt", LATER, "Para penggali dibayar Rp 35 ribu per hari.", "Rp 35 ribu",
                35_000);
        List<Finding> findings = find(dropped, written);
        assertThat(count(findings, FindingType.NUMERIC)).as("Rp 35 is Rp 35 ribu misprinted").isEqualTo(1);
        assertThat(count(findings, FindingType.EVOLVING)).isZero();

        ArticleStatements raised = wage("003_c.txt", LATER, "Para penggali dibayar Rp 40 ribu per hari.", "Rp 40 ribu",
                40_000);
        List<Finding> moved = find(wage("001_a.txt", FIRST, "Para penggali dibayar Rp 35 ribu per hari.", "Rp 35 ribu",
                35_000), raised);
        assertThat(count(moved, FindingType.EVOLVING)).as("another figure on a later day moves on").isEqualTo(1);
        assertThat(count(moved, FindingType.NUMERIC)).isZero();
    }

    @Test
    void aScaleWordApartIsTheSameDigitsAPowerOfAThousandApart() {
        assertThat(range("Rp 150", 150).rescaled(range("Rp 150 ribu", 150_000))).isTrue();
        assertThat(range("1,5 juta", 1_500_000).rescaled(range("1,5 miliar", 1_500_000_000))).isTrue();
        assertThat(range("Rp 15 ribu", 15_000).rescaled(range("Rp 150 ribu", 150_000))).as("a digit more").isFalse();
        assertThat(range("150", 150).rescaled(range("150", 150))).as("the same figure").isFalse();
        assertThat(range("1,5 juta", 1_500_000).rescaled(range("15 ribu", 15_000))).as("a hundred apart").isFalse();
    }

    private static FigureRange range(String text, double value) {
        return FigureRange.of(new dev.tilik.statements.NumberMention(dev.tilik.text.CharSpan.of(0, 1), text, value,
                value, value, Qualifier.EXACT, "Rp"), 0.1);
    }
}
