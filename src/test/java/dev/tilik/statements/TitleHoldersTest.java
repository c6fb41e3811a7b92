package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who speaks when the copy names a speaker again only by their bare title, and whom a pronoun stands for after the
 * narration has named a new person. The team's own sentences on an invented story of a collapsed footbridge.
 */
class TitleHoldersTest {
    private static final String NAMED = "Kapolres Sukamaju AKBP Rina Wulandari mengatakan jembatan itu runtuh karena "
            + "kabel penahannya putus.\n\n";

    @Test
    void aBareTitleIsTheOnePersonTheArticleNamedWithIt() {
        List<Statement> found = Extract.id(NAMED
                + "Kapolres mengatakan, penyelidikan masih berlangsung hingga pekan depan.\n\n"
                + "\"Kami sudah memeriksa tiga orang saksi,\" katanya.");
        assertThat(found).hasSize(3);
        assertThat(found.get(1).speaker()).isEqualTo("Kapolres Sukamaju AKBP Rina Wulandari");
        assertThat(found.get(2).speaker()).isEqualTo("Kapolres Sukamaju AKBP Rina Wulandari");
    }

    @Test
    void aTitleWithItsPlaceAndADemonstrativeIsThePersonHoldingBoth() {
        String named = "Bupati Sukamaju Rudi Hartono mengatakan jembatan ditutup sampai diperbaiki.\n\n";
        List<Statement> found = Extract.id(named
                + "Bupati Sukamaju ini menegaskan bahwa perbaikan tidak akan memakai dana desa.\n\n"
                + "\"Dana desa tetap untuk sekolah,\" ujarnya.");
        assertThat(found).hasSize(3);
        assertThat(found.get(1).speaker()).isEqualTo("Bupati Sukamaju Rudi Hartono");
        assertThat(found.get(2).speaker()).as("and a pronoun after it").isEqualTo("Bupati Sukamaju Rudi Hartono");
        assertThat(found.get(2).party()).isEqualTo("Bupati Sukamaju");
        List<Statement> other = Extract.id(named
                + "Bupati Wetan ini menegaskan bahwa perbaikan tidak akan memakai dana desa.");
        assertThat(other.get(1).speaker()).as("a holder of the title in another place").isEqualTo("Bupati Wetan ini");
    }

    @Test
    void aTitleAndAFirstNameAreThePersonTheTextNamedInFull() {
        // the full name only in the narration, then a short title and the first name as the speaker
        String quoted = "\n\n\"Dana perbaikan sudah disiapkan,\" kata Menkeu Rina di lokasi.";
        assertThat(Extract.lastSpeaker("Menteri Keuangan Rina Wati Saputri meninjau jembatan itu pada Senin." + quoted))
                .isEqualTo("Menkeu Rina Wati Saputri");
        assertThat(Extract.lastSpeaker("Menteri Keuangan Rina Wati Saputri dan Ketua DPRD Rina Hartati meninjau jembatan "
                + "itu pada Senin." + quoted)).as("two people of that first name").isEqualTo("Menkeu Rina");
        assertThat(Extract.lastSpeaker("Menkeu Rina Tinjau Jembatan Runtuh" + quoted))
                .as("a headline's words after the name").isEqualTo("Menkeu Rina");
        assertThat(Extract.lastSpeaker("Kepala Dinas Sosial Sukamaju Rina Wati meninjau jembatan itu pada Senin.\n\n"
                + "\"Dana perbaikan sudah disiapkan,\" kata Dinas Sosial Sukamaju di lokasi."))
                .as("a body and its place met again").isEqualTo("Dinas Sosial Sukamaju");
    }

    @Test
    void aBareTitleTwoPeopleHoldStaysATitle() {
        List<Statement> found = Extract.id(NAMED
                + "Sementara itu, Kapolres Wetan AKBP Dodi Santoso mengatakan jembatan di wilayahnya aman.\n\n"
                + "Kapolres mengatakan, penyelidikan masih berlangsung hingga pekan depan.");
        assertThat(found).hasSize(3);
        assertThat(found.get(2).speaker()).isEqualTo("Kapolres");
    }

    @Test
    void aPronounAfterTheNarrationNamesANewPersonIsTheirs() {
        List<Statement> found = Extract.id(NAMED
                + "Camat Sukamaju Budi Hartono mendatangi lokasi jembatan pada Senin sore.\n\n"
                + "\"Warga sudah lama meminta jembatan itu diperbaiki,\" katanya.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isEqualTo("Camat Sukamaju Budi Hartono");
    }

    @Test
    void aPronounAfterNarrationNamingNoOneStaysWithTheLastSpeaker() {
        List<Statement> found = Extract.id(NAMED
                + "Jembatan itu dibangun pada 2015 dan dipakai ratusan warga setiap hari.\n\n"
                + "\"Kami sudah memeriksa tiga orang saksi,\" katanya.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isEqualTo("Kapolres Sukamaju AKBP Rina Wulandari");
    }

    @Test
    void aQuestionAboutSomeoneElseLeavesThePronounWithTheLastSpeaker() {
        List<Statement> found = Extract.id("\"Kami belum bisa menjelaskan penyebabnya,\" kata Kabid Humas Polda Wetan Kombes Dodi Santoso.\n\n"
                + "Apakah Kepala Dinas PU Sukamaju Budi Hartono akan diperiksa, Dodi juga tak ingin menanggapi.\n\n"
                + "\"Semua masih kami dalami,\" tegasnya.");
        assertThat(found.get(found.size() - 1).speaker()).contains("Dodi Santoso");
    }
}
