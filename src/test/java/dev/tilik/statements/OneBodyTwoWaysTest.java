package dev.tilik.statements;

import static dev.tilik.statements.InstitutionsTest.folder;
import static dev.tilik.statements.InstitutionsTest.partiesBySpeaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One body written two ways across a folder, on stories the team wrote (every name invented): an office whose name
 * one outlet writes with a compound nominalised ("Tenaga Kerja" / "Ketenagakerjaan") and shortens otherwise, and a unit
 * named before its parent inside a title ("Kabid Propam Polda Sukamaju") where the folder writes the unit after a
 * division word ("Bidang Propam Polda Sukamaju"). Each is one party for the folder.
 */
class OneBodyTwoWaysTest {

    private static final String FULL = "Kepala Dinas Perindustrian dan Tenaga Kerja (Disperinaker) Sukamaju, Rina Wati, "
            + "mengatakan 500 pekerja sudah direkrut kembali.";
    private static final String NOMINALISED = "Kepala Dinas Perindustrian dan Ketenagakerjaan (Diperinaker) Kabupaten "
            + "Sukamaju, Budi Santoso, mengatakan rekrutmen tahap kedua dimulai bulan depan.";

    @Test
    void aNameWithItsCompoundNominalisedIsTheSameOfficeItsOtherShortFormNames() {
        List<List<Token>> texts = FolderNames.tokens(List.of(FULL, NOMINALISED));
        Acronyms acronyms = Acronyms.of(texts, Set.of("kepala"), Set.of("pt"), Set.of("dan"), Set.of("dinas"));
        assertThat(acronyms.idOf("Diperinaker")).contains("Disperinaker");
        assertThat(acronyms.idOf("Dinas Perindustrian dan Ketenagakerjaan")).contains("Disperinaker");
    }

    @Test
    void bothOutletsSpeakersSpeakForOneOffice() {
        Map<String, String> p = partiesBySpeaker(folder(FULL, NOMINALISED));
        assertThat(p.values()).filteredOn(x -> x.startsWith("Di")).containsOnly("Disperinaker Sukamaju");
    }

    @Test
    void aNounMadeByTheCircumfixOfAnotherWordStaysAnotherOffice() {
        List<List<Token>> texts = FolderNames.tokens(List.of(FULL,
                "Kepala Dinas Perindustrian dan Kebudayaan (Disperbud) Sukamaju, Budi Santoso, mengatakan pameran ditunda."));
        Acronyms acronyms = Acronyms.of(texts, Set.of("kepala"), Set.of("pt"), Set.of("dan"), Set.of("dinas"));
        assertThat(acronyms.idOf("Disperbud")).contains("Disperbud");
    }
}
