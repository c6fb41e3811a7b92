package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Denials real copy words without a denying cue, for any story: a negated occurrence or part
 * ("tidak ada keterlibatan X", "mereka tidak terlibat", "X was not involved"), what cannot be ("tidak
 * mungkin", "tidak logis", "impossible"), and a rebuttal naming the claim it answers by a pronoun or
 * paraphrase ("hal tersebut tidak masuk akal"), which joins that claim's proposition.
 */
class DenialFormsTest {

    private static Stance id(String sentence) {
        return Extract.one("id", sentence).stance();
    }

    private static Stance en(String sentence) {
        return Extract.one("en", sentence).stance();
    }

    @Test
    void aNegatedOccurrenceOrPartIsADenialWithoutAnyoneElseAffirmingIt() {
        assertThat(id("Kuasa hukum PT Sinar Jaya, Rudi Hartono, mengatakan tidak ada keterlibatan PT Sinar Jaya "
                + "dalam penimbunan pupuk di gudang itu.")).isEqualTo(Stance.DENY);
        assertThat(id("Pengurus koperasi menegaskan mereka tidak terlibat dalam penebangan hutan lindung.")).isEqualTo(Stance.DENY);
        assertThat(id("Direktur pabrik itu memastikan tidak terjadi kebocoran limbah ke sungai.")).isEqualTo(Stance.DENY);
        assertThat(id("Camat Sukamaju mengatakan proyek jalan itu sama sekali tidak terkait dengan penggusuran pasar."))
                .isEqualTo(Stance.DENY);
        assertThat(en("A company spokesman said there was no involvement of Delta Mining in the spill.")).isEqualTo(Stance.DENY);
        assertThat(en("The regent said the land agency was not involved in the sale of the plots.")).isEqualTo(Stance.DENY);
    }

    @Test
    void aNegatedStateStaysANegativeFactAsserted() {
        assertThat(id("Kepala Dinas Perhubungan mengatakan bus itu tidak terdaftar di kementerian.")).isEqualTo(Stance.ASSERT);
        assertThat(id("Sopir truk itu mengatakan tidak ada lampu di tikungan tersebut.")).isEqualTo(Stance.ASSERT);
        assertThat(id("Kepala desa mengatakan belum ada program pengerukan di muara itu.")).isEqualTo(Stance.ASSERT);
    }

    @Test
    void whatCannotBeIsADenialAndNotImpossibleOnlyAllowsIt() {
        assertThat(id("Seorang petani mengatakan tidak mungkin warga desa yang membiayai bendungan itu.")).isEqualTo(Stance.DENY);
        assertThat(id("\"Kalau disebut itu dibiayai warga, enggak mungkin,\" kata Udin, petani setempat.")).isEqualTo(Stance.DENY);
        assertThat(id("Ia menilai hal tersebut tidak logis.")).isEqualTo(Stance.DENY);
        assertThat(id("Kepala BMKG mengatakan bukan tidak mungkin hujan deras kembali turun.")).isEqualTo(Stance.HEDGE);
        assertThat(en("The mayor said that was impossible.")).isEqualTo(Stance.DENY);
        assertThat(en("The engineer said it does not make sense.")).isEqualTo(Stance.DENY);
    }

    @Test
    void notKnowingInColloquialCopyIsNoComment() {
        assertThat(id("\"Saya juga nggak tahu siapa yang membuang sampah itu,\" ujar Karyo.")).isEqualTo(Stance.NO_COMMENT);
        assertThat(id("\"Gak tau siapa yang pasang tiang itu,\" kata Udin.")).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void aFirstPersonStanceVerbHeadingAQuotationIsTheSpeakersStance() {
        assertThat(id("\"Kami membenarkan ada retakan di jembatan itu,\" kata Kepala Dinas PU, Rudi Hartono.")).isEqualTo(Stance.CONFIRM);
        assertThat(id("\"Saya membantah semua tuduhan soal dana desa,\" ujar Budi.")).isEqualTo(Stance.DENY);
        assertThat(id("\"Kami tidak membantah ada retakan di jembatan itu,\" kata Rudi.")).isNotEqualTo(Stance.DENY);
        assertThat(id("\"Polisi membantah ada korban jiwa,\" kata Rudi.")).as("a third party's verb is reported, not the speaker's")
                .isNotEqualTo(Stance.DENY);
        assertThat(en("\"We deny any part in the spill,\" the company said.")).isEqualTo(Stance.DENY);
    }

    private static List<Statement> folder(String[]... articles) {
        return Extract.folder(articles);
    }

    private static final String[][] JETTY = {
            {"id", "Ketua Koperasi Nelayan Sejahtera, Budi Santoso, mengatakan dermaga kayu itu dibangun secara "
                    + "gotong royong oleh warga kampung.\n"
                    + "Kepala Dinas Perikanan, Sri Wahyuni, mengatakan ikan tangkapan nelayan turun separuh sejak Maret."},
            {"id", "Budi menegaskan dermaga kayu dibangun gotong royong oleh warga kampung tanpa bantuan siapa pun.\n"
                    + "Sri mengatakan harga solar nelayan naik dua kali lipat tahun ini."},
            {"id", "Anggota DPRD Sukamaju, Hendra Wijaya, mempertanyakan klaim bahwa dermaga kayu dibangun gotong royong "
                    + "oleh warga kampung.\n"
                    + "Ia menilai hal tersebut tidak masuk akal, mengingat biayanya mencapai Rp5 miliar."},
            {"en", "Budi Santoso said the wooden jetty was built by villagers working together.\n"
                    + "A local fisherman, Udin, said the price of diesel had doubled this year."},
    };

    @Test
    void aRebuttalByParaphraseJoinsTheClaimItAnswersAndDeniesIt() {
        List<Statement> all = folder(JETTY);
        Statement claim = all.stream().filter(s -> s.speaker().contains("Budi Santoso") && s.fileName().startsWith("0_"))
                .findFirst().orElseThrow();
        Statement rebuttal = all.stream().filter(s -> s.claim().length() > 0 && s.fileName().startsWith("2_")
                && s.stance() == Stance.DENY).findFirst().orElseThrow();
        Statement diesel = all.stream().filter(s -> s.speaker().startsWith("Sri") && s.fileName().startsWith("1_"))
                .findFirst().orElseThrow();

        assertThat(claim.topic()).isNotNull();
        assertThat(rebuttal.topic()).as("\"hal tersebut\" answers the claim of the sentence before").isEqualTo(claim.topic());
        assertThat(diesel.topic()).isNotEqualTo(claim.topic());
    }
}
