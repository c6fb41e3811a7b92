package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * "Verified that …" reports what its subject says after checking, as "confirmed that" does (copy the team wrote,
 * in the shape of a wire rewrite: an official visits the site and verifies the toll). The claim is the toll itself,
 * asserted: so the figures it gives meet the folder's other counts. Only "verified that" is a cue: a thing verified
 * ("could not be independently verified", "were verified by the agency", "have not verified the number") says nothing
 * and must not take the statement of the verb of saying beside it.
 */
class VerifyCueTest {

    @Test
    void anOfficialWhoVerifiedThatATollHeldAssertsIt() {
        String text = "On Monday, the regent visited the flooded village and verified that nine people had died "
                + "while 20 others had been injured.";
        Statement s = Extract.one("en", text);
        assertThat(s.stance()).isEqualTo(Stance.ASSERT);
        assertThat(Extract.claim("en", text, s)).startsWith("nine people had died");
    }

    @Test
    void aThingVerifiedIsNoCue() {
        assertThat(Extract.en("The footage could not be independently verified by reporters.")).isEmpty();
        assertThat(Extract.en("Officials have not verified the number of missing.")).isEmpty();
        Statement s = Extract.one("en", "The claims were verified by the agency, which said nine people died.");
        assertThat(s.cue()).isEqualTo("said");
    }
}
