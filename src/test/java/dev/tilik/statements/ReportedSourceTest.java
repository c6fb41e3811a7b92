package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who speaks when copy names the source around the claim rather than before it, in sentences the
 * team wrote in the style of stories none of the development sets is about (a court verdict, an
 * election count dispute, a disease outbreak, a ferry sinking): the place or occasion after a name
 * ("kata Rina dalam jumpa pers"); a name set off after an office after what was said ("… dikonfirmasi
 * Kepala Dinas X, Rina Wati"); a sentence that only says who said what came before ("Hal itu ditegaskan X.",
 * "Demikian dikatakan X."), which credits the sentences before it; a person met by one name.
 */
class ReportedSourceTest {

    private static String claim(String text, Statement s) {
        return Extract.claim("id", text, s);
    }

    @Test
    void anOccasionAfterANameSaysWhereItWasSaidNotWhoSaidIt() {
        String[][] rows = {
            {"\"Dua TPS harus dihitung ulang,\" kata Rina dalam jumpa pers di kantor KPU, Senin (3/3).", "Rina"},
            {"\"Kami menolak hasil rekapitulasi itu,\" ujar Andi Saputra dalam rapat pleno terbuka.", "Andi Saputra"},
            {"\"Suara kami hilang di tiga desa,\" tegas Budi di sela aksi di depan kantor panitia.", "Budi"},
            // a place after an office is still the office's
            {"\"Sekolah tetap buka,\" ujar Kepala Dinas di Kabupaten Sukamaju.", "Kepala Dinas di Kabupaten Sukamaju"},
        };
        for (String[] row : rows) {
            assertThat(Extract.one("id", row[0]).speaker()).as(row[0]).isEqualTo(row[1]);
        }
        assertThat(Extract.one("en", "\"The ballots were counted twice,\" said Rina Wati at a news conference on Monday.").speaker())
                .isEqualTo("Rina Wati");
        assertThat(Extract.one("en", "\"We will appeal,\" said a spokesman for the election commission.").speaker())
                .isEqualTo("a spokesman for the election commission");
    }

    @Test
    void aNameSetOffAfterAnOfficeAfterWhatWasSaidIsTheOffices() {
        String text = "Penutupan sekolah itu dikonfirmasi Kepala Dinas Pendidikan Lintang, Rina Wati.";
        assertThat(Extract.one("id", text).speaker()).isEqualTo("Kepala Dinas Pendidikan Lintang, Rina Wati");
        String clause = "Putusan itu diungkapkan Ketua Majelis Hakim Pengadilan Negeri Sukamaju, Andi Saputra, usai sidang.";
        assertThat(Extract.one("id", clause).speaker()).isEqualTo("Ketua Majelis Hakim Pengadilan Negeri Sukamaju, Andi Saputra");
        // a one-word source is no office: what follows its comma is not its name
        String list = "Menurut Budi, Rina, Andi dan Sari tidak hadir dalam sidang.";
        assertThat(Extract.one("id", list).speaker()).isEqualTo("Budi");
    }

    @Test
    void aSentenceSayingWhoSaidItCreditsTheSentencesBefore() {
        String text = "Jumlah pasien demam berdarah yang dirawat mencapai 40 orang. Dua puskesmas membuka layanan malam.\n"
                + "Hal itu ditegaskan Kepala Dinas Kesehatan Lintang Rina Wati di kantornya, Selasa (3/6).\n"
                + "Kapal feri itu tenggelam sekitar dua mil dari pelabuhan. Demikian dikatakan Kepala Basarnas Lintang, Budi Santoso.";
        List<Statement> all = Extract.id(text);
        // the sentence naming the source claims nothing of its own
        assertThat(all).extracting(s -> claim(text, s)).containsExactly(
                "Jumlah pasien demam berdarah yang dirawat mencapai 40 orang", "Dua puskesmas membuka layanan malam",
                "Kapal feri itu tenggelam sekitar dua mil dari pelabuhan");
        assertThat(all).extracting(Statement::speaker).containsExactly(
                "Kepala Dinas Kesehatan Lintang Rina Wati", "Kepala Dinas Kesehatan Lintang Rina Wati",
                "Kepala Basarnas Lintang, Budi Santoso");
        assertThat(all.get(0).stance()).isEqualTo(Stance.ASSERT);
    }

    @Test
    void aMonthAbbreviatedInADateAfterTheCueEndsNoSentence() {
        // "Jun." and "Jul." as copy abbreviates them ("on Monday (Jun. 24)"): the claim after "that" stays the cue's
        for (String month : new String[] {"Jun.", "Jul."}) {
            String text = "Meanwhile, the harbour master, Rina Wati, said on Monday (" + month
                    + " 24) that the port will not reopen before the inspection.";
            Statement s = Extract.one("en", text);
            assertThat(s.speaker()).as(month).isEqualTo("the harbour master, Rina Wati");
            // the sentence is whole: the words after "that" are the claim's, the time before "that" no part of it (round forty)
            assertThat(Extract.claim("en", text, s)).as(month).isEqualTo("the port will not reopen before the inspection");
        }
    }

    @Test
    void whatWasSaidNamedBeforeAPassiveCueIsTheSpeakersStatement() {
        String text = "Putusan bebas itu ditegaskan oleh Ketua Majelis Hakim Andi Saputra.";
        Statement s = Extract.one("id", text);
        assertThat(s.speaker()).isEqualTo("Ketua Majelis Hakim Andi Saputra");
        String named = "Pernyataan ini diungkapkan Ketua Panitia Pemilihan Sukamaju, Rina Wati, saat ditemui wartawan.";
        assertThat(Extract.one("id", named).speaker()).isEqualTo("Ketua Panitia Pemilihan Sukamaju, Rina Wati");
    }

    @Test
    void aPersonMetByOneNameIsWhoALaterCliticStandsFor() {
        String text = "Tuduhan itu diungkapkan oleh Kepala Kepolisian Sukamaju Budi Santoso.\n"
                + "\"Anak kami bukan anggota geng,\" kata Sutrisno, ayah korban, di rumah duka.\n"
                + "\"Ia ditembak saat pulang sekolah,\" tuturnya.";
        List<Statement> all = Extract.id(text);
        assertThat(all.get(all.size() - 1).speaker()).isEqualTo("Sutrisno");
    }

    @Test
    void aShortFormOpeningAnEnglishSentenceIsItsSubjectNotAnAdverb() {
        Statement s = Extract.one("en", "AGO confirms the ballots were recounted.");
        assertThat(s.speaker()).isEqualTo("AGO");
    }

    @Test
    void aQuestionAnAttributedSentenceOrAnOccasionIsNotCredited() {
        assertThat(Extract.id("Apakah kapal itu kelebihan muatan? Hal tersebut ditegaskan oleh Komandan Pos Lintang.")).isEmpty();
        String said = "Rina mengatakan sidang ditunda sepekan. Sidang berikutnya digelar di ruang utama.\n"
                + "Hal itu ditegaskan Rina di Pengadilan Negeri Sukamaju.";
        List<Statement> all = Extract.id(said);
        // the sentence after the attributed one is credited; the attributed one keeps its own
        assertThat(all).extracting(s -> claim(said, s)).containsExactly("sidang ditunda sepekan",
                "Sidang berikutnya digelar di ruang utama");
        // a noun with a demonstrative names one thing the sentence before only mentions: nothing credited
        String named = "Keluarga korban kecewa dengan tuduhan bahwa korban anggota geng motor.\n"
                + "Tuduhan tersebut diungkapkan oleh Kepala Kepolisian Sukamaju Budi Santoso.";
        assertThat(Extract.id(named)).extracting(s -> claim(named, s)).containsExactly("Tuduhan tersebut");
        // an occasion is no claim: "Saat diungkapkan …"
        assertThat(Extract.id("Saat diungkapkan Rina, peserta rapat terdiam.")).isEmpty();
    }
}
