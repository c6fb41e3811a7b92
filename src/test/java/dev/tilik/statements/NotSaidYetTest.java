package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A speaker who has no official word of it yet, in sentences the team wrote ("there is no official information yet on
 * …", as "has no information" already was): no comment, where main read an assertion of what follows. Official
 * information the speaker gives is asserted.
 */
class NotSaidYetTest {

    @Test
    void noOfficialInformationIsNoComment() {
        Extract.takes(Stance.NO_COMMENT, "en",
                "\"There is no official information yet on how many workers lost their jobs,\" said the labour officer.");
    }

    @Test
    void officialInformationGivenIsAsserted() {
        Extract.takes(Stance.ASSERT, "en",
                "\"The official information shows that 300 workers lost their jobs,\" said the labour officer.");
    }
}
