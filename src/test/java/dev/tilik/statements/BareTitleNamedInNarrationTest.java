package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare title speaks for the one holder the narration named with it, even as an object or a subject no statement was
 * read from; two holders leave the title as written. The team's own sentences on an invented flood in Wetan.
 */
class BareTitleNamedInNarrationTest {

    @Test
    void aHolderNamedAsAnObject() {
        assertThat(Extract.lastSpeaker("Menindaklanjuti perintah Bupati Rudi Hartono agar warga dievakuasi, camat langsung turun ke lokasi.\n\n"
                + "Seperti diketahui, Minggu (5/3), bupati mengatakan, kawasan bantaran sungai merupakan zona bahaya dan tidak bisa ditinggali."))
                .isEqualTo("Bupati Rudi Hartono");
    }

    @Test
    void aHolderSetOffAfterThePlace() {
        assertThat(Extract.lastSpeaker("Setelah kisruh dengan warga, akhirnya Bupati Wetan, Sutarno, meminta maaf.\n\n"
                + "\"Kalau ada yang menuntut tarif diturunkan, akan kami tinjau ulang,\" jelas Bupati."))
                .isEqualTo("Bupati Wetan, Sutarno");
    }

    @Test
    void twoHoldersLeaveTheTitle() {
        assertThat(Extract.lastSpeaker("Menindaklanjuti perintah Bupati Rudi Hartono dan Bupati Dodi Santoso agar warga dievakuasi, camat "
                + "langsung turun ke lokasi.\n\n"
                + "Seperti diketahui, Minggu (5/3), bupati mengatakan, kawasan bantaran sungai merupakan zona bahaya."))
                .isEqualTo("bupati");
    }

    @Test
    void aTitleBeforeWordsNamingNoPersonIsNoHolder() {
        List<Statement> s = Extract.en("Police Brutality in Wetan: A Deep Dive\n\n"
                + "While local police initially claimed the officer acted to disperse a brawl, witnesses disagreed.");
        assertThat(s).isNotEmpty();
        assertThat(s.get(s.size() - 1).speaker()).doesNotContain("Brutality");
    }
}
