package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * How far a first person's wish, readiness or feeling ({@code wishes}) reaches in its claim, in sentences the team
 * wrote of a shoe factory and a flood: a contrast set off by a comma after the wish turns to what is so and the claim
 * asserts it; an appeal or another wish after the contrast keeps it a wish; a wish linked to a cue by one function
 * word ("I want to stress that …") only introduces what is said, as "kami ingin menegaskan bahwa …" does.
 */
class WishClauseTest {

    @Test
    void aContrastAfterTheWishTurnsToWhatIsSo() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Kami siap menerima pesangon, tetapi pabrik sudah tutup sejak Senin,\" ujar buruh Darto.",
                "\"Kami berharap air segera surut, namun 300 rumah masih terendam,\" kata camat.");
        Extract.takes(Stance.ASSERT, "en",
                "\"We hope the talks go well, but the plant closed on Monday,\" union head Rina Wati said.");
    }

    @Test
    void anAppealOrAWishAfterTheContrastKeepsTheClaimAWish() {
        Extract.takes(Stance.OTHER, "id",
                "\"Kami ingin terus bekerja, tapi jangan ada pemecatan lagi,\" kata buruh Darto.",
                "\"Kami siap menerima keputusan, tetapi kami berharap pesangon dibayar penuh,\" kata buruh Darto.",
                "\"Kami berharap air segera surut,\" kata camat.");
    }

    @Test
    void aWishLinkedToACueByAFunctionWordOnlyIntroducesWhatIsSaid() {
        Extract.takes(Stance.ASSERT, "en",
                "\"I want to stress that the factory has stopped operating,\" director Budi Santoso said.");
        Extract.takes(Stance.OTHER, "en",
                "\"We want to see the severance paid in full,\" worker Darto said.");
    }
}
