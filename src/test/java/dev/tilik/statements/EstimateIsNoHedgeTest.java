package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * An estimate states a figure, a time or an amount ("diperkirakan"), as English "estimate" does: asserted, on copy the
 * team wrote about a harbour being dredged. A claim with a hedge of its own in it still hedges.
 */
class EstimateIsNoHedgeTest {

    @Test
    void whatIsEstimatedIsAsserted() {
        Extract.takes(Stance.ASSERT, "id",
                "Kepala syahbandar, Rudi Hartono, mengatakan pengerukan kolam pelabuhan diperkirakan bakal memakan waktu hingga empat bulan.",
                "Kepala syahbandar, Rudi Hartono, mengatakan diperkirakan ada sebanyak 40 kapal yang tertahan di luar pelabuhan.");
    }

    @Test
    void anEstimateWithAHedgeOfItsOwnStillHedges() {
        Extract.takes(Stance.HEDGE, "id",
                "Kepala syahbandar, Rudi Hartono, mengatakan jumlah kapal yang tertahan diperkirakan masih bisa bertambah.");
    }
}
