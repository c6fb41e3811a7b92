package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A quoted question asserts nothing, rhetorical or not, in sentences the team wrote (a ransom, a price row, a
 * collapsed bridge, a strike): its stance is other, whatever the cue, so it is never one side of a contradiction.
 * A statement whose clause opens with a question word is still a statement, and so is reported speech.
 */
class QuotedQuestionsTest {

    @Test
    void aQuotedQuestionTakesNoSide() {
        Extract.takes(Stance.OTHER, "id",
                "\"Dan Bapak harus bayar ke mana?\" kata anggota DPR, Rina Wulandari.",
                "\"Kenapa harga beras naik dua kali dalam sebulan?\" ujar pedagang pasar, Sumiati.",
                "\"Bagaimana mungkin jembatan baru setahun sudah ambruk,\" kata Ketua RT, Joko.",
                "\"Siapa yang mau menanggung biaya perbaikan?\" tegas Kepala Desa Wetan, Darto.");
        Extract.takes(Stance.OTHER, "en",
                "\"Why would we pay a ransom to criminals?\" the minister said.",
                "\"Where did the money go?\" union leader Maria Santos said.");
    }

    @Test
    void aQuestionIsNoDenialEvenWhenItNegates() {
        Extract.takes(Stance.OTHER, "id",
                "\"Apakah pemerintah tidak pernah membayar tebusan?\" kata pengamat siber, Rudi.");
    }

    @Test
    void aStatementOpeningWithAQuestionWordStillAsserts() {
        assertThat(Extract.one("id", "\"Apa yang kami lakukan sudah sesuai prosedur,\" kata Kepala Dinas PU, Irawan.").stance())
                .isNotEqualTo(Stance.OTHER);
        assertThat(Extract.one("id", "\"Siapa pun pelakunya, kami akan menindak tegas,\" kata Kapolres Wetan, Budi.").stance())
                .isNotEqualTo(Stance.OTHER);
    }

    @Test
    void reportedSpeechNamingHowIsNoQuestion() {
        assertThat(Extract.one("id", "Kepala BSSN Rina Wati menjelaskan bagaimana peretas masuk ke server pusat data.").stance())
                .isNotEqualTo(Stance.OTHER);
    }
}
