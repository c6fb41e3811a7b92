package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A hope opening the claim, in sentences the team wrote ("Harapan kami, …", "Semoga …", "Mudah-mudahan …"): the
 * speaker says what they want, not what is so. A hope named inside the claim ("harapan warga sudah terpenuhi")
 * leaves it asserted.
 */
class HopeOpeningTest {

    @Test
    void aHopeOpeningTheClaimTakesNoPosition() {
        Extract.takes(Stance.OTHER, "id",
                "\"Harapan kami, bantuan segera datang ke desa ini,\" ujar kepala desa.",
                "\"Semoga para korban banjir segera pulih,\" kata gubernur.",
                "\"Mudah-mudahan jembatan darurat selesai pekan depan,\" kata camat.");
    }

    @Test
    void aHopeNamedInsideTheClaimIsAsserted() {
        Extract.takes(Stance.ASSERT, "id", "\"Jembatan itu sudah dibuka dan harapan warga sudah terpenuhi,\" kata camat.");
    }
}
