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
 * A statement that writes, word for word, the negated clause of a denial says what the denial says: one quotation in
 * two outlets, read as a denial in one and an assertion in the other, is no disagreement
 * ({@link ClaimWords#negatedClauses}, {@link StanceDetector#dropWritingTheDenial}). Invented story: a mayor on a flooded riverbank, quoted by two outlets.
 */
class DenialWrittenAgainTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 8);
    private static final String TOPIC = "bantaran sungai";

    private static List<Finding> denials(ArticleStatements... articles) throws Exception {
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(articles), FindingType.DENY_VS_ASSERT);
    }

    private static ArticleStatements said(String file, String claim, String speaker, String party, Stance stance) {
        return ArticleFixture.article(file, "\u201C" + claim + ",\u201D kata " + speaker + ".").language("id").published(DAY)
                .say(claim, speaker, party, stance, TOPIC).basis(StanceBasis.CUE).quote().done().build();
    }

    @Test
    void oneQuotationReadAsADenialAndAsAnAssertionIsNoDisagreement() throws Exception {
        ArticleStatements denial = said("a.txt", "Tidak bisa lagi ditinggali warga, tapi harus ada solusinya",
                "Wali Kota Sukamaju", "Pemkot Sukamaju", Stance.DENY);
        assertThat(denials(denial, said("b.txt", "(Bantaran ini) tidak bisa lagi ditinggali warga, tapi harus ada solusi",
                "Ketua DPRD Sukamaju", "DPRD Sukamaju", Stance.ASSERT)))
                .as("the same negated clause, word for word").isEmpty();
        assertThat(denials(denial, said("b.txt", "Bantaran ini masih bisa ditinggali warga asal tanggulnya diperbaiki",
                "Ketua DPRD Sukamaju", "DPRD Sukamaju", Stance.ASSERT)))
                .as("an assertion of the contrary still stands against it").hasSize(1);
    }
}
