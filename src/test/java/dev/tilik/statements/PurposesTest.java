package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cue after a scope word ("meminta PT X untuk merilis …") is what someone is to say, not a saying of the words before
 * it (a clause or purpose in the speaker phrase: four stories), and a quotation paragraph after the speaker's own
 * paragraph closed by a sentence of no one's is theirs; shown on sentences the team wrote in the style of story kinds
 * none of the sets is about (a strike, a court verdict, a disease outbreak, an election count dispute).
 */
class PurposesTest {

    @Test
    void aQuotationAfterTheSpeakersParagraphClosedByASentenceOfNoOnesIsTheirs() {
        // a strike: the paragraph's last sentence names no speaker; the quotation after it is the union head's
        String text = "Ketua serikat buruh Darto menegaskan mogok berlanjut. Pabrik itu sudah tiga hari berhenti berproduksi.\n"
                + "\"Kami tidak akan masuk kerja sebelum upah lembur dibayar, Pak.\"";
        List<Statement> all = Extract.id(text);
        assertThat(all).extracting(Statement::speaker).containsExactly("Ketua serikat buruh Darto", "Ketua serikat buruh Darto");
    }

    @Test
    void aCueAfterAScopeWordIsAPurposeNotASaying() {
        // a court verdict and a disease outbreak cut after an abbreviation ("PT."), so the purpose opens the sentence
        List<Statement> verdict = Extract.id("Hakim meminta PT. Sinar Lintang untuk mengumumkan daftar ahli waris korban.");
        assertThat(verdict).extracting(Statement::speaker).doesNotContain("Sinar Lintang untuk");
        assertThat(verdict).allMatch(s -> !s.speaker().endsWith("untuk"));
        List<Statement> outbreak = Extract.id("Dinas Kesehatan menurunkan tim untuk memastikan sumber air warga tidak tercemar.");
        assertThat(outbreak).isEmpty();
    }

    @Test
    void aRefusalBeforeItsCueStillSpeaks() {
        Statement s = Extract.one("en", "The election commission declined to confirm the recount figures.");
        assertThat(s.speaker()).isEqualTo("The election commission");
    }
}
