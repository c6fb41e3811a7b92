package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.folder;
import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A division the folder writes right after the body it belongs to, on a story the team wrote (a boat sinking off an
 * island; every name invented): the head of the rescue agency's regional office, named by the office alone, speaks for
 * the agency; an office never written after a parent keeps what it had, and so does one written after two.
 */
class ParentBodiesTest {

    private static final String AGENCY = "Badan Penyelamat Laut Nasional (Bapelnas) mengerahkan dua kapal. "
            + "Laporan itu diteruskan kepada Bapelnas Kantor Penyelamat Sukamaju pada pukul 23.40.";

    @Test
    void aDivisionTheFolderWritesAfterItsParentSpeaksForTheParent() {
        Map<String, String> p = partiesBySpeaker(folder(AGENCY,
                "\"Sebanyak 12 penumpang sudah ditemukan,\" kata Kepala Kantor Penyelamat Sukamaju, Rina Wati, Kamis.",
                "\"Pencarian dilanjutkan besok pagi,\" kata Kepala kantor Penyelamat Sukamaju Budi Santoso."));
        assertThat(p.get("Kepala Kantor Penyelamat Sukamaju, Rina Wati")).isEqualTo("Bapelnas");
        assertThat(p.get("Kepala kantor Penyelamat Sukamaju Budi Santoso")).isEqualTo("Bapelnas");
    }

    @Test
    void anOfficeNeverWrittenAfterAParentKeepsItsParty() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Badan Penyelamat Laut Nasional (Bapelnas) mengerahkan dua kapal.",
                "\"Sebanyak 12 penumpang sudah ditemukan,\" kata Kepala Kantor Penyelamat Sukamaju, Rina Wati, Kamis."));
        assertThat(p.get("Kepala Kantor Penyelamat Sukamaju, Rina Wati")).isNotEqualTo("Bapelnas");
    }

    @Test
    void anOfficeWrittenAfterTwoParentsHasNone() {
        Map<String, String> p = partiesBySpeaker(folder(AGENCY,
                "Komite Keselamatan Pelayaran (KKP) memeriksa kapal. Data dikirim ke KKP Kantor Penyelamat Sukamaju.",
                "\"Sebanyak 12 penumpang sudah ditemukan,\" kata Kepala Kantor Penyelamat Sukamaju, Rina Wati, Kamis."));
        assertThat(p.get("Kepala Kantor Penyelamat Sukamaju, Rina Wati")).isNotIn("Bapelnas", "KKP");
    }

    @Test
    void aDivisionWhereTheSpeakerWasIsNotWhomTheySpeakFor() {
        List<List<Token>> texts = FolderNames.tokens(List.of(AGENCY));
        Acronyms acronyms = Acronyms.of(texts, Set.of("kepala"), Set.of("pt"), Set.of("dan"), Set.of("badan"));
        ParentBodies parents = ParentBodies.of(texts, acronyms, new StatementExtractor(Extract.RULES).institutionWords(), x -> false);
        String where = "Rina Wati di Kantor Penyelamat Sukamaju";
        String whose = "Kepala Kantor Penyelamat Sukamaju";
        assertThat(parents.parentIn(Tokens.of(where, 0, where.length()))).isNull();
        assertThat(parents.parentIn(Tokens.of(whose, 0, whose.length()))).isEqualTo("Bapelnas");
    }

    @Test
    void aPartyOpeningWithADivisionIsTheBodyOtherSpeakersSpeakFor() {
        Map<String, String> p = partiesBySpeaker(folder(
                "Direktur Utama Asuransi Wetan, Budi Santoso, mengatakan santunan dibayar pekan ini.",
                "Kepala Bagian Pelayanan Asuransi Wetan Kantor Kulon, Rina Wati, mengatakan 12 keluarga sudah menerima santunan."));
        assertThat(p.get("Direktur Utama Asuransi Wetan, Budi Santoso")).isEqualTo("Asuransi Wetan");
        assertThat(p.get("Kepala Bagian Pelayanan Asuransi Wetan Kantor Kulon, Rina Wati")).isEqualTo("Asuransi Wetan");
    }
}
