package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * What is no doubt of the speaker's, in sentences the team wrote: a risk or a promise stated ("berpotensi memutus …",
 * "lebih berpotensi") is asserted, as a speaker's own belief is ("We believe …", "The union believes that …", as
 * "meyakini" already was). A belief nobody holds in person ("is believed to", "it is believed that", "were believed")
 * still only hedges, and so does "ada potensi" (something may have happened).
 */
class StatedRiskAndBeliefTest {

    @Test
    void aRiskOrPotentialStatedIsAsserted() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Penutupan jembatan ini berpotensi memutus jalur sayur ke pasar,\" kata kepala desa.",
                "Menurut camat, wilayah utara lebih luas dan lebih berpotensi dibandingkan wilayah selatan.");
    }

    @Test
    void aPotentialThatSomethingHappenedStillHedges() {
        Extract.takes(Stance.HEDGE, "id",
                "\"Ada potensi pelanggaran dalam proyek jembatan itu,\" kata ketua lembaga pemantau.");
    }

    @Test
    void aBeliefHeldInPersonIsAsserted() {
        Extract.takes(Stance.ASSERT, "en",
                "\"We believe the harbour must stay closed until the inquiry ends,\" said the union's head.",
                "The sailors' union believes that the port authority's decision breaks the shipping law.");
    }

    @Test
    void aBeliefNobodyHoldsInPersonHedges() {
        Extract.takes(Stance.HEDGE, "en",
                "The ferry is believed to have carried more than forty passengers.",
                "It is believed that the captain left the bridge before the ferry tilted.",
                "Two crew members were believed missing on Sunday.");
    }
}
