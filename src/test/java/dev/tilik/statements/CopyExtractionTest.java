package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statements real copy makes that Tilik missed, in sentences the team wrote: reporting verbs of
 * doubt (taking no position of their own), insistence, excuse and condemnation ("meragukan", "mempertanyakan", "bersikukuh", "tetap
 * kukuh", "berdalih", "mengecam", "mengutarakan", the spelling "mengeklaim", an appeal "mengimbau",
 * a closing "tandasnya"); an office, its body and a name written out in full before the cue, longer
 * than a clause may be; the same chain after a quotation, closed by a comma before its verb;
 * reported speech with no quotation marks closed by "…, kata X" or "…, katanya" (a syndication notice
 * quoting a headline being furniture); a headline whose
 * speaker comes after a clause; a subheading {@code X: claim} inside the body.
 */
class CopyExtractionTest {

    private static Statement id(String sentence) {
        return Extract.one("id", sentence);
    }

    /** Each row: a sentence, its speaker, its stance. */
    private static void spoken(String[][] rows) {
        for (String[] row : rows) {
            Statement s = id(row[0]);
            assertThat(s.speaker()).as(row[0]).isEqualTo(row[1]);
            assertThat(s.stance()).as(row[0]).isEqualTo(Stance.valueOf(row[2]));
        }
    }

    @Test
    void doubtAndQuestioningAreAttributedButTakeNoPosition() {
        spoken(new String[][] {
            {"Kepala sekolah Rina Wati meragukan keterangan polisi karena korban dikenal rajin.", "Kepala sekolah Rina Wati", "OTHER"},
            {"Ketua RW setempat mempertanyakan klaim bahwa tanggul dibangun warga sendiri.", "Ketua RW setempat", "OTHER"},
        });
    }

    @Test
    void insistenceExcuseAndCondemnationAreReportingVerbs() {
        spoken(new String[][] {
            {"Kapolres Sukamaju bersikukuh bahwa petugas menembak untuk membubarkan kerumunan.", "Kapolres Sukamaju", "ASSERT"},
            {"Namun, polisi tetap kukuh petugas menembak karena diserang lebih dulu.", "polisi", "ASSERT"},
            {"Budi berdalih, anggotanya terpaksa menembak karena diserang dengan senjata tajam.", "Budi", "ASSERT"},
            {"Kapolres Sukamaju mengeklaim, anggotanya menembak untuk membubarkan kerumunan.", "Kapolres Sukamaju", "ASSERT"},
            {"Keluarga korban mengecam keterangan polisi yang berubah-ubah sejak awal.", "Keluarga korban", "ASSERT"},
            {"Guru sekolah itu, Rina Wati, turut mengecam tindakan petugas.", "Guru sekolah itu, Rina Wati", "ASSERT"},
            {"Seorang nelayan setempat, mengutarakan, pagar bambu itu dipasang sejak pertengahan tahun.",
                "Seorang nelayan setempat", "ASSERT"},
        });
    }

    @Test
    void aDecisionOrAnAgreementIsTheSubjectsAssertion() {
        spoken(new String[][] {
            {"Wali Kota Sukamaju, Rina Wati, memutuskan untuk menunda kenaikan tarif air sebesar 30 persen.",
                "Wali Kota Sukamaju, Rina Wati", "ASSERT"},
            {"Sebanyak enam fraksi di DPRD Sukamaju sepakat membentuk panitia khusus soal tarif air.",
                "Sebanyak enam fraksi di DPRD Sukamaju", "ASSERT"},
        });
    }

    @Test
    void aBodysDecisionLeavesALaterPronounToThePersonBefore() {
        List<Statement> s = Extract.article("id", "Hal itu disampaikan Direktur Utama PT Kain Jaya, Andi Wijaya, kepada wartawan, "
                + "Senin. Manajemen Kain Jaya memutuskan untuk mengajukan banding atas putusan pengadilan.\n\n"
                + "\"Kami terus menyiapkan bukti baru untuk berkas banding,\" kata dia.").statements();
        assertThat(s).extracting(Statement::speaker).contains("Manajemen Kain Jaya");
        assertThat(s.get(s.size() - 1).speaker()).isEqualTo("Direktur Utama PT Kain Jaya, Andi Wijaya");
    }

    @Test
    void anAttemptBeforeTheCueLeavesThePronounSpeaking() {
        String text = "Kepala Desa Sukamaju, Rina Wati, menjawab pertanyaan warga soal jalan. "
                + "Ia mencoba meluruskan bahwa anggaran jalan belum turun dari kabupaten.";
        List<Statement> s = Extract.article("id", text).statements();
        assertThat(s).extracting(Statement::speaker).contains("Kepala Desa Sukamaju, Rina Wati");
        assertThat(s.get(s.size() - 1).claim().coveredText(text)).startsWith("anggaran jalan");
    }

    @Test
    void appraisalInstructionAndAppealAreEnglishReportingVerbs() {
        String[][] rows = {
            {"The coast guard considers strong currents the main cause of the capsizing.", "The coast guard", "ASSERT"},
            {"The governor has instructed to provide shelter for every displaced family.", "The governor", "ASSERT"},
            {"Engineers attribute the cracks to years of poor maintenance.", "Engineers", "ASSERT"},
            {"A rights group is calling for an independent inquiry into the raid.", "A rights group", "OTHER"},
        };
        for (String[] row : rows) {
            Statement s = Extract.one("en", row[0]);
            assertThat(s.speaker()).as(row[0]).isEqualTo(row[1]);
            assertThat(s.stance()).as(row[0]).isEqualTo(Stance.valueOf(row[2]));
        }
    }

    @Test
    void anAppealToThePublicTakesNoPosition() {
        spoken(new String[][] {
            {"Ketua lembaga pemantau itu mengimbau masyarakat untuk tidak mudah percaya kabar yang beredar.",
                "Ketua lembaga pemantau itu", "OTHER"},
        });
    }

    @Test
    void aClosingTandasnyaAttributesTheQuotation() {
        assertThat(id("\"Kesimpulan kami, korban bukan anggota geng,\" tandasnya.").quote()).isTrue();
    }

    @Test
    void anOfficeItsBodyAndANameWrittenOutInFullSpeak() {
        assertThat(id("Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan Kabupaten Sukamaju Utara "
                + "(Dinkes Sukamaju) Rina Wulandari mengatakan pihaknya menerima laporan pada pukul 13.00 WIB.").speaker())
                .isEqualTo("Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan Kabupaten Sukamaju Utara "
                        + "(Dinkes Sukamaju) Rina Wulandari");
        // a clause of this length, in lower case, still speaks for nobody
        assertThat(Extract.id("Petugas gabungan yang sejak pagi menyisir sungai dan memeriksa setiap rumah warga di "
                + "tepian mengatakan air mulai surut.").stream().map(Statement::speaker).toList())
                .doesNotContain("Petugas gabungan yang sejak pagi menyisir sungai dan memeriksa setiap rumah warga di tepian");
    }

    @Test
    void aTitleChainAfterAQuotationSpeaksBeforeItsVerb() {
        Statement s = id("\"Kami telah menetapkan dua tersangka,\" Kepala Bidang Humas Polda Sukamaju Kombes Ari Wibowo, "
                + "mengatakan pada Senin (9/12).");
        assertThat(s.speaker()).isEqualTo("Kepala Bidang Humas Polda Sukamaju Kombes Ari Wibowo");
        assertThat(s.quote()).isTrue();
    }

    @Test
    void reportedSpeechWithoutQuotationMarksIsClosedByItsCue() {
        Statement s = id("Korban tercatat tidak pernah ikut tawuran, kata Andi seperti dikutip Kabar Kita, Selasa.");
        assertThat(s.speaker()).isEqualTo("Andi");
        assertThat(s.quote()).isFalse();
        // "sebagaimana dikutip dari" is the same channel clause, and it ends the name
        assertThat(id("\"Kami sudah kirim relawan ke sana,\" kata Rina sebagaimana dikutip dari Kabar Kita, Selasa (4/2).")
                .speaker()).isEqualTo("Rina");
        assertThat(id("Jalan desa masih tertutup, ujar Andi sebagaimana dilansir Kabar Kita.").speaker()).isEqualTo("Andi");
        List<Statement> two = Extract.id("Kepala Desa Sukamaju Hendra Wijaya mengatakan warga sudah mengungsi.\n"
                + "Petugas sudah dua kali datang ke lokasi, katanya.");
        assertThat(two).hasSize(2);
        assertThat(two.get(1).speaker()).isEqualTo("Kepala Desa Sukamaju Hendra Wijaya");
        // a quote cue's word used otherwise, "tambah parah", names no speaker
        assertThat(Extract.id("Jalan menuju desa itu rusak berat, tambah parah saat hujan.")).isEmpty();
        // a syndication notice quoting a headline is site furniture, whatever cue the headline ends with
        assertThat(Extract.id("Kepala Desa Hendra mengatakan air mulai surut.\n"
                + "Artikel ini telah tayang di Kabar Kita dengan judul: Tujuh desa terendam, kata BPBD Sukamaju"))
                .hasSize(1);
        assertThat(Extract.id("Dengan judul: Tujuh desa terendam banjir, kata BPBD Sukamaju")).isEmpty();
    }

    @Test
    void aHeadlineSpeakerAfterAClauseSpeaks() {
        String text = "Izin dari Pusat, Bupati Sukamaju: Kami Tak Bisa Berbuat Banyak\n"
                + "Bupati Sukamaju Hendra Wijaya mengatakan izin tambang diterbitkan pemerintah pusat.";
        List<Statement> s = new StatementExtractor(Extract.RULES)
                .extract(TestDocuments.withHeadline(Extract.RULES, "id", text)).statements();
        assertThat(s).extracting(Statement::speaker).contains("Bupati Sukamaju");
    }

    @Test
    void aSubheadingXColonClaimSpeaksWhenTheBodyQuotesX() {
        List<Statement> s = Extract.id("Kepala Bidang Humas Polda Sukamaju Ari Wibowo mengatakan petugas itu sudah diperiksa.\n"
                + "Polda Sukamaju: Petugas Tidak Mabuk\n"
                + "Ari menegaskan hasil tes urine petugas itu negatif.");
        assertThat(s).extracting(Statement::speaker).contains("Polda Sukamaju");
        // a topic before a colon, not spoken in the body, stays out
        assertThat(Extract.id("Kepala Desa Hendra mengatakan air mulai surut.\nBanjir Sukamaju: Tujuh Desa Terendam\n"
                + "Warga mulai kembali ke rumah.")).extracting(Statement::speaker).doesNotContain("Banjir Sukamaju");
    }
}
