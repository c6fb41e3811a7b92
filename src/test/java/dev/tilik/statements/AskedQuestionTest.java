package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A question the speaker asked and reports ("Saya bertanya kepada mandor apakah …", "I asked the foreman whether …"),
 * in sentences the team wrote: it takes no position on what is so (other), where main read "apakah" as a question the
 * claim leaves open, a hedge. A question left open by the speaker's own not knowing stays a hedge, and a request
 * ("asked the council to …") is no question asked.
 */
class AskedQuestionTest {

    @Test
    void aQuestionAskedIsOther() {
        Extract.takes(Stance.OTHER, "id",
                "\"Saya bertanya kepada mandor apakah pabrik gula akan ditutup bulan depan,\" ujar Rina, seorang buruh.");
    }

    @Test
    void aQuestionAskedInEnglishIsOther() {
        Extract.takes(Stance.OTHER, "en",
                "\"I asked the foreman whether the sugar mill would close next month,\" said Rina, a worker.");
    }

    @Test
    void aQuestionLeftOpenStaysAHedge() {
        Extract.takes(Stance.HEDGE, "id",
                "\"Kami masih melihat dulu apakah pabrik gula akan ditutup bulan depan,\" ujar Rina, seorang buruh.");
    }

    @Test
    void aRequestIsNoQuestionAsked() {
        Extract.takes(Stance.ASSERT, "en",
                "\"We asked the council to reopen the sugar mill next month,\" said Rina, a worker.");
    }
}
