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
 * A term a denial glosses by its initials is asked whole: a statement answers it through the term, not through a
 * root one of its words shares with another ("pemadaman listrik bergilir (PLB)" and a fire "dipadamkan"). Sentences
 * of a hill town's power cuts in a dry season and a warehouse fire, written for this test.
 */
class GlossedTermsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 7, 14);
    private static final String TOPIC = "listrik desa";

    private static ArticleStatements asserted(String file, String sentence, String claim) {
        return ArticleFixture.article(file, sentence).language("id").published(DAY)
                .say(claim, "Ketua RW Joko Susilo", "Warga Sukasari", Stance.ASSERT, TOPIC).basis(StanceBasis.CUE).done().build();
    }

    private static ArticleStatements denied() {
        String claim = "tidak akan ada pemadaman listrik bergilir (PLB) selama musim kemarau";
        return ArticleFixture.article("a.txt", "Direktur PT Listrik Bukit Rina Marlina menegaskan " + claim + ".")
                .language("id").published(DAY)
                .say(claim, "Direktur PT Listrik Bukit Rina Marlina", "PT Listrik Bukit", Stance.DENY, TOPIC)
                .basis(StanceBasis.EVENT_NEGATED).done().build();
    }

    private static List<Finding> flags(ArticleStatements other) throws Exception {
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(denied(), other), FindingType.DENY_VS_ASSERT);
    }

    @Test
    void aWordOfTheTermSharingARootAnswersNothing() throws Exception {
        assertThat(flags(asserted("b.txt", "Ketua RW Joko Susilo mengatakan api di gudang desa sudah dipadamkan pukul sepuluh malam.",
                "api di gudang desa sudah dipadamkan pukul sepuluh malam"))).isEmpty();
    }

    @Test
    void theTermByItsInitialsOrItsWordsInARowAnswers() throws Exception {
        assertThat(flags(asserted("b.txt", "Ketua RW Joko Susilo mengatakan PLB sudah terjadi tiga kali pekan ini.",
                "PLB sudah terjadi tiga kali pekan ini"))).hasSize(1);
        assertThat(flags(asserted("c.txt", "Ketua RW Joko Susilo mengatakan pemadaman listrik bergilir sudah terjadi tiga kali.",
                "pemadaman listrik bergilir sudah terjadi tiga kali"))).hasSize(1);
    }

    @Test
    void aTermIsOnlyWordsFollowedByTheirInitialsInCapitals() {
        assertThat(GlossedTerms.in("tidak ada pemadaman listrik bergilir (PLB) di desa"))
                .containsExactly(new GlossedTerms.Term(List.of("pemadaman", "listrik", "bergilir"), "plb"));
        assertThat(GlossedTerms.in("tidak ada pemadaman listrik bergilir plb di desa")).isEmpty();
        assertThat(GlossedTerms.in("Badan Air Desa BAD menegaskan")).hasSize(1);
    }
}
