package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "pe-" before a root opening with "r" and "per-" before one opening with a vowel are written alike: the folder tells
 * which, on copy the team wrote in the style of a clinic story (a kind of story none of the development sets is): one
 * office says the patients are "dirawat", another speaks of their "perawatan".
 */
class PerRootsTest {

    private static final String[] WARD = {"id", "Kepala Puskesmas Sukamaju, Rina Wulandari, mengatakan tiga pasien "
            + "dirawat di ruang isolasi klinik."};
    private static final String[] COST = {"id", "Kepala Dinas Kesehatan, Budi Santoso, mengatakan biaya perawatan "
            + "tiga pasien itu ditanggung pemerintah daerah."};
    private static final String[] SOLD = {"id", "Kepala Dinas Kesehatan, Budi Santoso, mengatakan obat palsu itu "
            + "beredar di pasar induk."};
    private static final String[] TRADE = {"id", "Kapolsek Sukamaju, Tono Sugiarto, mengatakan peredaran obat palsu "
            + "itu dihentikan polisi."};

    /** Each word's key after the folder pass, by the word as written (lower case). */
    private static Set<String> keysAfter(String written, String[]... articles) {
        return Extract.keysAfter(PerRoots::meet, written, articles);
    }

    @Test
    void theNounTakesTheRootTheFolderWritesWithItsR() {
        assertThat(keysAfter("perawatan", WARD, COST)).as("'dirawat' writes the root whole")
                .containsExactlyElementsOf(keysAfter("dirawat", WARD, COST)).containsExactly("rawat");
    }

    @Test
    void withoutTheRootWrittenSoTheStemmersRootStays() {
        assertThat(keysAfter("perawatan", COST, SOLD)).containsExactly("awat");
    }

    @Test
    void aRootTheFolderWritesAfterAnotherPrefixKeepsTheWord() {
        // "beredar" writes "edar": "peredaran" is "per-" before it, never a root "redar"
        assertThat(keysAfter("peredaran", SOLD, TRADE)).containsExactly("edar");
    }
}
