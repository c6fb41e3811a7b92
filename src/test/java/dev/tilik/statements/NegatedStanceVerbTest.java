package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's convention, read everywhere: a denial withheld ("tak menampik", "tidak membantah", "did not deny",
 * "declined to deny") is a hedge, whether the negated verb is the reporter's cue or the speaker's own verb at the head
 * of what is said in the first person ("Kami tidak menampik …", "I do not deny …"). On copy the team
 * wrote in the style of a diarrhoea outbreak and an election count dispute (kinds of story none of the sets is).
 */
class NegatedStanceVerbTest {

    @Test
    void aNegatedDenialIsAHedgeAsTheCueOrAsTheSpeakersOwnVerb() {
        Extract.takes(Stance.HEDGE, "id",
                // the cue negated
                "Kepala Dinas Kesehatan, Rina Wati, tidak menampik adanya kasus diare di desa itu.",
                "Ketua KPU Andi tidak membantah adanya kecurangan di TPS itu.",
                "Ketua KPU Andi menolak untuk membantah adanya kecurangan di TPS itu.",
                // the speaker's own verb negated, quoted and reported
                "\"Kami tidak menampik ada kasus diare di desa itu,\" kata Kepala Dinas Kesehatan, Rina Wati.",
                "\"Saya tidak membantah ada kecurangan di TPS itu,\" ujar Ketua KPU, Andi.");
        Extract.takes(Stance.HEDGE, "en",
                "The health chief, Rina Wati, did not deny that the well water was contaminated.",
                "The election chief declined to deny that votes were inflated.",
                "\"I do not deny that there were irregularities,\" the election chief said.");
    }

    @Test
    void aNegationOfAnotherVerbOrAnotherSubjectsDenialIsNoWithheldDenial() {
        org.assertj.core.api.Assertions.assertThat(Extract.one("id",
                "\"Kami tidak menerima laporan kasus baru sejak Senin,\" kata Kepala Dinas Kesehatan, Rina Wati.").stance())
                .as("a verb of no stance negated").isNotEqualTo(Stance.HEDGE);
        Extract.takes(Stance.CONFIRM, "id",
                "\"Kami membenarkan ada kasus diare di desa itu,\" kata Kepala Dinas Kesehatan, Rina Wati.");
    }
}
