package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A promise overtaken weeks later by what happened is no contradiction at one moment; a plain denial, or an account
 * of the same days, still is. Sentences of a sugar mill's layoffs, written for this test.
 */
class PromisesTest {
    private static final String TOPIC = "phk pabrik";

    private static ArticleStatements one(String file, LocalDate day, String sentence, String claim, String speaker,
                                         String party, Stance stance, StanceBasis basis) {
        return ArticleFixture.article(file, sentence).published(day)
                .say(claim, speaker, party, stance, TOPIC).basis(basis).done().build();
    }

    private static List<Finding> denials(ArticleStatements... articles) throws Exception {
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(articles), FindingType.DENY_VS_ASSERT);
    }

    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 10);

    private static ArticleStatements laidOff(String file, LocalDate day) {
        return one(file, day, "Ketua serikat pekerja Budi Santoso mengatakan PHK di pabrik gula sudah terjadi.",
                "PHK di pabrik gula sudah terjadi", "Ketua serikat pekerja Budi Santoso", "Serikat Pekerja", Stance.ASSERT,
                StanceBasis.CUE);
    }

    @Test
    void aPromiseIsNotContradictedByWhatHappenedWeeksAfterIt() throws Exception {
        ArticleStatements promise = one("a.txt", JANUARY,
                "Direktur Hendra Gunawan mengatakan manajemen memastikan tidak akan ada PHK di pabrik gula.",
                "manajemen memastikan tidak akan ada PHK di pabrik gula", "Direktur Hendra Gunawan", "PT Gula Manis",
                Stance.DENY, StanceBasis.EVENT_NEGATED);

        assertThat(denials(promise, laidOff("b.txt", JANUARY.plusDays(50))))
                .as("the layoffs seven weeks on tell what became of the promise").isEmpty();
        assertThat(denials(promise, laidOff("c.txt", JANUARY.plusDays(2))))
                .as("an account of the same days still disagrees with it").hasSize(1);
    }

    @Test
    void aDenialOfWhatIsSoIsStillSetAgainstALaterAccount() throws Exception {
        ArticleStatements denial = one("a.txt", JANUARY,
                "Direktur Hendra Gunawan menegaskan tidak ada PHK di pabrik gula.",
                "tidak ada PHK di pabrik gula", "Direktur Hendra Gunawan", "PT Gula Manis", Stance.DENY,
                StanceBasis.EVENT_NEGATED);

        assertThat(denials(denial, laidOff("b.txt", JANUARY.plusDays(50)))).hasSize(1);
    }

    @Test
    void aDenialThatItHasNotHappenedYetIsOvertakenWeeksLater() throws Exception {
        ArticleStatements notYet = one("a.txt", JANUARY,
                "Ketua serikat pekerja Budi Santoso mengatakan mesin giling pabrik gula belum diperbaiki.",
                "mesin giling pabrik gula belum diperbaiki", "Ketua serikat pekerja Budi Santoso", "Serikat Pekerja",
                Stance.DENY, StanceBasis.EVENT_NEGATED);
        java.util.function.Function<LocalDate, ArticleStatements> repaired = day -> one("b.txt", day,
                "Direktur Hendra Gunawan mengatakan mesin giling pabrik gula sudah diperbaiki.",
                "mesin giling pabrik gula sudah diperbaiki", "Direktur Hendra Gunawan", "PT Gula Manis", Stance.ASSERT,
                StanceBasis.CUE);

        assertThat(denials(notYet, repaired.apply(JANUARY.plusDays(30))))
                .as("the repair a month on tells what became of 'not yet'").isEmpty();
        assertThat(denials(notYet, repaired.apply(JANUARY.plusDays(1)))).as("the next day they disagree").hasSize(1);
    }
}
