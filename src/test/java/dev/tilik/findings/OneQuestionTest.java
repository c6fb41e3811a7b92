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
 * A stance finding's two sides answer one question, the one its denial puts: a statement telling something
 * else about the same matter is no other side. Sentences of a land dispute, a vote count and a landslide,
 * written for this test.
 */
class OneQuestionTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 12);

    private static ArticleStatements one(String file, String sentence, String claim, String speaker, String party,
                                         Stance stance, StanceBasis basis) {
        return about("ganti rugi lahan", file, sentence, claim, speaker, party, stance, basis);
    }

    private static ArticleStatements about(String topic, String file, String sentence, String claim, String speaker,
                                           String party, Stance stance, StanceBasis basis) {
        return ArticleFixture.article(file, sentence).published(DAY)
                .say(claim, speaker, party, stance, topic).basis(basis).done().build();
    }

    private static List<Finding> denials(ArticleStatements... articles) throws Exception {
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(articles), FindingType.DENY_VS_ASSERT);
    }

    private static List<String> side(Finding f, int side) {
        return f.evidence().stream().filter(e -> e.side() == side).map(Evidence::fileName).distinct().toList();
    }

    @Test
    void aFirmNegationAsksAboutItsVerbNotAboutWhatItsObjectIs() throws Exception {
        ArticleStatements wontPay = one("a.txt", "Bupati Rahmat Hidayat menegaskan pemerintah tidak akan membayar ganti rugi lahan warga.",
                "pemerintah tidak akan membayar ganti rugi lahan warga", "Bupati Rahmat Hidayat", "Pemkab", Stance.DENY,
                StanceBasis.EVENT_NEGATED);
        ArticleStatements howMuch = one("b.txt", "Ketua paguyuban warga Sri Wahyuni mengatakan ganti rugi lahan yang dituntut warga Rp 5 miliar.",
                "ganti rugi lahan yang dituntut warga Rp 5 miliar", "Ketua paguyuban warga Sri Wahyuni", "Paguyuban Warga",
                Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements paid = one("c.txt", "Camat Yusuf Maulana mengatakan pemerintah sudah membayar ganti rugi lahan kepada warga.",
                "pemerintah sudah membayar ganti rugi lahan kepada warga", "Camat Yusuf Maulana", "Kecamatan", Stance.ASSERT,
                StanceBasis.CUE);

        assertThat(denials(wontPay, howMuch)).as("'will not pay' and 'how much is asked' answer two questions").isEmpty();
        List<Finding> found = denials(wontPay, howMuch, paid);
        assertThat(found).hasSize(1);
        assertThat(side(found.get(0), 0)).containsExactly("a.txt");
        assertThat(side(found.get(0), 1)).as("only the statement that says whether it was paid").containsExactly("c.txt");
    }

    @Test
    void aPlainNegationAsksAboutEveryWordItReaches() throws Exception {
        ArticleStatements denial = about("suara tps", "a.txt", "Ketua KPU Rina Susanti menegaskan tidak ada penggelembungan suara di TPS 5.", "tidak ada penggelembungan suara di TPS 5", "Ketua KPU Rina Susanti", "KPU", Stance.DENY, StanceBasis.EVENT_NEGATED);
        ArticleStatements same = about("suara tps", "b.txt", "Saksi partai Hendra Gunawan mengatakan suara di TPS 5 digelembungkan.", "suara di TPS 5 digelembungkan", "Saksi partai Hendra Gunawan", "Partai Maju", Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements when = about("suara tps", "c.txt", "Saksi partai Hendra Gunawan mengatakan rekapitulasi selesai Senin malam.", "rekapitulasi selesai Senin malam", "Saksi partai Hendra Gunawan", "Partai Maju", Stance.ASSERT, StanceBasis.CUE);

        assertThat(denials(denial, when)).as("when the count ended is another question").isEmpty();
        assertThat(denials(denial, same)).hasSize(1);
    }

    @Test
    void aDenialThatRefersBackLeavesTheQuestionToWhatItRefersTo() throws Exception {
        ArticleStatements denial = one("a.txt", "Bupati Rahmat Hidayat membantah klaim tersebut.", "klaim tersebut",
                "Bupati Rahmat Hidayat", "Pemkab", Stance.DENY, StanceBasis.CUE);
        ArticleStatements claim = one("b.txt", "Ketua paguyuban warga Sri Wahyuni mengatakan pemerintah belum membayar ganti rugi lahan.",
                "pemerintah belum membayar ganti rugi lahan", "Ketua paguyuban warga Sri Wahyuni", "Paguyuban Warga",
                Stance.ASSERT, StanceBasis.CUE);

        assertThat(denials(denial, claim)).as("'klaim tersebut' names no words of its own: any statement may answer it")
                .hasSize(1);
    }

    @Test
    void aDismissalAsksAboutWhatItDismissesNotAboutTruth() throws Exception {
        ArticleStatements dismissal = about("pajak bumi", "a.txt", "Sekda Agus Pratama menyebut kenaikan pajak 250 persen tidak benar.", "kenaikan pajak 250 persen tidak benar", "Sekda Agus Pratama", "Pemkab", Stance.DENY, StanceBasis.DISMISSAL);
        ArticleStatements claim = about("pajak bumi", "b.txt", "Koordinator warga Sri Wahyuni mengatakan pajak bumi naik 250 persen.", "pajak bumi naik 250 persen", "Koordinator warga Sri Wahyuni", "Paguyuban Warga", Stance.ASSERT, StanceBasis.CUE);

        assertThat(denials(dismissal, claim)).as("'tidak benar' reaches only the word of truth: the question is what it dismisses")
                .hasSize(1);
    }
}
