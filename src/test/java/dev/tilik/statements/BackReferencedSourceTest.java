package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence naming its source only in the sentence after, which points back at it: "… . Demikian ditegaskan X." (one
 * anaphor before a passive cue with no agent marker) and "… . Kepastian ini disampaikan oleh X." (a noun of the act of
 * telling with a demonstrative, rules {@code toldNouns}). An invented story: a village's hanging bridge closed for
 * repairs.
 */
class BackReferencedSourceTest {

    private static String claim(String text, Statement s) {
        return Extract.claim("id", text, s);
    }

    @Test
    void oneAnaphorBeforeABarePassiveCueCreditsTheSentenceBefore() {
        String text = "Jembatan gantung Desa Sukamaju ditutup sementara mulai Senin untuk diperbaiki. "
                + "Demikian ditegaskan Kepala Desa Sukamaju Rina Wati.";
        List<Statement> all = Extract.id(text);

        assertThat(all).extracting(s -> claim(text, s))
                .containsExactly("Jembatan gantung Desa Sukamaju ditutup sementara mulai Senin untuk diperbaiki");
        assertThat(all).extracting(Statement::speaker).containsExactly("Kepala Desa Sukamaju Rina Wati");
    }

    @Test
    void aNounOfTellingWithADemonstrativeCreditsTheSentenceBeforeAndStaysAStatement() {
        String text = "Setiap keluarga yang terdampak penutupan jembatan akan menerima bantuan Rp2 juta.\n"
                + "Kepastian ini disampaikan oleh Camat Lintang, Budi Santoso, Selasa (3/6).";
        List<Statement> all = Extract.id(text);

        assertThat(all).extracting(s -> claim(text, s)).containsExactly(
                "Setiap keluarga yang terdampak penutupan jembatan akan menerima bantuan Rp2 juta", "Kepastian ini");
        assertThat(all).extracting(Statement::speaker).containsOnly("Camat Lintang, Budi Santoso");
    }

    @Test
    void aNounTheSentenceBeforeWritesOrANounOfAThingToldCreditsNothing() {
        String mentioned = "Warga kecewa dengan pernyataan bahwa jembatan gantung itu masih aman dilalui.\n"
                + "Pernyataan itu disampaikan oleh Kepala Dinas PU Lintang Andi Saputra.";
        assertThat(Extract.id(mentioned)).extracting(s -> claim(mentioned, s)).containsExactly("Pernyataan itu");

        String thing = "Jembatan gantung itu dibangun tanpa izin dari dinas.\n"
                + "Tuduhan tersebut disampaikan oleh Kepala Dinas PU Lintang Andi Saputra.";
        assertThat(Extract.id(thing)).extracting(s -> claim(thing, s)).containsExactly("Tuduhan tersebut");
    }
}
