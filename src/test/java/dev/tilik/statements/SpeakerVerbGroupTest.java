package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker named before its cue is the person, never the verb group their name opens ("sempat", "lantas", "belum
 * dapat"); a singular pronoun is one person, never a group written in lower case. The team's own sentences on an
 * invented story of a closed ferry pier.
 */
class SpeakerVerbGroupTest {

    @Test
    void aNameBeforeItsVerbGroupIsTheSpeaker() {
        assertThat(speaker("Wulandari sempat mengatakan dermaga akan ditutup dua pekan.")).isEqualTo("Wulandari");
        assertThat(speaker("Kepala Dinas Perhubungan Sukamaju Rudi Hartono lantas menegaskan tidak ada kapal yang berlayar."))
                .isEqualTo("Kepala Dinas Perhubungan Sukamaju Rudi Hartono");
        assertThat(speaker("Darto belum dapat memastikan jumlah penumpang yang tertahan.")).isEqualTo("Darto");
        assertThat(speaker("Sutrisno secara khusus meminta nakhoda menunda keberangkatan.")).isEqualTo("Sutrisno");
    }

    @Test
    void aPronounBeforeItsVerbGroupSpeaksAsThePronoun() {
        List<Statement> st = Extract.id("Kepala Syahbandar Sukamaju Rina Wati menyebut dermaga aman. "
                + "Selain itu, ia akan memastikan tidak ada penumpang yang tertinggal.");
        assertThat(st).hasSize(2);
        assertThat(st.get(1).speaker()).isEqualTo("Kepala Syahbandar Sukamaju Rina Wati");
    }

    @Test
    void anOfficeBeforeTheSameWordsStaysWhole() {
        assertThat(speaker("Kapolres saat itu menyebut dermaga aman.")).isEqualTo("Kapolres saat itu");
        assertThat(speaker("Pihak pelabuhan belum dapat memastikan jumlah penumpang."))
                .isEqualTo("Pihak pelabuhan belum dapat");
    }

    @Test
    void aSingularPronounPassesOverAGroupInLowerCase() {
        List<Statement> st = Extract.id("Sudarmo menyatakan tarif penyeberangan naik pekan depan. "
                + "Di media sosial, masyarakat menyebut kenaikan itu memberatkan. "
                + "Ia menyatakan, \"Tarif tidak akan saya turunkan.\"");
        assertThat(st).extracting(Statement::speaker).containsExactly("Sudarmo", "masyarakat", "Sudarmo");
        List<Statement> en = Extract.en("Sudarmo said the fare would rise next week. "
                + "The public said the rise was too heavy. \"I will not lower the fare,\" he said.");
        assertThat(en).extracting(Statement::speaker).containsExactly("Sudarmo", "The public", "Sudarmo");
    }

    @Test
    void aCuesCliticStillTakesTheLatestSpeaker() {
        List<Statement> st = Extract.id("Sudarmo menyatakan tarif penyeberangan naik pekan depan. "
                + "Tim pengawas menyebut stok bahan bakar kapal masih banyak. "
                + "\"Kekurangan bahan bakar itu hanya alasan,\" tuturnya.");
        assertThat(st).extracting(Statement::speaker).containsExactly("Sudarmo", "Tim pengawas", "Tim pengawas");
    }

    @Test
    void aSingularPronounStillTakesAGroupWhenNoOneIsNamed() {
        List<Statement> st = Extract.id("Masyarakat menyebut kenaikan tarif itu memberatkan. "
                + "Ia menyatakan, \"Tarif harus turun.\"");
        assertThat(st).extracting(Statement::speaker).containsExactly("Masyarakat", "Masyarakat");
    }

    private static String speaker(String text) {
        return Extract.one("id", text).speaker();
    }
}
