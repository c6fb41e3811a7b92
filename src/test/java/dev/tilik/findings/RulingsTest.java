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
 * A court's ruling on a request is no party's denial: set against the request having been made it answers another
 * question. Sentences of a timber firm's appeal and a port concession, written for this test.
 */
class RulingsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 2, 3);

    private static ArticleStatements one(String file, String sentence, String claim, String speaker, String party,
                                         Stance stance, StanceBasis basis, String topic) {
        return ArticleFixture.article(file, sentence).published(DAY)
                .say(claim, speaker, party, stance, topic).basis(basis).done().build();
    }

    private static List<Finding> denials(ArticleStatements... articles) throws Exception {
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(articles), FindingType.DENY_VS_ASSERT);
    }

    @Test
    void aCourtRejectingARequestIsNoDenialOfItsBeingMade() throws Exception {
        ArticleStatements rejected = one("a.txt", "Juru bicara MA Agus Pratama mengatakan MA menolak permohonan kasasi yang diajukan PT Kayu Jati.",
                "permohonan kasasi yang diajukan PT Kayu Jati", "Juru bicara MA Agus Pratama", "MA", Stance.DENY,
                StanceBasis.CUE, "kasasi kayu");
        ArticleStatements filed = one("b.txt", "Kuasa hukum Rina Susanti mengatakan permohonan kasasi PT Kayu Jati diajukan pekan lalu.",
                "permohonan kasasi PT Kayu Jati diajukan pekan lalu", "Kuasa hukum Rina Susanti", "PT Kayu Jati",
                Stance.ASSERT, StanceBasis.CUE, "kasasi kayu");
        assertThat(denials(rejected, filed)).as("the ruling decides the request; its filing is another question").isEmpty();

        ArticleStatements appeal = one("c.txt", "A court spokesman said the court rejected the appeal filed by the port operator.",
                "the appeal filed by the port operator", "A court spokesman", "Supreme Court", Stance.DENY, StanceBasis.CUE,
                "port appeal");
        ArticleStatements lodged = one("d.txt", "The operator's lawyer said the appeal was filed in March.",
                "the appeal was filed in March", "The operator's lawyer", "Port Operator", Stance.ASSERT, StanceBasis.CUE,
                "port appeal");
        assertThat(denials(appeal, lodged)).as("in English too").isEmpty();
    }

    @Test
    void aPartyDenyingWhatWasDoneStillDenies() throws Exception {
        ArticleStatements denial = one("a.txt", "Direktur Hendra Gunawan membantah perusahaan menebang hutan lindung.",
                "perusahaan menebang hutan lindung", "Direktur Hendra Gunawan", "PT Kayu Jati", Stance.DENY,
                StanceBasis.CUE, "hutan lindung");
        ArticleStatements felled = one("b.txt", "Kepala dinas Sri Wahyuni mengatakan perusahaan menebang hutan lindung seluas 20 hektare.",
                "perusahaan menebang hutan lindung seluas 20 hektare", "Kepala dinas Sri Wahyuni", "Dinas Kehutanan",
                Stance.ASSERT, StanceBasis.CUE, "hutan lindung");
        assertThat(denials(denial, felled)).hasSize(1);
    }
}
