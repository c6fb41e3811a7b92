package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.folder;
import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A press office speaks for the body it serves, the one the folder writes right after it (a story the team wrote: a coast
 * guard after a sinking; every name invented): the office is no party of its own.
 */
class PressUnitsTest {

    private static final String GUARD = "Korps Penjaga Pantai (KPP) mengirim dua kapal ke Selat Wetan. Kapal KPP tiba pukul 10.00.";

    /** The coast guard's information chief, Rina Wati, named in full and again by her head title. */
    private static final String CHIEF = "Kepala Pusat Penerangan (Kapuspen) KPP, Laksma Rina Wati, mengatakan 13 orang hilang.";
    private static final String AGAIN = "\"Cuaca buruk sejak sore,\" ujar Kapuspen KPP Rina Wati.";

    private static Map<String, String> parties(String... more) {
        String[] texts = new String[more.length + 3];
        texts[0] = GUARD;
        texts[1] = CHIEF;
        texts[2] = AGAIN;
        System.arraycopy(more, 0, texts, 3, more.length);
        return partiesBySpeaker(folder(texts));
    }

    @Test
    void aPressOfficeSpeaksForTheBodyWrittenAfterIt() {
        Map<String, String> p = parties("Kepala Dinas Penerangan (Kadispen) KPP, Kolonel Budi Santoso, mengatakan kapal tenggelam pukul 09.00.");
        assertThat(p.get("Kepala Pusat Penerangan (Kapuspen) KPP, Laksma Rina Wati")).isEqualTo("KPP");
        assertThat(p.get("Kapuspen KPP Rina Wati")).isEqualTo("KPP");
        assertThat(p.get("Kepala Dinas Penerangan (Kadispen) KPP, Kolonel Budi Santoso")).isEqualTo("KPP");
    }

    @Test
    void theParentWrittenFullestHoldsTheOthers() {
        Map<String, String> p = parties("Kepala Pusat Penerangan Mabes KPP, Laksma Rina Wati, menyampaikan pencarian berlanjut.");
        assertThat(p.get("Kepala Pusat Penerangan (Kapuspen) KPP, Laksma Rina Wati")).isEqualTo("Mabes KPP");
        assertThat(p.get("Kapuspen KPP Rina Wati")).isEqualTo("Mabes KPP");
    }
}
