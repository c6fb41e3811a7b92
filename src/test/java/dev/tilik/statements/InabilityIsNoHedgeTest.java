package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * English "could" is a hedge when it says what may be ("the cable could snap"); negated or limited ("could not
 * hold", "could only advise") it is the past of "cannot" and "can only": what someone or something was able to do,
 * asserted (rules {@code notHedges}). What could not be confirmed or verified stays a hedge. Invented copy about a
 * village bridge and a weather office.
 */
class InabilityIsNoHedgeTest {

    @Test
    void whatCouldNotOrCouldOnlyBeDoneIsAsserted() {
        Extract.takes(Stance.ASSERT, "en",
                "Engineers said the old cable could not hold the ferry once the river rose.",
                "The weather office head said the office could only advise fishermen to stay ashore.");
    }

    @Test
    void whatCouldBeOrCouldNotBeConfirmedStaysAHedge() {
        Extract.takes(Stance.HEDGE, "en",
                "Engineers said the old cable could snap at any time.",
                "The village head said the number of boats lost could not be confirmed.");
    }
}
