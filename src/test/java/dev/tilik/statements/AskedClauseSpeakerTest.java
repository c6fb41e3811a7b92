package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A question clause set off before the one who answers (rules {@code clauseOpeners}: "ditanya", "ditanyai"): "Saat
 * ditanya ihwal klaim X, Y merespons …", "Ditanya wartawan soal klaim X, Y menjawab …". The person asked is the one
 * who answers after the comma; the asked clause is no speaker, and a claim noun inside it ("klaim") is no cue of its
 * own. Sentences the team wrote, of a market fire.
 */
class AskedClauseSpeakerTest {

    @Test
    void theAskedClauseIsNeverTheSpeaker() {
        List<Statement> s = Extract.id("Saat ditanya ihwal klaim Dinas Pasar terkait dengan kerugian pedagang, Rina merespons, "
                + "\"Silakan tanya langsung ke dinas.\"");
        assertThat(s).extracting(Statement::speaker).noneMatch(sp -> sp.toLowerCase().contains("ditanya"));
        List<Statement> t = Extract.id("Ditanya wartawan soal klaim polisi tentang penyebab kebakaran, Budi menjawab bahwa dia tidak tahu.");
        assertThat(t).extracting(Statement::speaker).noneMatch(sp -> sp.toLowerCase().contains("ditanya"));
    }

    @Test
    void theOneWhoAnswersSpeaksThroughAVerbOfAnswering() {
        String text = "Saat ditanya ihwal klaim Dinas Pasar terkait dengan kerugian pedagang, Rina merespons, "
                + "\"Silakan tanya langsung ke dinas.\"";
        Statement s = Extract.one("id", text);
        assertThat(s.speaker()).isEqualTo("Rina");
        assertThat(s.claim().coveredText(text)).doesNotContain("ditanya ihwal").contains("tanya langsung");
    }

    @Test
    void theOneWhoAnswersStillSpeaks() {
        assertThat(Extract.one("id", "Ketika ditanya soal klaim polisi, Kepala Dinas Pasar Rina Wati menegaskan bahwa kios sudah aman.").speaker())
                .isEqualTo("Kepala Dinas Pasar Rina Wati");
        assertThat(Extract.one("id", "Saat ditanyai wartawan, Ketua Paguyuban Pedagang Budi Santoso enggan menyebut siapa pelakunya.").speaker())
                .isEqualTo("Ketua Paguyuban Pedagang Budi Santoso");
    }
}
