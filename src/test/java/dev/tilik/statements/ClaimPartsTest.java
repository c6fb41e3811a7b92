package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One statement per claim, each with its own stance: a quotation of several sentences (never split
 * by the sentence splitter) and a reported claim going on with a second cue that takes a position.
 * And the stance language real copy uses without a denying cue: a negated link or cause, no word yet,
 * a hedge that only names a thing or rounds a figure, "not yet" as a state.
 */
class ClaimPartsTest {

    private static List<Stance> stances(List<Statement> statements) {
        return statements.stream().map(Statement::stance).toList();
    }

    private static Stance id(String sentence) {
        return Extract.one("id", sentence).stance();
    }

    private static Stance en(String sentence) {
        return Extract.one("en", sentence).stance();
    }

    @Test
    void eachSentenceOfAQuotationIsAClaimWithItsOwnStance() {
        List<Statement> s = Extract.id("\"Saya tidak menutup 40 gudang. Jadi yang ditutup hanya dua gudang saja, "
                + "itu pun yang bermasalah,\" kata Bupati Sukamaju Dedi Santosa, Kamis (5/6/2025).");
        assertThat(s).hasSize(2);
        assertThat(s.get(1).stance()).isEqualTo(Stance.ASSERT);
        assertThat(s.get(0).speaker()).isEqualTo(s.get(1).speaker());
        List<Statement> e = Extract.en("\"There was no leak at the plant. The readings were taken on a faulty sensor,\" "
                + "Hartono said.");
        assertThat(e).hasSize(2);
    }

    @Test
    void anInitialOrAnAbbreviationDoesNotEndAClaim() {
        ArticleStatements a = Extract.article("id",
                "\"Sudah kami serahkan ke dr. Rina dan tim Dinkes. Hasilnya besok,\" ujar Camat Lembang, Asep S. Hidayat.");
        String text = a.document().text();
        assertThat(a.statements()).extracting(st -> st.claim().coveredText(text))
                .containsExactly("Sudah kami serahkan ke dr. Rina dan tim Dinkes", "Hasilnya besok");
    }

    @Test
    void aContrastAfterACommaOpensAnotherSpeakersStatementInsideAClaim() {
        String id = "Aktivis lingkungan mengatakan terumbu karang terancam oleh tambang, namun Bahlil membantah lingkungan "
                + "sekitar telah rusak.";
        List<Statement> s = Extract.id(id);
        assertThat(s).extracting(Statement::speaker).containsExactly("Aktivis lingkungan", "Bahlil");
        assertThat(stances(s)).containsExactly(Stance.ASSERT, Stance.DENY);
        assertThat(Extract.claim("id", id, s.get(0))).isEqualTo("terumbu karang terancam oleh tambang");
        List<Statement> t = Extract.id("Warga menyebut air sungai tercemar, tetapi Kepala Dinas Lingkungan Hidup Rina Wati "
                + "menegaskan air masih aman.");
        assertThat(t).extracting(Statement::speaker).containsExactly("Warga", "Kepala Dinas Lingkungan Hidup Rina Wati");
        String en = "Environmentalists say coral reefs are threatened by the operations, but the minister denied the surrounding "
                + "environment had been harmed.";
        List<Statement> e = Extract.en(en);
        assertThat(e).extracting(Statement::speaker).containsExactly("Environmentalists", "the minister");
        assertThat(stances(e)).containsExactly(Stance.ASSERT, Stance.DENY);
        // a quotation the contrast turns from is not the next speaker's
        assertThat(Extract.en("An official said the cause was \"bad weather,\" but the crew reported problems with the engine."))
                .extracting(Statement::speaker).first().isEqualTo("An official");
        // a contrast with no subject of its own goes on with the same speaker; a clause holding a verb is no subject
        assertThat(Extract.id("Rina mengatakan pabrik sudah ditutup, namun membantah ada PHK.")).extracting(Statement::speaker)
                .containsOnly("Rina");
        assertThat(Extract.id("Rina mengatakan warga sudah pulang, tetapi mereka yang terluka masih dirawat menurut data.")).hasSize(1);
    }

    @Test
    void aSecondCueTakingAPositionIsAStatementOfItsOwn() {
        List<Statement> s = Extract.id("Kepala Dinas Kesehatan menyatakan bahwa siswa itu menderita penyakit jantung, "
                + "dan memastikan bahwa kematiannya tidak disebabkan oleh makanan dari kantin sekolah.");
        assertThat(stances(s)).containsExactly(Stance.ASSERT, Stance.DENY);
        List<Statement> h = Extract.id("Manajer pabrik menegaskan produk yang beredar sudah sesuai standar, sekaligus membantah "
                + "tudingan adanya pencampuran bahan kimia.");
        assertThat(stances(h)).containsExactly(Stance.ASSERT, Stance.DENY);
        List<Statement> e = Extract.en("The river authority denied that the dam had cracked, saying heavy rain was to blame.");
        assertThat(stances(e)).containsExactly(Stance.DENY, Stance.ASSERT);
    }

    @Test
    void aPlainSecondAssertionStaysWithTheFirst() {
        assertThat(Extract.id("Ketua RT mengatakan warga sudah mengungsi sejak pagi, dan menambahkan bahwa bantuan akan tiba sore ini."))
                .hasSize(1);
    }

    @Test
    void aNegatedLinkOrCauseIsADenial() {
        assertThat(id("Kepala Puskesmas menegaskan kematian pasien itu tidak ada kaitannya dengan vaksin.")).isEqualTo(Stance.DENY);
        assertThat(id("Dinas Kesehatan menyebut kematian warga itu bukan akibat air sumur.")).isEqualTo(Stance.DENY);
        assertThat(id("Ia mengatakan kebakaran itu tidak berkaitan langsung dengan korsleting listrik.")).isEqualTo(Stance.DENY);
        assertThat(stances(Extract.id("\"Bukan, bukan. Enggak ada kaitannya dengan itu,\" kata Rina."))).endsWith(Stance.DENY);
        assertThat(id("Polisi memastikan tidak ada korban jiwa dalam kebakaran gudang itu.")).isEqualTo(Stance.DENY);
        assertThat(en("The hospital director said the death had nothing to do with the vaccine.")).isEqualTo(Stance.DENY);
        assertThat(en("Police said the fire was not caused by an electrical fault.")).isEqualTo(Stance.DENY);
    }

    @Test
    void noWordYetIsNoComment() {
        assertThat(id("\"Sekolah mana saja, saya belum tahu, belum detail,\" kata Nurul.")).isEqualTo(Stance.NO_COMMENT);
        assertThat(id("Kepala dinas mengaku belum mendapat informasi resmi soal kasus itu.")).isEqualTo(Stance.NO_COMMENT);
        assertThat(id("\"Enggak ada kabar pembangunannya,\" kata Udin, warga setempat.")).isEqualTo(Stance.NO_COMMENT);
        assertThat(en("The ministry did not immediately respond to a request for comment on the latest cases."))
                .isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void hedgesOnTheClaimAndHedgesThatOnlyNameOrRound() {
        assertThat(id("Kepala desa mengatakan ada dugaan air sumur tercemar limbah pabrik.")).isEqualTo(Stance.HEDGE);
        assertThat(id("Dokter itu mengatakan pihaknya belum dapat memastikan penyebab kematian pasien.")).isEqualTo(Stance.HEDGE);
        assertThat(id("Kapolsek mengatakan gudang yang ditutup hanya yang diduga jadi sumber kebocoran.")).isEqualTo(Stance.ASSERT);
        assertThat(id("\"Sampai saat ini mungkin sudah sekitar 120 yang datang,\" kata Yuyun.")).isEqualTo(Stance.ASSERT);
        assertThat(en("The official said the toll may rise to 50.")).isEqualTo(Stance.HEDGE);
    }

    @Test
    void aNegatedRelativeSourceConfirmsNothing() {
        assertThat(id("Dari hasil penelusuran tim cek fakta, tidak ditemukan satu pun informasi dari media kredibel "
                + "yang membenarkan klaim tersebut.")).isNotEqualTo(Stance.CONFIRM);
    }
}
