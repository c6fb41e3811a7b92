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
 * Sides that say nothing against a denial though they name its words: a claim that only names what was spoken about,
 * a negation in another language that says the denial again, a headline's denial of what its body does not tell.
 * Sentences of a market levy and a cooperative's accounts, written for this test.
 */
class MattersTest {
    private static final LocalDate DAY = LocalDate.of(2025, 8, 4);

    private static ArticleStatements one(String lang, String file, String sentence, String claim, String speaker,
                                         String party, Stance stance, StanceBasis basis, String topic) {
        return ArticleFixture.article(file, sentence).language(lang).published(DAY)
                .say(claim, speaker, party, stance, topic).basis(basis).done().build();
    }

    private static List<Finding> ofType(FindingType type, ArticleStatements... articles) throws Exception {
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(articles), type);
    }

    private static List<String> side1(Finding f) {
        return f.evidence().stream().filter(e -> e.side() == 1).map(Evidence::fileName).distinct().toList();
    }

    private static final String LEVY = "pungutan pasar";

    private static ArticleStatements levyDenied() {
        return one("id", "a.txt", "Kepala dinas pasar Ani Rahmawati menegaskan tidak ada pungutan liar di pasar induk.",
                "tidak ada pungutan liar di pasar induk", "Kepala dinas pasar Ani Rahmawati", "Dinas Pasar", Stance.DENY,
                StanceBasis.EVENT_NEGATED, LEVY);
    }

    @Test
    void aClaimThatOnlyNamesWhatWasSpokenAboutAnswersNoDenial() throws Exception {
        ArticleStatements clarified = one("id", "b.txt", "Wali kota Hendra Wijaya mengklarifikasi soal pungutan liar di pasar induk.",
                "soal pungutan liar di pasar induk", "Wali kota Hendra Wijaya", "Pemkot", Stance.ASSERT, StanceBasis.CUE, LEVY);
        ArticleStatements discussed = one("id", "c.txt",
                "Ketua paguyuban Sri Lestari mengatakan pengelola membahas pungutan liar itu dengan pedagang, atas permintaan dinas.",
                "pengelola membahas pungutan liar itu dengan pedagang, atas permintaan dinas", "Ketua paguyuban Sri Lestari",
                "Paguyuban Pedagang", Stance.ASSERT, StanceBasis.CUE, LEVY);
        ArticleStatements told = one("id", "d.txt", "Ketua paguyuban Sri Lestari mengatakan pedagang dimintai pungutan liar setiap pagi.",
                "pedagang dimintai pungutan liar setiap pagi", "Ketua paguyuban Sri Lestari", "Paguyuban Pedagang",
                Stance.ASSERT, StanceBasis.CUE, LEVY);

        assertThat(ofType(FindingType.DENY_VS_ASSERT, levyDenied(), clarified, discussed))
                .as("what was clarified or discussed is not said").isEmpty();
        List<Finding> found = ofType(FindingType.DENY_VS_ASSERT, levyDenied(), clarified, discussed, told);
        assertThat(found).hasSize(1);
        assertThat(side1(found.get(0))).containsExactly("d.txt");
    }

    @Test
    void aMatterFollowedByAClauseStillTellsSomething() throws Exception {
        ArticleStatements told = one("id", "b.txt", "Wali kota Hendra Wijaya mengatakan soal pungutan liar, pedagang memang dimintai uang.",
                "soal pungutan liar, pedagang memang dimintai uang", "Wali kota Hendra Wijaya", "Pemkot", Stance.ASSERT,
                StanceBasis.CUE, LEVY);

        assertThat(ofType(FindingType.DENY_VS_ASSERT, levyDenied(), told)).hasSize(1);
    }

    @Test
    void aNegationInAnotherLanguageSaysTheDenialAgain() throws Exception {
        String topic = "audit koperasi";
        ArticleStatements denial = one("en", "a.txt",
                "Officials said the cooperative's accounts were not audited, leaving members exposed.",
                "the cooperative's accounts were not audited, leaving members exposed", "Officials", "Dinas Koperasi",
                Stance.DENY, StanceBasis.EVENT_NEGATED, topic);
        ArticleStatements again = one("id", "b.txt",
                "Kepala dinas koperasi Rudi Hartono mengatakan kerugian itu terjadi karena tidak ada audit selama tiga tahun.",
                "kerugian itu terjadi karena tidak ada audit selama tiga tahun", "Kepala dinas koperasi Rudi Hartono",
                "Inspektorat", Stance.ASSERT, StanceBasis.CUE, topic);
        ArticleStatements audited = one("id", "c.txt",
                "Ketua koperasi Sari Dewi mengatakan laporan keuangan koperasi sudah diaudit akuntan publik.",
                "laporan keuangan koperasi sudah diaudit akuntan publik", "Ketua koperasi Sari Dewi", "Koperasi Makmur",
                Stance.ASSERT, StanceBasis.CUE, topic);

        assertThat(ofType(FindingType.DENY_VS_ASSERT, denial, again)).as("both say there was no audit").isEmpty();
        List<Finding> found = ofType(FindingType.DENY_VS_ASSERT, denial, again, audited);
        assertThat(found).hasSize(1);
        assertThat(side1(found.get(0))).containsExactly("c.txt");
    }

    @Test
    void aHeadlineDenialIsSetOnlyAgainstABodyThatAnswersIt() throws Exception {
        ArticleStatements other = ArticleFixture.article("a.txt",
                        "Pengelola Bantah Ada Pungli, Hanya Tarik Retribusi Resmi\nKepala pengelola Dedi Kurnia mengatakan pengelola hanya menarik retribusi resmi Rp 2.000 per lapak.")
                .headlineFirstLine().published(DAY)
                .say("Ada Pungli, Hanya Tarik Retribusi Resmi", "Pengelola", "Pengelola Pasar", Stance.DENY, LEVY)
                .basis(StanceBasis.CUE).done()
                .say("pengelola hanya menarik retribusi resmi Rp 2.000 per lapak", "Kepala pengelola Dedi Kurnia", "Pengelola Pasar",
                        Stance.ASSERT, LEVY).basis(StanceBasis.CUE).done()
                .build();
        ArticleStatements answers = ArticleFixture.article("b.txt",
                        "Pengelola Bantah Ada Pungli\nKepala pengelola Dedi Kurnia mengakui ada pungli oleh oknum petugas.")
                .headlineFirstLine().published(DAY)
                .say("Ada Pungli", "Pengelola", "Pengelola Pasar", Stance.DENY, LEVY).basis(StanceBasis.CUE).done()
                .say("ada pungli oleh oknum petugas", "Kepala pengelola Dedi Kurnia", "Pengelola Pasar", Stance.ASSERT, LEVY)
                .basis(StanceBasis.CUE).done()
                .build();

        assertThat(ofType(FindingType.HEADLINE_VS_BODY, other)).as("the body tells the official levy, not the illegal one")
                .isEmpty();
        assertThat(ofType(FindingType.HEADLINE_VS_BODY, answers)).hasSize(1);
    }
}
