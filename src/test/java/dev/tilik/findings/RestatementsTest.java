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
 * A statement negating what a denial denies says the denial again, whatever stance it was read with (a
 * negative fact through a neutral cue, a guess): it is never the other side of a finding. Sentences of a
 * campus row, a strike and an outbreak, written for this test.
 */
class RestatementsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    private static List<Finding> find(ArticleStatements... articles) throws Exception {
        return AnyStoryFindingsTest.find(articles);
    }

    private static List<Finding> ofType(List<Finding> findings, FindingType type) {
        return AnyStoryFindingsTest.ofType(findings, type);
    }

    private static ArticleStatements one(String file, String sentence, String claim, String speaker, String party,
                                         Stance stance, StanceBasis basis, String topic) {
        return ArticleFixture.article(file, sentence).published(DAY)
                .say(claim, speaker, party, stance, topic).basis(basis).done().build();
    }

    @Test
    void aNegativeFactSayingTheDenialAgainIsNotItsOtherSide() throws Exception {
        ArticleStatements denial = one("a.txt", "Rektor Hendra Wijaya menegaskan rektorat tidak melarang diskusi mahasiswa.",
                "rektorat tidak melarang diskusi mahasiswa", "Rektor Hendra Wijaya", "Rektorat", Stance.DENY,
                StanceBasis.EVENT_NEGATED, "jadwal diskusi");
        ArticleStatements again = one("b.txt",
                "Sinta Maharani mengatakan kampus tidak melarang, hanya meminta panitia memindahkan jadwal diskusi.",
                "kampus tidak melarang, hanya meminta panitia memindahkan jadwal diskusi", "Sinta Maharani", "Biro Humas",
                Stance.ASSERT, StanceBasis.CUE, "jadwal diskusi");
        ArticleStatements other = one("c.txt", "Ketua BEM Rizal Fahmi mengatakan rektorat melarang diskusi itu.",
                "rektorat melarang diskusi itu", "Ketua BEM Rizal Fahmi", "BEM", Stance.ASSERT, StanceBasis.CUE,
                "jadwal diskusi");

        assertThat(ofType(find(denial, again), FindingType.DENY_VS_ASSERT)).as("both say the campus banned nothing")
                .isEmpty();
        List<Finding> withOther = ofType(find(denial, again, other), FindingType.DENY_VS_ASSERT);
        assertThat(withOther).hasSize(1);
        assertThat(withOther.get(0).evidence()).filteredOn(e -> e.side() == 1).extracting(Evidence::fileName)
                .containsExactly("c.txt");
    }

    @Test
    void aHeadlineDenialOverItsBodysNegatedWordsIsNoHeadlineAgainstBody() throws Exception {
        ArticleStatements article = ArticleFixture.article("a.txt",
                        "Serikat Bantah Ada Mogok\nKetua serikat Joko Susanto mengatakan buruh tidak melakukan mogok, hanya rapat di halaman pabrik.")
                .headlineFirstLine().published(DAY)
                .say("Bantah Ada Mogok", "Serikat", "Serikat Buruh", Stance.DENY, "mogok pabrik").basis(StanceBasis.CUE).done()
                .say("buruh tidak melakukan mogok, hanya rapat di halaman pabrik", "Ketua serikat Joko Susanto", "Serikat Buruh",
                        Stance.ASSERT, "mogok pabrik").basis(StanceBasis.CUE).done()
                .build();

        assertThat(ofType(find(article), FindingType.HEADLINE_VS_BODY)).isEmpty();
    }

    @Test
    void aGuessNegatingTheSameWordsIsNoHedgeAgainstTheDenial() throws Exception {
        ArticleStatements denial = one("a.txt", "Kepala Dinas Kesehatan Ani Rahma menegaskan tidak ada korban jiwa akibat wabah itu.",
                "tidak ada korban jiwa akibat wabah itu", "Kepala Dinas Kesehatan Ani Rahma", "Dinas Kesehatan", Stance.DENY,
                StanceBasis.EVENT_NEGATED, "korban wabah");
        ArticleStatements guess = one("b.txt", "Sekretaris dinas Budi Santoso mengatakan sepertinya tidak ada korban jiwa akibat wabah.",
                "sepertinya tidak ada korban jiwa akibat wabah", "Sekretaris dinas Budi Santoso", "Dinas Kesehatan",
                Stance.HEDGE, StanceBasis.MARKER, "korban wabah");

        assertThat(find(denial, guess).stream().filter(Finding::isContradiction)).isEmpty();
    }

    @Test
    void aClaimIsReadAsLowerCaseWordsAndTheClauseBreaksThatEndANegationsReach() {
        assertThat(ClaimWords.tokens("Kami TIDAK melarang, hanya meminta.")).containsExactly("kami", "tidak", "melarang",
                ",", "hanya", "meminta", ".");
        assertThat(ClaimWords.tokens("buruh ter-PHK")).containsExactly("buruh", "ter-phk");
    }

    @Test
    void aNotOnlyPhraseNegatesNothing() throws Exception {
        ArticleStatements denial = one("a.txt", "Manajer pabrik Dedi Kurnia menegaskan tidak ada mogok di pabrik.",
                "tidak ada mogok di pabrik", "Manajer pabrik Dedi Kurnia", "PT Sinar Tekstil", Stance.DENY,
                StanceBasis.EVENT_NEGATED, "mogok pabrik");
        ArticleStatements notOnly = one("b.txt", "Ketua serikat Joko Susanto mengatakan buruh tidak hanya mogok di pabrik, tetapi juga berunjuk rasa.",
                "buruh tidak hanya mogok di pabrik, tetapi juga berunjuk rasa", "Ketua serikat Joko Susanto", "Serikat Buruh",
                Stance.ASSERT, StanceBasis.CUE, "mogok pabrik");

        assertThat(ofType(find(denial, notOnly), FindingType.DENY_VS_ASSERT)).as("'tidak hanya' adds, it denies nothing")
                .hasSize(1);
    }

    private static Voice voice(String file, String claim, Stance stance) {
        ArticleStatements a = ArticleFixture.article(file, "Juru bicara Rina Sari mengatakan " + claim + ".").published(DAY)
                .say(claim, "Juru bicara Rina Sari", "Pemkot", stance, "pajak").basis(StanceBasis.CUE).done().build();
        return Voice.of(a.statements().get(0), a, "pajak", "Pemkot", false, new java.util.HashMap<>());
    }

    @Test
    void ofThePhrasesOpeningWithOneWordTheLongestTheClaimHoldsDecides() {
        // "tidak" negates, "tidak hanya" negates nothing, "sama sekali tidak" negates from a word that is no negation alone
        Restatements r = new Restatements(new ClaimWords(List.of("tidak", "sama sekali tidak"),
                List.of("tidak hanya", "bukan hanya"), List.of("mengatakan"), w -> false));
        Voice denial = voice("a.txt", "pemerintah tidak menaikkan pajak", Stance.DENY);

        assertThat(r.restates(voice("b.txt", "kami tidak menaikkan pajak", Stance.ASSERT), List.of(denial))).isTrue();
        assertThat(r.restates(voice("c.txt", "kami tidak hanya menaikkan pajak", Stance.ASSERT), List.of(denial)))
                .as("the longer pending phrase wins over the negation it opens with").isFalse();
        assertThat(r.restates(voice("d.txt", "kami sama sekali tidak menaikkan pajak daerah", Stance.ASSERT), List.of(denial)))
                .isTrue();
        assertThat(r.restates(voice("e.txt", "kami bukan hanya menaikkan pajak", Stance.ASSERT), List.of(denial)))
                .as("a pending phrase opening with no negation negates nothing either").isFalse();
        assertThat(r.restates(voice("f.txt", "pajak naik, kata warga yang tidak setuju", Stance.ASSERT), List.of(denial)))
                .as("what the claim negates is another word").isFalse();
    }

    @Test
    void aProhibitionOrARefusalOfTheDeniedActSaysTheDenialAgain() throws Exception {
        // A bridge: the mayor will not close it; residents asked that it must not be closed; a council member says it was closed.
        ArticleStatements denial = one("a.txt", "Wali Kota Andi Saputra menegaskan pemkot tidak akan menutup jembatan lama.",
                "pemkot tidak akan menutup jembatan lama", "Wali Kota Andi Saputra", "Pemkot", Stance.DENY,
                StanceBasis.EVENT_NEGATED, "jembatan lama");
        ArticleStatements mustNot = one("b.txt", "Ketua RW Siti Aminah mengatakan warga meminta jembatan lama tidak boleh ditutup.",
                "warga meminta jembatan lama tidak boleh ditutup", "Ketua RW Siti Aminah", "RW 03", Stance.ASSERT,
                StanceBasis.CUE, "jembatan lama");
        ArticleStatements raised = one("c.txt", "Anggota DPRD Budi Santoso mengatakan jembatan lama sudah ditutup sejak Senin.",
                "jembatan lama sudah ditutup sejak Senin", "Anggota DPRD Budi Santoso", "DPRD", Stance.ASSERT,
                StanceBasis.CUE, "jembatan lama");

        assertThat(ofType(find(denial, mustNot), FindingType.DENY_VS_ASSERT)).as("both say the bridge is not to be closed")
                .isEmpty();
        List<Finding> withRaised = ofType(find(denial, mustNot, raised), FindingType.DENY_VS_ASSERT);
        assertThat(withRaised).hasSize(1);
        assertThat(withRaised.get(0).evidence()).filteredOn(e -> e.side() == 1).extracting(Evidence::fileName)
                .containsExactly("c.txt");

        // In English, a refusal told in a relative clause.
        ArticleStatements wontPay = one("d.txt", "The mayor said the city will not pay the contractor's penalty.",
                "the city will not pay the contractor's penalty", "The mayor", "City Hall", Stance.DENY,
                StanceBasis.EVENT_NEGATED, "penalty pay");
        ArticleStatements refused = one("e.txt",
                "The auditor said the contractor demanded a penalty of $2 million, which the city refused to pay.",
                "the contractor demanded a penalty of $2 million, which the city refused to pay", "The auditor", "Audit Board",
                Stance.ASSERT, StanceBasis.CUE, "penalty pay");
        assertThat(ofType(find(wontPay, refused), FindingType.DENY_VS_ASSERT)).as("'refused to pay' says 'will not pay' again")
                .isEmpty();
    }

    @Test
    void aPrecautionAgainstTheDeniedActAssertsNothingAgainstIt() throws Exception {
        // A river town: the regent says no flood will come; the agency prepares sandbags against one; a villager says it came.
        ArticleStatements denial = one("a.txt", "Bupati Rahmat Hidayat menegaskan banjir bandang tidak akan terjadi tahun ini.",
                "banjir bandang tidak akan terjadi tahun ini", "Bupati Rahmat Hidayat", "Pemkab", Stance.DENY,
                StanceBasis.EVENT_NEGATED, "banjir bandang");
        ArticleStatements precaution = one("b.txt",
                "Kepala BPBD Sri Wahyuni mengatakan pihaknya menyiapkan karung pasir untuk mengantisipasi terjadinya banjir bandang.",
                "pihaknya menyiapkan karung pasir untuk mengantisipasi terjadinya banjir bandang", "Kepala BPBD Sri Wahyuni",
                "BPBD", Stance.ASSERT, StanceBasis.CUE, "banjir bandang");
        ArticleStatements came = one("c.txt", "Kepala desa Budi Santoso mengatakan banjir bandang terjadi Senin malam.",
                "banjir bandang terjadi Senin malam", "Kepala desa Budi Santoso", "Desa Sukamaju", Stance.ASSERT,
                StanceBasis.CUE, "banjir bandang");

        assertThat(ofType(find(denial, precaution), FindingType.DENY_VS_ASSERT))
                .as("preparing against a flood says none has come").isEmpty();
        List<Finding> withCame = ofType(find(denial, precaution, came), FindingType.DENY_VS_ASSERT);
        assertThat(withCame).hasSize(1);
        assertThat(withCame.get(0).evidence()).filteredOn(e -> e.side() == 1).extracting(Evidence::fileName)
                .containsExactly("c.txt");

        // In English, a measure to prevent the act.
        ArticleStatements noStrike = one("d.txt", "The minister said there will be no strike at the port.",
                "there will be no strike at the port", "The minister", "Ministry", Stance.DENY, StanceBasis.EVENT_NEGATED,
                "port strike");
        ArticleStatements prevent = one("e.txt", "The port operator said it had raised wages to prevent a strike at the port.",
                "it had raised wages to prevent a strike at the port", "The port operator", "Port Authority", Stance.ASSERT,
                StanceBasis.CUE, "port strike");
        assertThat(ofType(find(noStrike, prevent), FindingType.DENY_VS_ASSERT)).as("'to prevent a strike' says none is on")
                .isEmpty();
    }

    @Test
    void whatOughtToHaveHappenedOrIsNamedAsLackingSaysTheDenialAgain() throws Exception {
        // A village meeting: the clerk says the village head did not come; others say he should have, or regret his
        // absence, or that he skipped it; one says he came.
        ArticleStatements denial = one("a.txt", "Sekretaris desa Joko Susilo mengatakan kepala desa tidak hadir dalam musyawarah warga.",
                "kepala desa tidak hadir dalam musyawarah warga", "Sekretaris desa Joko Susilo", "Pemdes", Stance.DENY,
                StanceBasis.EVENT_NEGATED, "musyawarah hadir");
        ArticleStatements owed = one("b.txt", "Ketua BPD Rina Wati mengatakan seharusnya kepala desa hadir karena itu kewajibannya.",
                "seharusnya kepala desa hadir karena itu kewajibannya", "Ketua BPD Rina Wati", "BPD", Stance.ASSERT,
                StanceBasis.CUE, "musyawarah hadir");
        ArticleStatements lacking = one("c.txt", "Tokoh pemuda Andi Saputra menyayangkan ketidakhadiran kepala desa di balai warga.",
                "ketidakhadiran kepala desa di balai warga", "Tokoh pemuda Andi Saputra", "Karang Taruna", Stance.ASSERT,
                StanceBasis.CUE, "musyawarah hadir");
        ArticleStatements skipped = one("d.txt", "Warga Siti Aminah mengatakan kepala desa lagi-lagi mangkir hadir di musyawarah.",
                "kepala desa lagi-lagi mangkir hadir di musyawarah", "Warga Siti Aminah", "Warga", Stance.ASSERT,
                StanceBasis.CUE, "musyawarah hadir");
        ArticleStatements came = one("e.txt", "Camat Budi Santoso mengatakan kepala desa hadir dalam musyawarah warga Senin malam.",
                "kepala desa hadir dalam musyawarah warga Senin malam", "Camat Budi Santoso", "Kecamatan", Stance.ASSERT,
                StanceBasis.CUE, "musyawarah hadir");

        assertThat(ofType(find(denial, owed, lacking, skipped), FindingType.DENY_VS_ASSERT))
                .as("'should have come', 'his absence', 'skipped it' all say he did not come").isEmpty();
        List<Finding> withCame = ofType(find(denial, owed, lacking, skipped, came), FindingType.DENY_VS_ASSERT);
        assertThat(withCame).hasSize(1);
        assertThat(withCame.get(0).evidence()).filteredOn(e -> e.side() == 1).extracting(Evidence::fileName)
                .containsExactly("e.txt");

        // A denial of the lack itself: naming the lack asserts what it denies.
        ArticleStatements deniesSkipping = one("h.txt", "Pengurus koperasi membantah ketidakhadiran mereka dalam rapat anggota karena mangkir.",
                "ketidakhadiran mereka dalam rapat anggota karena mangkir", "Pengurus koperasi", "Koperasi", Stance.DENY,
                StanceBasis.CUE, "rapat anggota");
        ArticleStatements saysSkipped = one("i.txt", "Ketua pengawas Hendra Gunawan menyebut pengurus koperasi mangkir dari rapat anggota.",
                "pengurus koperasi mangkir dari rapat anggota", "Ketua pengawas Hendra Gunawan", "Badan Pengawas", Stance.ASSERT,
                StanceBasis.CUE, "rapat anggota");
        assertThat(ofType(find(deniesSkipping, saysSkipped), FindingType.DENY_VS_ASSERT))
                .as("'denies skipping' against 'skipped': two sides").hasSize(1);

        // In English, a duty unmet.
        ArticleStatements notPaid = one("f.txt", "The union said the mill did not pay the July wages.",
                "the mill did not pay the July wages", "The union", "Union", Stance.DENY, StanceBasis.EVENT_NEGATED, "wages pay");
        ArticleStatements shouldHave = one("g.txt", "The labour office said the mill should have paid the July wages by now.",
                "the mill should have paid the July wages by now", "The labour office", "Labour Office", Stance.ASSERT,
                StanceBasis.CUE, "wages pay");
        assertThat(ofType(find(notPaid, shouldHave), FindingType.DENY_VS_ASSERT)).as("'should have paid' says it was not paid")
                .isEmpty();
    }
}
