package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.folder;
import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A head title speaks for the government of the region written after it even when the folder names that region
 * nowhere else, a region of several words is kept whole, and a rank or a region word is never a body (invented places
 * and people).
 */
class HeadTitleRegionsTest {

    @Test
    void aRegionTheFolderNamesNowhereElseOpensTheRunBeforeTheName() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Bupati Lerengwetan Abdul Karimun mengatakan jalan utama sudah bisa dilalui.",
                "Camat Sumberkulon Andri Saputro mengatakan warga sudah kembali ke rumah."));
        assertThat(p.get("Bupati Lerengwetan Abdul Karimun")).isEqualTo("Pemkab Lerengwetan");
        assertThat(p.get("Camat Sumberkulon Andri Saputro")).isEqualTo("Pemkec Sumberkulon");
    }

    @Test
    void aTitleWithATwoWordNameAndNoRegionNamesNoBody() {
        Map<String, String> p = partiesBySpeaker(folder("Bupati Abdul Karimun mengatakan jalan utama sudah bisa dilalui."));
        assertThat(p.get("Bupati Abdul Karimun")).as("two words are the person's name, no region").isEqualTo("null");
    }

    @Test
    void aRegionWrittenWithACompassPointOrAnOpeningWordIsWhole() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Gubernur Lereng Barat Dedi Hartanto mengatakan bantuan sudah dikirim.",
                "Lurah Rawa Kulon Selatan Eka Putriani mengatakan posko masih dibuka.",
                "Bupati Kepulauan Wetan Rudi mengatakan kapal bantuan berangkat."));
        assertThat(p.get("Gubernur Lereng Barat Dedi Hartanto")).isEqualTo("Pemprov Lereng Barat");
        assertThat(p.get("Lurah Rawa Kulon Selatan Eka Putriani")).isEqualTo("Pemkel Rawa Kulon Selatan");
        assertThat(p.get("Bupati Kepulauan Wetan Rudi")).as("one word of name after a region a region word marks")
                .isEqualTo("Pemkab Kepulauan Wetan");
    }

    @Test
    void aCompassPointAfterAPlaceTheFolderNamesStaysInTheRegion() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Banjir merendam rumah di Lintang. Wali Kota Lintang Utara Ali Maulani mengatakan pompa air bekerja."));
        assertThat(p.get("Wali Kota Lintang Utara Ali Maulani")).isEqualTo("Pemkot Lintang Utara");
    }

    @Test
    void aRegionsOpeningWordIsNoBodyAndARankIsNeverPartOfOne() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Banjir merendam rumah di Lintang. Kepala Dinas Kesehatan DKI Lintang Ani Rusmawati mengatakan tidak ada wabah.",
                "Kepala Staf Pasukan Darat Jenderal Maruto Simanjorang mengatakan prajurit membantu evakuasi."));
        assertThat(p.get("Kepala Dinas Kesehatan DKI Lintang Ani Rusmawati")).isEqualTo("Dinas Kesehatan DKI Lintang");
        assertThat(p.get("Kepala Staf Pasukan Darat Jenderal Maruto Simanjorang")).doesNotContain("Jenderal");
    }

    @Test
    void aPersonMetAgainByOneWordIsNoPartOfTheCompanyNamedBeforeThem() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Direktur Utama PT Sarana Lintang Heru Wibisono mengatakan kapal itu laik berlayar.",
                "Heru mengatakan manifes sudah diperiksa.",
                "Direktur Utama PT Pelabuhan Nusantara Jaya mengatakan dermaga ditutup."));
        assertThat(p.get("Direktur Utama PT Sarana Lintang Heru Wibisono")).isEqualTo("Sarana Lintang");
        assertThat(p.get("Heru")).isEqualTo("Sarana Lintang");
        assertThat(p.get("Direktur Utama PT Pelabuhan Nusantara Jaya")).as("no one met again: the whole run is the company")
                .isEqualTo("Pelabuhan Nusantara Jaya");
    }

    @Test
    void aLowerCaseWordBetweenTwoTitleWordsIsPartOfTheTitle() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Pelaksana tugas Kepala Dinas Kesehatan Kabupaten Lintang Rina Kusumawati mengatakan korban luka dirawat."));
        assertThat(p.get("Pelaksana tugas Kepala Dinas Kesehatan Kabupaten Lintang Rina Kusumawati"))
                .isEqualTo("Dinas Kesehatan Lintang");
    }
}
