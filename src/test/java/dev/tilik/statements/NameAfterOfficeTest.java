package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name set off by a comma after the office or description that follows a cue ("kata Kepala X, Rina Wati, Senin")
 * is the speaker's: the office alone named no one in eight of the eleven development stories (a search's coordinator,
 * a police spokesman, a minister, a company's director, a school's staff, a protest's initiator, a resident). Shown on
 * sentences the team wrote in the style of story kinds none of the sets is about: an election count dispute, a court
 * verdict, a strike, a landslide, a disease outbreak, a building collapse.
 */
class NameAfterOfficeTest {

    @Test
    void aNameSetOffAfterAnOfficeSpeaksWithIt() {
        String[][] rows = {
            // an election count dispute, a court verdict, a landslide, a strike, an outbreak, a building collapse
            {"\"Kami sesuai formulir yang ada, 530 suara untuk pasangan nomor dua,\" kata Ketua PPK Sukamaju, Rudi Hartono, Senin (21/7/2025).",
                "Ketua PPK Sukamaju, Rudi Hartono"},
            {"\"Putusan ini sudah sesuai fakta persidangan,\" ujar Juru Bicara Pengadilan Negeri Lintang, Sinta Dewi.",
                "Juru Bicara Pengadilan Negeri Lintang, Sinta Dewi"},
            {"\"Masih ada tiga warga yang tertimbun,\" kata Kapolres Lintang, AKBP Rina Wati, saat meninjau lokasi.",
                "Kapolres Lintang, AKBP Rina Wati"},
            {"\"Kami mogok sampai upah lembur dibayar,\" ujar salah satu buruh, Darto kepada wartawan.",
                "salah satu buruh, Darto"},
            {"\"Ini sampel air sumur yang tercemar,\" ungkap Kepala Dinas Kesehatan, Andi Pratama saat menunjukkan botol itu.",
                "Kepala Dinas Kesehatan, Andi Pratama"},
            {"Dua pekerja masih terjebak di lantai tiga, tutur Komandan Tim SAR, Kompol Bayu Saputra.",
                "Komandan Tim SAR, Kompol Bayu Saputra"},
        };
        assertSpeakers(rows);
    }

    @Test
    void anActingOfficialsAbbreviatedTitleIsPartOfTheOffice() {
        // "Plt." (pelaksana tugas) and "Pj." (penjabat) stand before the office with a point: it cut the speaker to "Plt"
        String[][] rows = {
            {"\"Santunan dibayar pekan ini,\" ujar Plt. Kepala Dinas Sosial Lintang, Rina Wati.",
                "Plt. Kepala Dinas Sosial Lintang, Rina Wati"},
            {"Pembayaran santunan itu disampaikan oleh Pj. Bupati Lintang, Andi Pratama, Senin (21/7/2025).",
                "Pj. Bupati Lintang, Andi Pratama"},
        };
        assertSpeakers(rows);
    }

    /** Each row's sentence gives one statement, whose speaker is the row's second string. */
    private static void assertSpeakers(String[][] rows) {
        for (String[] row : rows) {
            Statement s = Extract.one("id", row[0]);
            assertThat(s.speaker()).as(row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void aNameBeforeItsOfficeOrADateAfterTheOfficeIsNoNameSetOff() {
        String[][] rows = {
            {"\"Rekapitulasi sudah final,\" kata Rina Wati, Ketua KPU Lintang.", "Rina Wati"},
            {"\"Rekapitulasi sudah final,\" kata Ketua KPU Lintang, Senin (21/7/2025).", "Ketua KPU Lintang"},
            {"\"Semua saksi sudah tanda tangan,\" ujar Kepala Dinas Rina Wati, Jumat.", "Kepala Dinas Rina Wati"},
        };
        assertSpeakers(rows);
    }

    @Test
    void theClaimAfterAPrefixCuesDescriptionIsNoName() {
        // a strike: the words after the comma are what the family says, not the family's name
        String text = "Menurut keluarga, Darto tidak ikut mogok di pabrik itu.";
        Statement s = Extract.one("id", text);
        assertThat(s.speaker()).isEqualTo("keluarga");
        assertThat(Extract.claim("id", text, s)).isEqualTo("Darto tidak ikut mogok di pabrik itu");
    }

    @Test
    void theOfficeGoingOnAfterACommaOrTheDayItWasSaidIsNoName() {
        String[][] rows = {
            // a disease outbreak
            {"\"Kasusnya bertambah tiga,\" kata Kepala Bidang Pencegahan Dinas Kesehatan Lintang Rina Wati, Minggu.",
                "Kepala Bidang Pencegahan Dinas Kesehatan Lintang Rina Wati"},
            {"\"Sampel sudah dikirim,\" kata dr Andi di RSUD Lintang, Jawa Tengah.", "dr Andi di RSUD Lintang"},
        };
        assertSpeakers(rows);
    }

    @Test
    void anOfficeListingItsAreasGoesOnPastItsCommas() {
        // an office naming its areas as a list ("Data, Informasi dan Komunikasi") was cut at its first comma
        String[][] rows = {
            // a building collapse, a flood, a court verdict
            {"\"Dua pekerja masih dicari,\" kata Kepala Pusat Data, Informasi dan Komunikasi BPBD Lintang Rina Wati.",
                "Kepala Pusat Data, Informasi dan Komunikasi BPBD Lintang Rina Wati"},
            {"\"Air mulai surut,\" ujar Kepala Bidang Sarana, Prasarana, dan Logistik BPBD Wetan, Budi Santoso, Selasa.",
                "Kepala Bidang Sarana, Prasarana, dan Logistik BPBD Wetan, Budi Santoso"},
            {"\"Putusan sudah dibacakan,\" kata Kepala Bagian Hukum, Humas dan Protokol Pengadilan Lintang Sinta Dewi di ruang sidang.",
                "Kepala Bagian Hukum, Humas dan Protokol Pengadilan Lintang Sinta Dewi"},
        };
        assertSpeakers(rows);
        // names after an office's comma are no list of its areas: the name set off there speaks with the office
        assertSpeakers(new String[][] {
            {"\"Kami sudah lapor,\" kata Ketua RT Sukamaju, Darto dan warga lain.", "Ketua RT Sukamaju"},
        });
    }

    @Test
    void kalaksaIsAnOfficeSoTheNameSetOffAfterItSpeaks() {
        // "Kalaksa", a regional disaster agency's executive head, held no title, so the name after its comma was dropped
        assertSpeakers(new String[][] {
            {"\"Data korban sempat keliru,\" kata Kalaksa BPBD Lintang, Rina Wati, Jumat (4/10/2024) malam.",
                "Kalaksa BPBD Lintang, Rina Wati"},
        });
    }

    @Test
    void anEnglishNameSetOffAfterItsOfficeSpeaksButNotAnOutletThatReported() {
        Statement named = Extract.one("en", "\"The count was clean,\" said the commission's spokesman, Budi Santoso, on Monday.");
        assertThat(named.speaker()).isEqualTo("the commission's spokesman, Budi Santoso");
        Statement outlet = Extract.one("en", "\"The count was clean,\" said Mr Budi, Reuters reported.");
        assertThat(outlet.speaker()).isEqualTo("Mr Budi");
    }
}
