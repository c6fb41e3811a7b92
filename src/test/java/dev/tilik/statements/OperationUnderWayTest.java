package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * An operation still under way ("masih dalam proses pencarian") is a state told, not a matter still being found out, on
 * copy the team wrote about a warehouse roof blown off in a storm: asserted, while a count still being made hedges.
 */
class OperationUnderWayTest {

    @Test
    void anOperationStillUnderWayIsAsserted() {
        Extract.takes(Stance.ASSERT, "id",
                "Kepala gudang, Hendra Lubis, mengatakan dua pekerja masih dalam proses pencarian di bawah atap yang runtuh.",
                "\u201cAtap gudang yang roboh itu masih dalam proses perbaikan,\u201d kata Hendra Lubis.");
    }

    @Test
    void aMatterStillBeingFoundOutStillHedges() {
        Extract.takes(Stance.HEDGE, "id",
                "Kepala gudang, Hendra Lubis, mengatakan kerugian akibat badai masih dalam proses pendataan.");
    }
}
