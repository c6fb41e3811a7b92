package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.folder;
import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body named short of its region or its number, shown on a story the team wrote (a food poisoning at a regency's
 * schools; every name invented): the health office named "setempat" or with its regency set off by a comma, and the school named by its
 * kind alone, speak for the one regional health office and the one numbered school the folder's speakers speak for;
 * with two regions the short name stays; a committee where a hearing was held ("di Komisi IV DPR") is no place, so
 * its chairman speaks for the committee.
 */
class RegionalBodiesTest {

    private static final String WETAN = "Dinas Kesehatan (Dinkes) Kabupaten Sukamaju mencatat 120 siswa keracunan. "
            + "\"Sebanyak 120 siswa dirawat di puskesmas,\" kata Kepala Dinkes Sukamaju, Rina Wati.";

    @Test
    void aHealthOfficeNamedWithoutItsRegencyIsTheOneTheFolderNamesWithIt() {
        Map<String, String> p = partiesBySpeaker(folder(WETAN,
                "Kepala Dinas Kesehatan setempat, Budi Santoso, mengatakan sampel makanan sudah dikirim ke laboratorium.",
                "Plt Kepala Dinas Kesehatan, Kabupaten Sukamaju, Sari Andini, mengatakan 40 siswa sudah pulang."));
        assertThat(p.get("Kepala Dinas Kesehatan setempat, Budi Santoso")).isEqualTo("Dinkes Sukamaju");
        assertThat(p.get("Plt Kepala Dinas Kesehatan, Kabupaten Sukamaju, Sari Andini")).isEqualTo("Dinkes Sukamaju");
    }

    @Test
    void aSchoolNamedByItsKindIsTheOneNumberedSchoolOfTheFolder() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Siswa SMPN 3 Sukamaju di Kabupaten Sukamaju dirawat setelah makan siang. "
                        + "\"Ada 60 siswa kami yang dirawat,\" kata Kepala SMPN 3 Sukamaju, Andi Pratama.",
                "Wakil Kepala Bidang Kesiswaan SMPN, Dewi Lestari, mengatakan kegiatan belajar diliburkan dua hari."));
        assertThat(p.get("Wakil Kepala Bidang Kesiswaan SMPN, Dewi Lestari")).isEqualTo("SMPN 3 Sukamaju");
    }

    @Test
    void twoRegionsLeaveTheShortNameAsItIs() {
        Map<String, String> p = partiesBySpeaker(folder(WETAN,
                "Dinas Kesehatan (Dinkes) Kabupaten Sukalarang mencatat 30 siswa keracunan. "
                        + "\"Sebanyak 30 siswa dirawat,\" kata Kepala Dinkes Sukalarang, Tono Sutrisno.",
                "Kepala Dinas Kesehatan setempat, Budi Santoso, mengatakan sampel makanan sudah dikirim ke laboratorium."));
        assertThat(p.get("Kepala Dinas Kesehatan setempat, Budi Santoso")).isEqualTo("Dinkes");
    }

    @Test
    void aCommitteeWhereAHearingWasHeldIsNoPlace() {
        List<ArticleStatements> out = folder(
                "Rapat dengar pendapat digelar di Komisi IV DPR, Senin. "
                        + "\"Kami akan memanggil kepala dinas,\" kata Ketua Komisi IV DPR Hendra Gunawan.",
                "Ketua Komisi IV DPR Hendra Gunawan mengatakan rapat lanjutan digelar pekan depan.");
        Map<String, String> p = partiesBySpeaker(out);
        assertThat(p.get("Ketua Komisi IV DPR Hendra Gunawan")).isEqualTo("Komisi IV DPR");
    }

    @Test
    void aBodyTheFolderWritesAsTheStatesIsTheNationalOneWhenNamedBare() {
        // the election supervisor: one regency's office speaks once, the national one is written "Bawaslu RI"
        Map<String, String> p = partiesBySpeaker(folder(
                "Komisioner Badan Pengawas Pemilu (Bawaslu) Kabupaten Sukamaju, Rina Wati, mengatakan 12 TPS diawasi ketat.",
                "Ketua Bawaslu RI Budi Santoso mengatakan pengawasan berjalan baik di seluruh provinsi.",
                "\"Kami akan mengevaluasi beban kerja pengawas,\" kata Ketua Bawaslu Budi Santoso."));
        assertThat(p.get("Komisioner Badan Pengawas Pemilu (Bawaslu) Kabupaten Sukamaju, Rina Wati")).isEqualTo("Bawaslu Sukamaju");
        assertThat(p.get("Ketua Bawaslu Budi Santoso")).isEqualTo("Bawaslu");
        assertThat(p.get("Ketua Bawaslu RI Budi Santoso")).isEqualTo("Bawaslu");
    }
}
