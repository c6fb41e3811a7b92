package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.folder;
import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A person's name written right after a body's place is no part of the place, and so of no party, when the folder writes
 * that place after its unit elsewhere on its own: only a region word goes on a place (invented places and people).
 */
class NameAfterPlaceTest {
    private static final Institutions.Words WORDS = new StatementExtractor(Extract.RULES).institutionWords();

    @Test
    void aNameAfterAPlaceTheFolderWritesAloneIsThePersons() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lintang Rudi Hartawan mengatakan dua rumah rusak.",
                "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lintang Rudi Hartawan mengatakan warga sudah mengungsi.",
                "Tim BPBD Kabupaten Lintang, kata Rudi, masih di lokasi."));
        assertThat(p.get("Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lintang Rudi Hartawan"))
                .isEqualTo("BPBD Lintang");
    }

    @Test
    void aRegionWordAfterThePlaceStaysInIt() {
        assertThat(FolderNames.nameAfterPlace(java.util.List.of("Lintang", "Barat"),
                java.util.Set.of(java.util.List.of("Lintang")), WORDS)).isFalse();
        assertThat(FolderNames.nameAfterPlace(java.util.List.of("Lintang", "Rudi", "Hartawan"),
                java.util.Set.of(java.util.List.of("Lintang")), WORDS)).isTrue();
        assertThat(FolderNames.nameAfterPlace(java.util.List.of("Lintang", "Rudi", "Hartawan"),
                java.util.Set.of(java.util.List.of("Sukamaju")), WORDS)).isFalse();
    }
}
