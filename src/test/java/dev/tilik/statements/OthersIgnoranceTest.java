package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Tidak tahu" after a third person in a quotation is another's not knowing, not the speaker declining to comment:
 * in their own words speakers speak of themselves in the first person. Team-written copy: a port authority answering
 * a shipping company that blames a new loading rule for its losses.
 */
class OthersIgnoranceTest {
    private static final String PORT = "\"Aturan bongkar muat itu tidak ada masalah, mungkin beliau nggak tahu isi aturannya,\" "
            + "kata Kepala Otoritas Pelabuhan Sunda Kelapa, Rudi Hartawan.\n\n"
            + "\"Soal kapal yang tertahan, saya nggak tahu,\" kata Rudi.\n\n"
            + "Rudi mengatakan dia tidak tahu jadwal kapal berikutnya.";
    private static final String PORT_EN = "\"The new rule is not the problem, maybe they had no knowledge of it,\" said harbour master "
            + "Anne Miller.\n\n\"I had no knowledge of the delayed ships,\" Miller said.";

    private static Statement holding(List<Statement> all, String words) {
        return holding(all, words, PORT);
    }

    private static Statement holding(List<Statement> all, String words, String text) {
        return all.stream().filter(s -> s.claim().coveredText(text).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement holds " + words + ": " + all));
    }

    @Test
    void aThirdPersonsIgnoranceInAQuotationIsNoRefusalToComment() {
        List<Statement> id = Extract.id(PORT);
        assertThat(holding(id, "tidak ada masalah").stance()).isNotEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void theSpeakersOwnIgnoranceAndAReportedOneStillDecline() {
        List<Statement> id = Extract.id(PORT);
        assertThat(holding(id, "kapal yang tertahan").stance()).as("first person").isEqualTo(Stance.NO_COMMENT);
        assertThat(holding(id, "jadwal kapal").stance()).as("reported: 'dia' is the speaker").isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void englishToo() {
        List<Statement> en = Extract.en(PORT_EN);
        assertThat(holding(en, "not the problem", PORT_EN).stance()).isNotEqualTo(Stance.NO_COMMENT);
        assertThat(holding(en, "delayed ships", PORT_EN).stance()).isEqualTo(Stance.NO_COMMENT);
    }
}
