package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers news copy writes with more around them than a speaker phrase holds: a name with appositions set off by
 * commas, a relative clause after a name, a former office ("eks"), a verb after the name after a cue, a military rank's
 * abbreviation. The team's own sentences on an invented story of a warehouse fire.
 */
class SpeakerBeforeApposedClauseTest {
    @Test
    void aNameWithAppositionsTooLongForASpeakerSpeaksWithTheAppositionsThatFit() {
        List<Statement> found = Extract.id("Budi (47), kakak kandung Rina, salah satu korban tewas dalam kebakaran "
                + "gudang di Desa Sukamaju, Kecamatan Cimanggu, Kabupaten Lintang, Jawa Barat, Senin (3/3/2025), "
                + "membantah adiknya lalai menjaga gudang.");
        assertThat(found).extracting(Statement::speaker)
                .as("cut at the last comma that leaves a plausible speaker, before the place and the date")
                .containsExactly("Budi (47), kakak kandung Rina");
    }

    @Test
    void aRelativeClauseInsideAnAppositionOrAfterANameIsNoPartOfTheSpeaker() {
        assertThat(Extract.id("Budi (47), kakak kandung Rina yang menjadi korban kebakaran itu, mengatakan adiknya "
                + "tidak merokok di gudang.")).extracting(Statement::speaker)
                .containsExactly("Budi (47), kakak kandung Rina");
        assertThat(Extract.id("BPBD yang menerima laporan itu pun mengatakan bahwa api berasal dari korsleting."))
                .extracting(Statement::speaker).containsExactly("BPBD");
        assertThat(Extract.id("Kepala Dinas Rina Wati yang meninjau lokasi itu mengatakan gudang akan dibongkar."))
                .extracting(Statement::speaker).containsExactly("Kepala Dinas Rina Wati");
    }

    @Test
    void aLoneWordOpeningTheSentenceBeforeARelativeClauseIsNoName() {
        assertThat(Extract.id("Jarak yang cukup jauh ini membuat petugas beralasan api sulit dijangkau."))
                .extracting(Statement::speaker).doesNotContain("Jarak");
    }

    @Test
    void aLongOfficeChainBeforeARelativeClauseAndAVerbWithWordsAfterItAreLeftAsTheyWere() {
        assertThat(Extract.id("Berdasarkan data Dinas Pemadam Kebakaran Gudang Sukamaju memiliki izin sejak 2017."))
                .as("the verb after the name goes on: the clause's own, no speaker").isEmpty();
    }

    @Test
    void aFormerOfficeInLowerCaseKeepsTheTitleChain() {
        assertThat(Extract.id("Penasihat Khusus Gubernur Urusan Kebencanaan Daerah sekaligus eks Kepala Dinas "
                + "Pemadam Kebakaran Budi Santoso mengungkapkan, gudang itu tidak punya alat pemadam."))
                .extracting(Statement::speaker).containsExactly("Penasihat Khusus Gubernur Urusan Kebencanaan Daerah "
                        + "sekaligus eks Kepala Dinas Pemadam Kebakaran Budi Santoso");
    }

    @Test
    void aVerbAfterTheNameAfterACueIsWhatTheSpeakerDid() {
        assertThat(Extract.id("\"Saya kenal baik dengan beliau, kami sering bertemu,\" ujar Budi mengenang."))
                .extracting(Statement::speaker).containsExactly("Budi");
        assertThat(Extract.id("\"Gudang itu sudah tua,\" kata mereka.")).extracting(Statement::speaker)
                .containsExactly("mereka");
    }

    @Test
    void aMilitaryRanksAbbreviationEndsNoSentence() {
        List<Statement> found = Extract.en("\"The fire spread from the east wing,\" Brig. Gen. Budi Santoso said. "
                + "\"We mourn the loss of two workers.\"");
        assertThat(found).extracting(Statement::speaker).containsExactly("Brig. Gen. Budi Santoso",
                "Brig. Gen. Budi Santoso");
    }
}
