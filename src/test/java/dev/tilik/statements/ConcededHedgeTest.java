package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A hedge word inside a concession (rules {@code concessives}: "meskipun", "walaupun", "although", "while") qualifies
 * what the speaker grants, not the claim: the claim is asserted. A hedge in the claim's own clause, before the
 * concession or past the comma that closes it, still hedges. Sentences the team wrote.
 */
class ConcededHedgeTest {

    @Test
    void aHedgeInsideAConcessionHedgesNothing() {
        Extract.takes(Stance.ASSERT, "id",
                "Kepala dinas sosial mengatakan, meskipun mungkin ada keterlambatan, bantuan beras sudah tiba di semua desa.",
                "Camat menjelaskan bahwa jembatan gantung itu sudah dibuka kembali, walaupun barangkali masih perlu dicat ulang.");
        Extract.takes(Stance.ASSERT, "en",
                "The harbour master said that while the cargo might be salvaged, the ferry itself was lost for good.",
                "The mayor said the bridge had reopened to traffic, although it may need another coat of paint.");
    }

    @Test
    void aHedgeInTheClaimsOwnClauseStillHedges() {
        Extract.takes(Stance.HEDGE, "id",
                "Kepala dinas sosial mengatakan bantuan beras mungkin baru tiba besok, meskipun jalan sudah dibuka.",
                "Camat menjelaskan, meski begitu, jembatan gantung itu barangkali baru dibuka pekan depan.");
        Extract.takes(Stance.HEDGE, "en",
                "The harbour master said the cargo might be lost, although the crew was rescued.");
    }
}
