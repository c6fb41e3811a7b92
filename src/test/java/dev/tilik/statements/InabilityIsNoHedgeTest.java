package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * English "could" is a hedge when it says what may be ("the bridge could collapse"); negated or limited ("could not
 * bear", "could only issue") it is the past of "cannot" and "can only": what someone or something was able to do,
 * asserted (rules {@code notHedges}). What could not be confirmed or verified stays a hedge. Invented copy about a
 * village bridge and a weather office.
 */
class InabilityIsNoHedgeTest {

    @Test
    void whatCouldNotOrCouldOnlyBeDoneIsAsserted() {
        Extract.takes(Stance.ASSERT, "en",
                "Engineers said the old beam could not bear the weight of the new deck, leading to the collapse.",
                "The weather office head said the office could only issue warnings, and that closing the trail was up to the park.");
    }

    @Test
    void whatCouldBeOrCouldNotBeConfirmedStaysAHedge() {
        Extract.takes(Stance.HEDGE, "en",
                "Engineers said the old beam could give way at any time.",
                "The village head said more people may have crossed the bridge, but it could not be confirmed.");
    }
}
