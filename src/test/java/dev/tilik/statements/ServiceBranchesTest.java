package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A speaker of a force speaks for the unit of it the text ties them to, with the force as the text writes it (an invented
 * story: a fire at an army depot in Kabupaten Sukamaju).
 */
class ServiceBranchesTest {

    @Test
    void aForcesBranchWrittenAfterItIsTheBranch() {
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(InstitutionsTest.folder(
                "Tentara Nasional Indonesia (TNI) menutup gudang amunisi di Kabupaten Sukamaju. "
                        + "Komandan Satuan TNI AD Kolonel Rudi Hartono mengatakan ledakan terjadi pukul 09.00.",
                "Kepala Dinas Penerangan TNI AD, Brigjen Sari Dewi, mengatakan lima prajurit dirawat.",
                "TNI AD mengatakan gudang itu sudah tua."));
        assertThat(p.get("Komandan Satuan TNI AD Kolonel Rudi Hartono")).isEqualTo("TNI AD");
        assertThat(p.get("Kepala Dinas Penerangan TNI AD, Brigjen Sari Dewi")).isEqualTo("TNI AD");
    }

    @Test
    void aUnitHeadedByAKaTitleIsNamedWithTheForceAfterIt() {
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(InstitutionsTest.folder(
                "Tentara Nasional Indonesia (TNI) menutup gudang amunisi di Kabupaten Sukamaju. "
                        + "Kapuspen TNI Mayjen Budi Santoso mengatakan lima prajurit dirawat.",
                "Kepala Pusat Penerangan (Puspen) TNI, Mayjen Budi Santoso, mengatakan ledakan terjadi pukul 09.00.",
                "Puspen TNI mengatakan gudang itu sudah tua."));
        // Puspen is a press office: it speaks for the force it serves (PressUnits), named as the folder writes it.
        assertThat(p.get("Kapuspen TNI Mayjen Budi Santoso")).isEqualTo("TNI");
        assertThat(p.get("Kepala Pusat Penerangan (Puspen) TNI, Mayjen Budi Santoso")).isEqualTo("TNI");
    }
}
