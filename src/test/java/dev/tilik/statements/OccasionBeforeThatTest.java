package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * When or where something was said, told between the cue and "that" ({@code AttributionFinder.occasion}), is no part of
 * the claim: the claim opens after the complementizer, and its own first words decide its stance. Invented sentences.
 */
class OccasionBeforeThatTest {

    private static final String DAY = "Minister Budi Santoso said on Monday (Jun. 24) that the government will not pay the "
            + "ransom demanded by the hackers.";
    private static final String STATEMENT = "The ministry said in a statement on Tuesday that the government will not pay "
            + "the ransom.";

    @Test
    void theClaimOpensAfterTheComplementizer() {
        Statement day = Extract.one("en", DAY);
        assertThat(Extract.claim("en", DAY, day)).startsWith("the government will not pay");
        assertThat(day.stance()).isEqualTo(Stance.DENY);
        Statement statement = Extract.one("en", STATEMENT);
        assertThat(Extract.claim("en", STATEMENT, statement)).startsWith("the government will not pay");
        assertThat(statement.stance()).isEqualTo(Stance.DENY);
    }

    @Test
    void aRelativeThatOpensNoClaim() {
        String text = "The captain said on the ship that sank the crew had warned every passenger.";
        assertThat(Extract.claim("en", text, Extract.one("en", text))).doesNotStartWith("sank");
    }
}
