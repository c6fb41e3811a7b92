package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A reported claim opening with a lower-case condition set off by its comma before a modal, in sentences the team
 * wrote ("menyatakan bahwa jika stok menipis, operasi pasar dapat digelar"): conditional. With no comma the "jika"
 * only says "that" ("mengklaim jika gudang itu bakal dijual"), and with no modal after the comma the claim tells
 * what was done: both assertions.
 */
class ReportedConditionTest {

    @Test
    void aReportedConditionSetOffBeforeAModalIsConditional() {
        Extract.takes(Stance.CONDITIONAL, "id",
                "Kepala dinas menyatakan bahwa jika stok beras terus menipis, operasi pasar dapat digelar kembali.");
    }

    @Test
    void aThatClauseOrADeedAfterTheConditionIsAsserted() {
        Extract.takes(Stance.ASSERT, "id",
                "Direktur gudang mengklaim jika gudang itu bakal dijual tahun depan.",
                "Camat mengatakan jika hujan turun, warga sudah mengungsi ke balai desa.");
    }
}
