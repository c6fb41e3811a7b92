package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short denial that no proposition took meets what it denies, on copy the team wrote in the style of a disputed
 * vote count (a kind of story none of the development sets is): the election commission's "Tidak ada
 * penggelembungan suara" against two witnesses who say, among many words they share (boxes opened at night in the
 * district's warehouse, unwatched), that votes were inflated: by its two words alone the denial is too far from them
 * to join them, by what it denies it is their proposition's other side.
 * A denial of a queue of vehicles stays apart from two claims that the vehicles arrived under escort: they hold part
 * of what is denied, not all of it.
 */
class DeniedObjectsTest {

    private static final String[][] COUNT = {
            {"id", "Saksi Partai Maju, Andi Saputra, mengatakan penggelembungan suara terjadi ketika petugas membuka kotak "
                    + "rekapitulasi tingkat kecamatan di gudang logistik pada malam hari tanpa pengawasan saksi."},
            {"id", "Saksi Partai Damai, Yusuf Hidayat, menyebut petugas membiarkan penggelembungan suara saat kotak "
                    + "rekapitulasi tingkat kecamatan dibuka di gudang logistik pada malam hari tanpa pengawasan."},
            {"id", "Ketua KPU Kabupaten Sukamaju, Ratna Dewi, menegaskan tidak ada penggelembungan suara."},
            {"id", "Camat Sukamaju, Tono Sugiarto, mengatakan tidak ada antrean kendaraan."},
            {"id", "Kepala Dinas Perhubungan, Hasan Basri, mengatakan kendaraan logistik pemilu tiba di kantor kecamatan "
                    + "dengan pengawalan polisi sejak pagi."},
            {"id", "Kapolsek Sukamaju, Heru Wibowo, mengatakan kendaraan logistik pemilu dikawal polisi menuju kantor "
                    + "kecamatan sejak pagi."},
    };

    private static Statement by(List<Statement> all, String speaker) {
        return all.stream().filter(s -> s.speaker().contains(speaker)).findFirst().orElseThrow();
    }

    @Test
    void aShortDenialMeetsTheClaimsOfWhatItDenies() {
        List<Statement> all = Extract.folder(COUNT);
        Statement commission = by(all, "Ratna");
        Statement first = by(all, "Andi");
        Statement second = by(all, "Yusuf");

        assertThat(commission.stance()).isEqualTo(Stance.DENY);
        assertThat(commission.topic()).as("the inflated count").isNotNull().isEqualTo(first.topic());
        assertThat(second.topic()).isEqualTo(first.topic());
        assertThat(first.stance()).isEqualTo(Stance.ASSERT);
    }

    @Test
    void aDenialOfWhatNobodyClaimsStaysApart() {
        List<Statement> all = Extract.folder(COUNT);
        Statement queue = by(all, "Tono");

        assertThat(by(all, "Hasan").topic()).as("the vehicles' proposition").isNotNull().isEqualTo(by(all, "Heru").topic());
        assertThat(queue.topic()).as("vehicles, but nobody says there was a queue of them").isNull();
    }
}
