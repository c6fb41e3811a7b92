package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A clause set off before the speaker — passive, a source after a scope word, a reason — says how or why, never who;
 * a nickname a relative clause gives before the cue, or a nickname closer after it, leaves the name speaking. The
 * team's own sentences on an invented story of a closed ferry pier.
 */
class SetOffClauseTest {

    @Test
    void aPassiveClauseSetOffBeforeTheSpeakerIsLeftOut() {
        assertThat(speaker("Dikonfirmasi terpisah, Kepala Syahbandar Sukamaju Rina Wati menyebut dermaga aman."))
                .isEqualTo("Kepala Syahbandar Sukamaju Rina Wati");
        assertThat(speaker("Disinggung soal nasib penumpang, Darto mengatakan semua sudah dipulangkan."))
                .isEqualTo("Darto");
    }

    @Test
    void aSourceOrReasonSetOffBeforeTheSpeakerIsLeftOut() {
        assertThat(speaker("Dari hasil pemeriksaan yang dilakukan, tim penyelidik menyebut mesin kapal mati."))
                .isEqualTo("tim penyelidik");
        assertThat(speaker("Karena sempat menelepon sebelum kapal berangkat, keluarga menyebut penumpang itu ikut berlayar."))
                .isEqualTo("keluarga");
    }

    @Test
    void aNameOrOfficeSetOffBeforeTheSpeakerStays() {
        assertThat(speaker("Direktur Pelabuhan Sukamaju, Rina Wati menyebut dermaga aman."))
                .isEqualTo("Direktur Pelabuhan Sukamaju, Rina Wati");
    }

    @Test
    void aNicknameInsideTheClauseBeforeTheCueSpeaks() {
        assertThat(speaker("Pria yang akrab disapa Dodi itu mengatakan dermaga ditutup sementara.")).isEqualTo("Dodi");
        assertThat(speaker("Perempuan yang kerap disapa Bu Rini (BR) ini menyebut kapal tidak laik berlayar."))
                .isEqualTo("Bu Rini");
        java.util.List<Statement> st = Extract.id("Gubernur Sukamaju Rudi Hartono menyebut dermaga ditutup. "
                + "Gubernur yang kerap disapa Kang Rudi (KR) ini menyebut kapal tidak laik berlayar.");
        assertThat(st.get(1).speaker()).as("a titled description is left to the holder met before").isNotEqualTo("Kang Rudi");
        assertThat(speaker("Pria yang tinggal di Sukamaju itu mengatakan dermaga ditutup sementara."))
                .as("a relative clause naming no one").isNotEqualTo("Sukamaju");
    }

    @Test
    void aNicknameCloserAfterTheNameIsLeftOut() {
        assertThat(speaker("Dodi, sapaan akrabnya, mengatakan dermaga ditutup sementara.")).isEqualTo("Dodi");
        assertThat(speaker("Gus Dodi sapaan akrabnya mengatakan dermaga ditutup sementara.")).isEqualTo("Gus Dodi");
    }

    private static String speaker(String text) {
        return Extract.one("id", text).speaker();
    }
}
