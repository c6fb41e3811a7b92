package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A condition and what will follow from it after a connective opening the claim, in sentences the team wrote
 * ("Namun demikian, kalau …, … akan …", "Jadi kalau …, … akan …"): conditional. A connective before a plain claim
 * with "akan" and no condition stays an assertion.
 */
class ConnectiveConditionTest {

    @Test
    void aConditionAfterAConnectiveOpeningTheClaimIsConditional() {
        Extract.takes(Stance.CONDITIONAL, "id",
                "\"Namun demikian, kalau warga menolak relokasi, rencana itu akan kami tinjau ulang,\" kata bupati.",
                "\"Jadi kalau hujan turun deras, jalan desa itu akan tergenang,\" kata lurah.");
    }

    @Test
    void aConnectiveBeforeAPlainClaimAsserts() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Tapi pedagang sudah setuju pindah dan pasar baru akan dibuka bulan depan,\" kata kepala dinas.");
    }
}
