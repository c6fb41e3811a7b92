package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Explanations as a fact-checker hears them read aloud: a same-party divergence says why it matters
 * once, a figure several speakers give is credited to all of them, and a count compared day by day is
 * not said to move when it is a fixed count. A quarry story and a river crossing written for this test.
 */
class ReadAloudTest {
    private static final LocalDate DAY = LocalDate.of(2024, 9, 2);

    @Test
    void aSamePartyDivergenceSaysWhyItMattersOnce() throws Exception {
        ArticleStatements a = ArticleFixture.article("a.txt",
                        "Kepala Dinas Lingkungan Rina Sari menegaskan tambang batu itu tidak mencemari sungai.")
                .published(DAY)
                .say("tambang batu itu tidak mencemari sungai", "Kepala Dinas Lingkungan Rina Sari", "Dinas Lingkungan",
                        Stance.DENY, "cemar sungai").basis(StanceBasis.EVENT_NEGATED).done().build();
        ArticleStatements b = ArticleFixture.article("b.txt",
                        "Kepala Bidang Pengawasan Joko Widagdo mengatakan tambang batu itu mencemari sungai.")
                .published(DAY)
                .say("tambang batu itu mencemari sungai", "Kepala Bidang Pengawasan Joko Widagdo", "Dinas Lingkungan",
                        Stance.ASSERT, "cemar sungai").basis(StanceBasis.CUE).done().build();

        List<Finding> f = AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(a, b), FindingType.SAME_PARTY_DIVERGENCE);

        assertThat(f).hasSize(1);
        String text = f.get(0).explanation();
        assertThat(text).contains("Both sides speak for Dinas Lingkungan.");
        assertThat(text.split("strongest signal", -1)).as("said once: %s", text).hasSize(2);
    }

    @Test
    void aFigureSeveralSpeakersGiveIsCreditedToAllOfThemAndAFixedCountIsNotSaidToMove() throws Exception {
        LocalDate monday = LocalDate.of(2024, 9, 2);
        List<ArticleStatements> story = List.of(
                aboard("001_a.txt", monday, "Kepala Syahbandar Budi", "Syahbandar", "40", 40),
                aboard("002_b.txt", monday, "Direktur Operator Sari", "Operator", "40", 40),
                aboard("003_c.txt", monday, "Kapolres Wawan", "Polres", "46", 46),
                aboard("004_d.txt", monday.plusDays(1), "Kepala Syahbandar Budi", "Syahbandar", "40", 40));

        List<Finding> numeric = AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(story.toArray(ArticleStatements[]::new)),
                FindingType.NUMERIC);

        assertThat(numeric).isNotEmpty();
        String text = numeric.get(0).explanation();
        assertThat(text).contains("\u201C40\u201D is given in 001_a.txt and 002_b.txt (2 statements, from")
                .doesNotContain("Kepala Syahbandar Budi (Syahbandar) gives \u201C40\u201D")
                .doesNotContain("moves from day to day");
    }

    private static ArticleStatements aboard(String file, LocalDate day, String speaker, String party, String figure,
                                            double value) {
        String claim = "perahu itu membawa " + figure + " penumpang";
        return ArticleFixture.article(file, speaker + " mengatakan " + claim + ".").published(day)
                .say(claim, speaker, party, Stance.ASSERT, "perahu penumpang")
                .number(figure, value, value, value, Qualifier.EXACT, null, "passengers").done().build();
    }
}
