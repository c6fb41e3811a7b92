package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The finding kinds issue 8 added, on statements built by hand (no extraction): misreport, deny vs
 * hedge, confirm vs declined, the time window of stance rules, and one person never set against
 * their own restatement. Parties are institutions as the text names them, not rules ids.
 */
class AnyStoryFindingsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 2, 11);

    static List<Finding> find(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles));
    }

    static List<Finding> ofType(List<Finding> findings, FindingType type) {
        return findings.stream().filter(f -> f.type() == type).toList();
    }

    private static ArticleStatements one(String file, LocalDate day, String sentence, String claim, String speaker,
                                         String party, Stance stance, StanceBasis basis) {
        return ArticleFixture.article(file, sentence).published(day)
                .say(claim, speaker, party, stance, "tanggul jebol").basis(basis).done().build();
    }

    @Test
    void outletsReportingOnePersonDenyingAndDecliningToDenyMakeAMisreport() throws Exception {
        List<Finding> f = find(
                one("a.txt", DAY, "Bupati Sukamaju Sri Wahyuni membantah kabar bahwa tanggul jebol.", "kabar bahwa tanggul jebol",
                        "Bupati Sukamaju Sri Wahyuni", "Bupati Sukamaju", Stance.DENY, StanceBasis.CUE),
                one("b.txt", DAY, "Sri Wahyuni enggan membantah bahwa tanggul jebol.", "bahwa tanggul jebol",
                        "Sri Wahyuni", "Bupati Sukamaju", Stance.HEDGE, StanceBasis.CUE));

        List<Finding> misreports = ofType(f, FindingType.MISREPORT);
        assertThat(misreports).hasSize(1);
        Finding m = misreports.get(0);
        assertThat(m.isContradiction()).isTrue();
        assertThat(m.title()).contains("Sri Wahyuni").contains("declining to deny");
        assertThat(m.evidence()).extracting(Evidence::fileName, Evidence::side)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a.txt", 0), org.assertj.core.groups.Tuple.tuple("b.txt", 1));
    }

    @Test
    void oneArticleReportingASpeakerChangingPositionIsNoMisreport() throws Exception {
        ArticleStatements both = ArticleFixture.article("a.txt",
                        "Sri Wahyuni membantah bahwa tanggul jebol. Kemudian Sri Wahyuni enggan membantah bahwa tanggul retak.")
                .published(DAY)
                .say("bahwa tanggul jebol", "Sri Wahyuni", "Bupati Sukamaju", Stance.DENY, "tanggul jebol").done()
                .say("bahwa tanggul retak", "Sri Wahyuni", "Bupati Sukamaju", Stance.HEDGE, "tanggul jebol")
                .basis(StanceBasis.CUE).done().build();

        assertThat(ofType(find(both), FindingType.MISREPORT)).isEmpty();
    }

    @Test
    void aDenialAgainstADeclinedToDenyIsFlaggedButNotAgainstAHedgeByAMarkerWord() throws Exception {
        ArticleStatements denial = one("a.txt", DAY, "BBWS membantah tanggul jebol.", "tanggul jebol", "BBWS", "BBWS",
                Stance.DENY, StanceBasis.CUE);
        ArticleStatements declined = one("b.txt", DAY, "Bupati enggan membantah tanggul jebol.", "tanggul jebol",
                "Bupati Sukamaju", "Bupati Sukamaju", Stance.HEDGE, StanceBasis.CUE);
        ArticleStatements maybe = one("c.txt", DAY, "Warga menyebut tanggul mungkin jebol.", "tanggul mungkin jebol",
                "Warga", "Warga", Stance.HEDGE, StanceBasis.MARKER);

        assertThat(ofType(find(denial, declined), FindingType.DENY_VS_HEDGE)).hasSize(1);
        assertThat(ofType(find(denial, maybe), FindingType.DENY_VS_HEDGE)).as("'mungkin' is a guess, not a refusal to deny")
                .isEmpty();
    }

    /**
     * A fact-checker's session (round 39, h39ux item 6): a finding read "On no topic, RT 12 neither confirms nor
     * denies" read as if "no topic" were a topic. A no-comment on no topic the rules name says so after its verb.
     */
    @Test
    void aNoCommentOnNoNamedTopicSaysNoneWasNamed() throws Exception {
        ArticleStatements untopical = ArticleFixture.article("a.txt", "Ketua RT 12 enggan berkomentar soal itu.")
                .published(DAY).say("soal itu", "Ketua RT 12", "RT 12", Stance.NO_COMMENT, null).done().build();
        ArticleStatements topical = one("b.txt", DAY, "Pemerintah provinsi menolak mengonfirmasi tanggul jebol.",
                "tanggul jebol", "Pemerintah provinsi", "Pemerintah provinsi", Stance.NO_COMMENT, StanceBasis.CUE);
        List<Finding> none = ofType(find(untopical, topical), FindingType.NO_COMMENT);
        assertThat(none).extracting(Finding::explanation).anySatisfy(e -> assertThat(e)
                .startsWith("RT 12 neither confirms nor denies, on no topic Tilik could name: 1 statement"));
        assertThat(none).extracting(Finding::explanation).noneSatisfy(e -> assertThat(e).contains("On no topic"))
                .anySatisfy(e -> assertThat(e).startsWith("On ").contains("Pemerintah provinsi neither confirms nor denies:"));
    }

    /**
     * Round forty (h40en): a no-comment naming an aspect of the event (rules {@code aspects}: its cause) withholds that
     * aspect only; a confirmation naming none ("the toll") is no confirmation of what it withholds.
     */
    @Test
    void aNoCommentOnTheCauseIsNoRefusalToConfirmWhatHappened() throws Exception {
        String province = "Pemerintah provinsi";
        ArticleStatements declinedCause = one("b.txt", DAY, province + " menolak mengonfirmasi penyebab tanggul jebol.",
                "penyebab tanggul jebol", province, province, Stance.NO_COMMENT, StanceBasis.CUE);
        for (String[] c : new String[][] {{"tanggul jebol", "0"}, {"penyebab tanggul jebol adalah hujan", "1"}}) {
            ArticleStatements confirmed = ArticleFixture.article("a.txt", "Dinas Sosial mengonfirmasi " + c[0] + ".").published(DAY)
                    .say(c[0], "Dinas Sosial", "Dinas Sosial", Stance.CONFIRM, "tanggul jebol").basis(StanceBasis.CUE).done().build();
            assertThat(ofType(find(confirmed, declinedCause), FindingType.CONFIRM_VS_DECLINED)).as(c[0])
                    .hasSize(Integer.parseInt(c[1]));
        }
    }

    @Test
    void aConfirmationAgainstADeclinedToConfirmCountsOnlyWithinADay() throws Exception {
        ArticleStatements confirmed = one("a.txt", DAY, "Dinas Sosial mengonfirmasi tanggul jebol.", "tanggul jebol",
                "Dinas Sosial", "Dinas Sosial", Stance.CONFIRM, StanceBasis.CUE);
        ArticleStatements declinedSameDay = one("b.txt", DAY, "Pemerintah provinsi menolak mengonfirmasi tanggul jebol.",
                "tanggul jebol", "Pemerintah provinsi", "Pemerintah provinsi", Stance.NO_COMMENT, StanceBasis.CUE);
        ArticleStatements declinedWeekLater = one("c.txt", DAY.plusDays(7), "Pemerintah provinsi menolak mengonfirmasi tanggul jebol.",
                "tanggul jebol", "Pemerintah provinsi", "Pemerintah provinsi", Stance.NO_COMMENT, StanceBasis.CUE);

        assertThat(ofType(find(confirmed, declinedSameDay), FindingType.CONFIRM_VS_DECLINED)).hasSize(1);
        assertThat(ofType(find(confirmed, declinedWeekLater), FindingType.CONFIRM_VS_DECLINED)).isEmpty();
    }

    @Test
    void aDenialDoesNotAnswerAReportMonthsOlder() throws Exception {
        ArticleStatements report = one("a.txt", DAY, "BPBD menyatakan tanggul jebol.", "tanggul jebol", "BPBD", "BPBD",
                Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements denialSoon = one("b.txt", DAY.plusDays(3), "BBWS membantah tanggul jebol.", "tanggul jebol",
                "BBWS", "BBWS", Stance.DENY, StanceBasis.CUE);
        ArticleStatements denialLater = one("c.txt", DAY.plusDays(200), "BBWS membantah tanggul jebol.", "tanggul jebol",
                "BBWS", "BBWS", Stance.DENY, StanceBasis.CUE);

        assertThat(ofType(find(report, denialSoon), FindingType.DENY_VS_ASSERT)).hasSize(1);
        assertThat(ofType(find(report, denialLater), FindingType.DENY_VS_ASSERT)).isEmpty();
    }

    @Test
    void onePersonDenyingAndAssertingInOneArticleHoldsOnePosition() throws Exception {
        ArticleStatements article = ArticleFixture.article("a.txt",
                        "Fadjar Djoko Santoso membantah adanya oplosan. Fadjar menegaskan produk sesuai spesifikasi.")
                .published(DAY)
                .say("adanya oplosan", "Fadjar Djoko Santoso", "PT Pertamina", Stance.DENY, "oplosan").done()
                .say("produk sesuai spesifikasi", "Fadjar", "Pertamina", Stance.ASSERT, "oplosan").done().build();

        assertThat(find(article).stream().filter(Finding::isContradiction)).isEmpty();
    }

    @Test
    void oneBodysWordsCreditedToItsSpokesmanAndToTheBodyAreNoMisattribution() throws Exception {
        String quote = "\u201CPerubahan jumlah korban disebabkan dinamika laporan dari masyarakat di lapangan,\u201D ";
        ArticleStatements spokesman = ArticleFixture.article("a.txt", quote + "kata Abdul Muhari.").published(DAY)
                .say("Perubahan jumlah korban disebabkan dinamika laporan dari masyarakat", "Abdul Muhari", "BNPB", Stance.ASSERT, "jumlah korban").quote().done().build();
        ArticleStatements office = ArticleFixture.article("b.txt", quote + "kata Kepala Pusat Data BNPB.").published(DAY)
                .say("Perubahan jumlah korban disebabkan dinamika laporan dari masyarakat", "Kepala Pusat Data BNPB", "BNPB", Stance.ASSERT, "jumlah korban").quote().done().build();
        ArticleStatements other = ArticleFixture.article("c.txt", quote + "kata Bupati Sri Wahyuni.").published(DAY)
                .say("Perubahan jumlah korban disebabkan dinamika laporan dari masyarakat", "Bupati Sri Wahyuni", "Bupati Sukamaju", Stance.ASSERT, "jumlah korban").quote().done().build();

        assertThat(ofType(find(spokesman, office), FindingType.ATTRIBUTION)).isEmpty();
        assertThat(ofType(find(spokesman, other), FindingType.ATTRIBUTION)).as("another body's official").hasSize(1);
    }

    @Test
    void aFigureCreditedToNoOneNamedIsNotSetAgainstANamedSource() throws Exception {
        ArticleStatements named = ArticleFixture.article("a.txt", "Kapolres Bambang Sutrisno mengatakan 24 ambulans dikerahkan.")
                .published(DAY).say("24 ambulans", "Kapolres Bambang Sutrisno", "Polres Sukamaju", Stance.ASSERT, "ambulans")
                .number("24", 24.0, 24, 24, dev.tilik.model.Qualifier.EXACT, "ambulans").done().build();
        ArticleStatements unnamed = ArticleFixture.article("b.txt", "Menurut data terbaru, 24 ambulans dikerahkan.")
                .published(DAY).say("24 ambulans", "data terbaru", "data terbaru", Stance.ASSERT, "ambulans")
                .number("24", 24.0, 24, 24, dev.tilik.model.Qualifier.EXACT, "ambulans").done().build();
        ArticleStatements other = ArticleFixture.article("c.txt", "Bupati Sri Wahyuni mengatakan 24 ambulans dikerahkan.")
                .published(DAY).say("24 ambulans", "Bupati Sri Wahyuni", "Bupati Sukamaju", Stance.ASSERT, "ambulans")
                .number("24", 24.0, 24, 24, dev.tilik.model.Qualifier.EXACT, "ambulans").done().build();

        assertThat(ofType(find(named, unnamed), FindingType.ATTRIBUTION)).isEmpty();
        assertThat(ofType(find(named, other), FindingType.ATTRIBUTION)).as("two named officials of two bodies").hasSize(1);
    }

    @Test
    void aFigureTheClaimReportsFromAnothersMouthIsNotTheSpeakersOwn() throws Exception {
        ArticleStatements named = ArticleFixture.article("a.txt", "Kapolres Bambang Sutrisno mengatakan 24 ambulans dikerahkan.")
                .published(DAY).say("24 ambulans dikerahkan", "Kapolres Bambang Sutrisno", "Polres Sukamaju", Stance.ASSERT, "ambulans")
                .number("24", 24.0, 24, 24, dev.tilik.model.Qualifier.EXACT, "ambulans").done().build();
        String asked = "Bapak mengatakan ada 24 ambulans dikerahkan, apakah itu cukup";
        ArticleStatements question = ArticleFixture.article("b.txt", "\u201C" + asked + ",\u201D kata anggota dewan Ratna Sari.")
                .published(DAY).say(asked, "Ratna Sari", "DPRD Sukamaju", Stance.ASSERT, "ambulans")
                .number("24", 24.0, 24, 24, dev.tilik.model.Qualifier.EXACT, "ambulans").done().build();
        String own = "Kami melihat ada 24 ambulans dikerahkan, apakah itu cukup";
        ArticleStatements seen = ArticleFixture.article("b.txt", "\u201C" + own + ",\u201D kata anggota dewan Ratna Sari.")
                .published(DAY).say(own, "Ratna Sari", "DPRD Sukamaju", Stance.ASSERT, "ambulans")
                .number("24", 24.0, 24, 24, dev.tilik.model.Qualifier.EXACT, "ambulans").done().build();

        assertThat(ofType(find(named, question), FindingType.ATTRIBUTION)).as("she tells what he said").isEmpty();
        assertThat(ofType(find(named, seen), FindingType.ATTRIBUTION)).as("her own figure").hasSize(1);
        ArticleStatements regent = ArticleFixture.article("c.txt", "Bupati Sri Wahyuni mengatakan 24 ambulans dikerahkan.")
                .published(DAY).say("24 ambulans dikerahkan", "Bupati Sri Wahyuni", "Pemkab Sukamaju", Stance.ASSERT, "ambulans")
                .number("24", 24.0, 24, 24, dev.tilik.model.Qualifier.EXACT, "ambulans").done().build();
        assertThat(ofType(find(named, regent), FindingType.ATTRIBUTION)).as("two bodies' own figure").hasSize(1);
        assertThat(ofType(find(named, regent, question), FindingType.ATTRIBUTION))
                .as("retold by a third party too: a figure going round, as when three give it").isEmpty();
    }

    @Test
    void oneEndOfARangeIsNotTheFigureAnotherSpeakerGives() throws Exception {
        ArticleStatements near = ArticleFixture.article("a.txt",
                        "Kepala Dinas Perhubungan Rudi Hartono mengatakan jembatan itu berjarak sekitar 35 kilometer dari kota.")
                .published(DAY).say("jembatan itu berjarak sekitar 35 kilometer dari kota", "Kepala Dinas Perhubungan Rudi Hartono",
                        "Dishub Sukamaju", Stance.ASSERT, "jembatan")
                .number("sekitar 35 kilometer", 35000.0, 31500, 38500, dev.tilik.model.Qualifier.APPROX, "kilometer").done().build();
        ArticleStatements range = ArticleFixture.article("b.txt",
                        "Bupati Sri Wahyuni mengatakan jembatan itu kurang lebih 30 sampai 35 kilometer dari kota.")
                .published(DAY).say("jembatan itu kurang lebih 30 sampai 35 kilometer dari kota", "Bupati Sri Wahyuni",
                        "Pemkab Sukamaju", Stance.ASSERT, "jembatan")
                .number("30", 30000.0, 29500, 30999, dev.tilik.model.Qualifier.APPROX, "kilometer")
                .number("35 kilometer", 35000.0, 34500, 35999, dev.tilik.model.Qualifier.EXACT, "kilometer").done().build();
        ArticleStatements precise = ArticleFixture.article("c.txt",
                        "Bupati Sri Wahyuni mengatakan jembatan itu berjarak 35 kilometer dari kota.")
                .published(DAY).say("jembatan itu berjarak 35 kilometer dari kota", "Bupati Sri Wahyuni",
                        "Pemkab Sukamaju", Stance.ASSERT, "jembatan")
                .number("35 kilometer", 35000.0, 34500, 35999, dev.tilik.model.Qualifier.EXACT, "kilometer").done().build();

        assertThat(ofType(find(near, range), FindingType.ATTRIBUTION)).as("'30 sampai 35' gives no one figure").isEmpty();
        List<Finding> credited = ofType(find(near, precise), FindingType.ATTRIBUTION);
        assertThat(credited).as("one figure, two bodies").hasSize(1);
        assertThat(credited.get(0).title()).as("the figure as written, not its value in metres")
                .contains("\u201Csekitar 35 kilometer\u201D").doesNotContain("35,000");
    }

    @Test
    void aClauseAfterASpeakersNameIsNoPartOfThePerson() throws Exception {
        String quote = "\u201CPerubahan jumlah korban disebabkan dinamika laporan dari masyarakat di lapangan,\u201D ";
        ArticleStatements named = ArticleFixture.article("a.txt", quote + "kata Abdul Muhari.").published(DAY)
                .say("Perubahan jumlah korban disebabkan dinamika laporan dari masyarakat", "Abdul Muhari", "BNPB",
                        Stance.ASSERT, "jumlah korban").quote().done().build();
        ArticleStatements clause = ArticleFixture.article("b.txt", quote + "kata Abdul dalam keterangan pers yang diterima Warta.")
                .published(DAY).say("Perubahan jumlah korban disebabkan dinamika laporan dari masyarakat",
                        "Abdul dalam keterangan pers yang diterima Warta", null, Stance.ASSERT, "jumlah korban").quote().done().build();

        assertThat(ofType(find(named, clause), FindingType.ATTRIBUTION)).as("Abdul is Abdul Muhari, not 'Abdul … Warta'").isEmpty();
    }

    @Test
    void twoOfficialsOfOneInstitutionTakingOppositeLinesDivergeButTheInstitutionNamedBareIsNoSecondVoice() throws Exception {
        ArticleStatements official = one("a.txt", DAY, "Kepala Penerangan Kejatisu, Rina Wulandari, membantah tanggul jebol.",
                "tanggul jebol", "Kepala Penerangan Kejatisu, Rina Wulandari", "Kejatisu", Stance.DENY, StanceBasis.CUE);
        ArticleStatements other = one("b.txt", DAY, "Direktur Penyidikan Kejatisu Budi Santoso menegaskan tanggul jebol.",
                "tanggul jebol", "Direktur Penyidikan Kejatisu Budi Santoso", "Kejatisu", Stance.ASSERT, StanceBasis.CUE);
        ArticleStatements bare = one("c.txt", DAY, "Kejaksaan Tinggi Sukamaju (Kejatisu) menegaskan tanggul jebol.",
                "tanggul jebol", "Kejaksaan Tinggi Sukamaju (Kejatisu)", "Kejatisu", Stance.ASSERT, StanceBasis.CUE);

        List<Finding> two = ofType(find(official, other), FindingType.SAME_PARTY_DIVERGENCE);
        assertThat(two).hasSize(1);
        assertThat(two.get(0).title()).contains("Rina Wulandari").contains("Budi Santoso");

        assertThat(ofType(find(official, bare), FindingType.SAME_PARTY_DIVERGENCE))
                .as("an institution summed up bare is not a second official").isEmpty();
    }

    @Test
    void aNameMetAgainInItsArticleIsThePersonTheArticleNamedInFullThoughOutletsTitleHerDifferently() throws Exception {
        ArticleStatements article = ArticleFixture.article("a.txt",
                        "Kepala Penerangan Kejatisu, Rina Wulandari, membantah tanggul jebol. Rina menegaskan tanggul jebol.")
                .published(DAY)
                .say("tanggul jebol", "Kepala Penerangan Kejatisu, Rina Wulandari", "Kejatisu", Stance.DENY, "tanggul jebol")
                .basis(StanceBasis.CUE).done()
                .say("tanggul jebol", "Rina", "Kejatisu", Stance.ASSERT, "tanggul jebol").basis(StanceBasis.CUE).done()
                .build();
        // two outlets title her in two fuller ways, so "Rina" alone is ambiguous across the folder
        ArticleStatements titled = one("b.txt", DAY, "Kepala Penerangan Kejaksaan Tinggi Sukamaju Rina Wulandari enggan berkomentar soal tanggul jebol.",
                "tanggul jebol", "Kepala Penerangan Kejaksaan Tinggi Sukamaju Rina Wulandari", "Kejatisu", Stance.NO_COMMENT,
                StanceBasis.MARKER);
        ArticleStatements spokeswoman = one("c.txt", DAY, "Juru Bicara Kejatisu Rina Wulandari enggan berkomentar soal tanggul jebol.",
                "tanggul jebol", "Juru Bicara Kejatisu Rina Wulandari", "Kejatisu", Stance.NO_COMMENT, StanceBasis.MARKER);

        assertThat(ofType(find(article, titled, spokeswoman), FindingType.SAME_PARTY_DIVERGENCE))
                .as("Rina is Rina Wulandari of the same article: one person, not two lines of Kejatisu").isEmpty();
    }

    @Test
    void aBodyNamedByItsAcronymQuotedTwiceInOneArticleHoldsOnePosition() throws Exception {
        ArticleStatements article = ArticleFixture.article("a.txt",
                        "TNI AL membantah tanggul jebol. TNI AL menegaskan tanggul jebol.")
                .published(DAY)
                .say("tanggul jebol", "TNI AL", "TNI", Stance.DENY, "tanggul jebol").basis(StanceBasis.CUE).done()
                .say("tanggul jebol", "TNI AL", "TNI", Stance.ASSERT, "tanggul jebol").basis(StanceBasis.CUE).done()
                .build();

        assertThat(ofType(find(article), FindingType.SAME_PARTY_DIVERGENCE))
                .as("one body quoted twice in one article is not two voices of TNI").isEmpty();
    }
}
