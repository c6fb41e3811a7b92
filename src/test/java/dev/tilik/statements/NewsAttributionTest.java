package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attribution forms of everyday news copy, in sentences the team wrote: clitic speakers
 * ("katanya", "Menurutnya"), parenthetical cues ("lanjut X,"), what follows a cue that is not the
 * speaker ("kepada wartawan", "di kantornya"), inverted English attribution and a time after "said".
 */
class NewsAttributionTest {

    @Test
    void aQuoteClosedByKatanyaIsSpokenByTheLastSpeaker() {
        String text = "Juru bicara yayasan, Budi Santoso, membantah adanya pungutan liar.\n"
                + "\"Semua biaya sudah kami umumkan sejak awal,\" katanya.";
        List<Statement> s = Extract.id(text);

        assertThat(s).hasSize(2);
        assertThat(s.get(1).quote()).isTrue();
        assertThat(s.get(1).speaker()).isEqualTo("Juru bicara yayasan, Budi Santoso");
        assertThat(Extract.claim("id", text, s.get(1))).isEqualTo("Semua biaya sudah kami umumkan sejak awal");
    }

    @Test
    void menurutWithItsCliticIsAPrefixAttributionToThePreviousSpeaker() {
        String text = "Kepala Dinas Pendidikan Kota Sukamaju Rina Wati mengatakan sekolah tetap buka.\n"
                + "Menurutnya, pemeriksaan gedung hanya menemukan retak kecil, bukan kerusakan berat.";
        List<Statement> s = Extract.id(text);

        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker()).isEqualTo("Kepala Dinas Pendidikan Kota Sukamaju Rina Wati");
        assertThat(Extract.claim("id", text, s.get(1))).startsWith("pemeriksaan gedung hanya");
    }

    @Test
    void aParentheticalCueBetweenCommasAttributesTheRestOfTheSentence() {
        String text = "Selain itu, lanjut Rina, 20 siswa masih dirawat di puskesmas.";
        Statement s = Extract.one("id", text);

        assertThat(s.speaker()).isEqualTo("Rina");
        assertThat(Extract.claim("id", text, s)).isEqualTo("20 siswa masih dirawat di puskesmas");

        String clitic = "Rina Wati mengatakan data masih diperiksa.\nDengan itu katanya, ada sembilan nama yang tercatat dua kali.";
        List<Statement> two = Extract.id(clitic);
        assertThat(two).hasSize(2);
        assertThat(Extract.claim("id", clitic, two.get(1))).isEqualTo("ada sembilan nama yang tercatat dua kali");
        assertThat(two.get(1).speaker()).isEqualTo("Rina Wati");
    }

    @Test
    void aParentheticalCueAfterTheClaimsOwnSubjectAttributesTheSentence() {
        String text = "Efisiensi anggaran yang dilakukan di awal 2025, lanjut Rina, berlaku bagi seluruh kabupaten.";
        Statement s = Extract.one("id", text);

        assertThat(s.speaker()).isEqualTo("Rina");
        assertThat(Extract.claim("id", text, s)).isEqualTo("berlaku bagi seluruh kabupaten");

        // An opening with a clause set off before the cue's comma is no one subject: left as before.
        assertThat(Extract.id("Setelah rapat yang digelar di balai desa, warga pulang, lanjut Rina, ke rumah masing-masing."))
                .isEmpty();
    }

    @Test
    void aPassiveCueOpeningTheSentenceNamesItsSourceBeforeTheClaim() {
        speaksAndClaims("id", "Disampaikan Rina, seharusnya dinas menutup jalan itu sejak pagi.", "Rina",
                "seharusnya dinas menutup jalan itu sejak pagi");
        speaksAndClaims("id", "Ditegaskan Kepala Dinas Pekerjaan Umum, Rina Wati, jembatan itu ditutup sampai Senin.",
                "Kepala Dinas Pekerjaan Umum, Rina Wati", "jembatan itu ditutup sampai Senin");
        // The outlet that asked is no source when the claim has its own cue: the person after it speaks.
        assertThat(Extract.one("id", "Dikonfirmasi Kompas, Rina mengatakan jembatan itu ditutup.").speaker()).isEqualTo("Rina");
    }

    @Test
    void englishRecountAndVerifyWithThatReportWhatFollows() {
        speaksAndClaims("en", "Budi Santoso, a witness, recounted that the fire began with a strong smell of fuel.",
                "Budi Santoso", "the fire began with a strong smell of fuel");
        speaksAndClaims("en", "On Saturday, the governor verified that 17 people had died.", "the governor",
                "17 people had died");
    }

    /** The text gives one statement, spoken by {@code speaker}, claiming {@code claim}. */
    private static void speaksAndClaims(String language, String text, String speaker, String claim) {
        Statement s = Extract.one(language, text);
        assertThat(s.speaker()).as(text).isEqualTo(speaker);
        assertThat(Extract.claim(language, text, s)).as(text).isEqualTo(claim);
    }

    @Test
    void wordsSayingWhereOrToWhomItWasSaidAreNotTheSpeaker() {
        assertThat(Extract.one("id", "\"Kami terus mencari,\" ujar Rina Wati kepada wartawan.").speaker())
                .isEqualTo("Rina Wati");
        assertThat(Extract.one("id", "\"Jalur itu ditutup,\" kata Kapolsek Sukamaju AKP Bambang saat meninjau lokasi.")
                .speaker()).isEqualTo("Kapolsek Sukamaju AKP Bambang");
        List<Statement> s = Extract.id("Direktur perusahaan, Anton Wijaya, membantah tuduhan itu.\n"
                + "\"Tidak ada yang kami sembunyikan,\" katanya di kantornya, Jumat.");
        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker()).isEqualTo("Direktur perusahaan, Anton Wijaya");
    }

    @Test
    void aPronounAfterAnAdverbialIsTheSpeaker() {
        List<Statement> s = Extract.id("Rina Wati meninjau sekolah itu pada pagi hari.\n"
                + "Rina Wati mengatakan atap kelas runtuh.\nLebih lanjut ia menyebut bahwa 40 meja rusak.");

        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker()).isEqualTo("Rina Wati");
    }

    @Test
    void englishSpeakerAfterAFinalSaidAndATimeAfterSaid() {
        String inverted = "The ferry carrying 80 passengers sank near the harbour late on Friday, "
                + "said regional police spokesperson Anton Wibowo.";
        Statement s = Extract.one("en", inverted);
        assertThat(s.speaker()).isEqualTo("regional police spokesperson Anton Wibowo");
        assertThat(Extract.claim("en", inverted, s)).startsWith("The ferry carrying 80 passengers sank");

        String time = "A landslide killed at least 12 people in the hills, police said Sunday.";
        Statement t = Extract.one("en", time);
        assertThat(t.speaker()).isEqualTo("police");
        assertThat(Extract.claim("en", time, t)).isEqualTo("A landslide killed at least 12 people in the hills");
    }

    @Test
    void aBodySpeakingThroughAPersonGivesThePersonAndAnOpenerWithoutCommaIsNoSpeaker() {
        String text = "Menanggapi tuduhan itu, PT Sukamaju Makmur melalui Direktur Utama, Anton Wijaya, "
                + "membantah adanya kecurangan.\n\"Kami pastikan produk kami sesuai standar,\" katanya.";
        List<Statement> s = Extract.id(text);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).speaker()).isEqualTo("Direktur Utama, Anton Wijaya");
        assertThat(Extract.claim("id", text, s.get(0))).isEqualTo("adanya kecurangan");
        assertThat(s.get(1).speaker()).isEqualTo("Direktur Utama, Anton Wijaya");

        assertThat(Extract.one("id", "Sedangkan Rina mengaku hanya mengalami luka ringan.").speaker()).isEqualTo("Rina");
        // a channel clause keeps its own reading
        assertThat(Extract.one("id", "Korea Selatan, seperti dikutip Yonhap, menuduh Korut mengirim senjata.").speaker())
                .isEqualTo("Korea Selatan");
    }

    @Test
    void englishSpeakerAfterAFinalSaidMayCarryAnApposition() {
        String text = "The engine failure could have caused the crash, said Mr Hadi, the head of the transport agency.";
        Statement s = Extract.one("en", text);
        assertThat(s.speaker()).isEqualTo("Mr Hadi");
        assertThat(Extract.claim("en", text, s)).isEqualTo("The engine failure could have caused the crash");
    }

    @Test
    void aHeadlinesSpeakerBeforeAColonCountsWhenTheBodyQuotesThatSpeaker() {
        StatementExtractor extractor = new StatementExtractor(Extract.RULES);
        String spoken = "BPBD: 12 Orang Meninggal akibat Longsor\nKepala Pelaksana BPBD Sukamaju Rudi Hartono mengatakan "
                + "12 orang meninggal.";
        List<Statement> s = extractor.extract(TestDocuments.withHeadline(Extract.RULES, "id", spoken)).statements();
        assertThat(s).hasSize(2);
        assertThat(s.get(0).speaker()).isEqualTo("BPBD");
        assertThat(Extract.claim("id", spoken, s.get(0))).isEqualTo("12 Orang Meninggal akibat Longsor");

        String topic = "Longsor Sukamaju: 12 Orang Meninggal\nKepala Pelaksana BPBD Sukamaju Rudi Hartono mengatakan "
                + "12 orang meninggal.";
        assertThat(extractor.extract(TestDocuments.withHeadline(Extract.RULES, "id", topic)).statements())
                .as("words before the colon naming no one the body quotes are the headline's topic").hasSize(1);
    }
}
