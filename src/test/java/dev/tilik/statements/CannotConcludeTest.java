package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Who cannot conclude so far only withholds the conclusion, as who cannot be sure ("tidak bisa memastikan") does: a
 * hedge (rules {@code hedges}), in the plain and the spoken negators, though an identity negation ("saya bukan ahli")
 * opens the claim. Invented copy about a river's colour.
 */
class CannotConcludeTest {

    @Test
    void whoCannotConcludeHedges() {
        Extract.takes(Stance.HEDGE, "id",
                "\"Saya bukan ahli kimia, kami enggak bisa menyimpulkan apa-apa dulu,\" kata Budi.",
                "Kepala dinas, Rina Wati, mengatakan pihaknya tidak dapat menyimpulkan penyebab warna sungai itu.");
    }
}
