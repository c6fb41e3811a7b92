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
 * A speaker the text says agrees with another is on that other's side, whatever stances the two claims were read
 * with. Sentences of a village's irrigation pump and a ferry at a small harbour, written for this test.
 */
class AgreementsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 8);
    private static final String PUMP = "pompa irigasi";

    private static ArticleStatements one(String lang, String file, String sentence, String claim, String speaker,
                                         String party, Stance stance, StanceBasis basis, String topic) {
        return ArticleFixture.article(file, sentence).language(lang).published(DAY)
                .say(claim, speaker, party, stance, topic).basis(basis).done().build();
    }

    private static List<Finding> denials(ArticleStatements... articles) throws Exception {
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(articles), FindingType.DENY_VS_ASSERT);
    }

    private static List<String> files(Finding f) {
        return f.evidence().stream().map(Evidence::fileName).distinct().sorted().toList();
    }

    private static ArticleStatements broken() {
        return one("id", "a.txt", "Ketua Koperasi Tani Budi Santoso mengatakan pompa irigasi rusak sejak pekan lalu.",
                "pompa irigasi rusak sejak pekan lalu", "Ketua Koperasi Tani Budi Santoso", "Koperasi Tani", Stance.ASSERT,
                StanceBasis.CUE, PUMP);
    }

    private static ArticleStatements village(String opening) {
        return one("id", "b.txt", opening + " Kepala Desa Rina Marlina mengatakan pompa irigasi tidak rusak.",
                "pompa irigasi tidak rusak", opening + " Kepala Desa Rina Marlina", "Pemdes Sukamaju", Stance.DENY,
                StanceBasis.EVENT_NEGATED, PUMP);
    }

    @Test
    void aSpeakerSaidToAgreeIsNoOtherSideOfWhomTheyAgreeWith() throws Exception {
        assertThat(denials(broken(), village("Menanggapi Ketua Koperasi Tani,"))).as("no agreement: two sides").hasSize(1);
        assertThat(denials(broken(), village("Senada dengan Ketua Koperasi Tani,"))).isEmpty();
        assertThat(denials(broken(), village("Sependapat dengan pernyataan Ketua Koperasi Tani Budi Santoso,"))).isEmpty();
    }

    @Test
    void aNegatedAgreementOrAnotherSpeakerStillMakesTwoSides() throws Exception {
        assertThat(denials(broken(), village("Tidak sependapat dengan Ketua Koperasi Tani,"))).hasSize(1);
        assertThat(denials(broken(), village("Senada dengan Camat Hadi,"))).as("agrees with someone else").hasSize(1);
        ArticleStatements district = one("id", "c.txt", "Camat Hadi Wibowo mengatakan pompa irigasi tidak rusak.",
                "pompa irigasi tidak rusak", "Camat Hadi Wibowo", "Pemkec Sukamaju", Stance.DENY, StanceBasis.EVENT_NEGATED, PUMP);
        List<Finding> found = denials(broken(), village("Senada dengan Ketua Koperasi Tani,"), district);
        assertThat(found).hasSize(1);
        assertThat(files(found.get(0))).as("the district head still denies what the cooperative asserts")
                .containsExactly("a.txt", "c.txt");
    }

    @Test
    void anEnglishSpeakerEchoingAnotherIsOnTheirSide() throws Exception {
        String topic = "ferry overloaded";
        ArticleStatements master = one("en", "a.txt", "Harbour master Tom Reyes said the ferry was overloaded.",
                "the ferry was overloaded", "Harbour master Tom Reyes", "Port Authority", Stance.ASSERT, StanceBasis.CUE, topic);
        ArticleStatements echoing = one("en", "b.txt",
                "Echoing the harbour master, ferry operator Dan Price said the ferry was not overloaded.",
                "the ferry was not overloaded", "ferry operator Dan Price", "Bay Ferries", Stance.DENY,
                StanceBasis.EVENT_NEGATED, topic);
        ArticleStatements replying = one("en", "b.txt",
                "Replying to the harbour master, ferry operator Dan Price said the ferry was not overloaded.",
                "the ferry was not overloaded", "ferry operator Dan Price", "Bay Ferries", Stance.DENY,
                StanceBasis.EVENT_NEGATED, topic);

        assertThat(denials(master, replying)).hasSize(1);
        assertThat(denials(master, echoing)).isEmpty();
    }
}
