package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A question that is the purpose of an act ("untuk memastikan apakah …") leaves nothing of the claim open, on copy the
 * team wrote about a warehouse roof blown off in a storm: asserted, while a question of the claim's own verb still hedges.
 */
class PurposeQuestionTest {

    @Test
    void aQuestionThatIsThePurposeOfAnActIsAsserted() {
        Extract.takes(Stance.ASSERT, "id",
                "Kepala gudang, Hendra Lubis, mengatakan tim teknik memeriksa rangka atap untuk memastikan apakah ada baut yang lepas.");
    }

    @Test
    void aQuestionOfTheClaimsOwnVerbStillHedges() {
        Extract.takes(Stance.HEDGE, "id",
                "Kepala gudang, Hendra Lubis, mengatakan tim teknik akan memeriksa apakah ada baut yang lepas.");
    }
}
