package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A firm negation ruling out an intent before its act ("tidak ada niat dari kami untuk menggusur …", "bukan niat kami
 * untuk …") denies in any clause of the claim's own rank, on copy the team wrote in the style of a market relocation
 * (a kind of story none of the development sets is); in a clause of another rank ("…, karena tidak berniat …") it
 * denies nothing.
 */
class IntentNegationTest {

    @Test
    void anIntentRuledOutInALaterClauseOfTheClaimDenies() {
        Extract.takes(Stance.DENY, "id",
                "\"Saya tegaskan, tidak ada niat dari kami untuk menggusur pedagang pasar lama,\" ujar Kepala Dinas Pasar Sukamaju, Rina Wati.",
                "\"Fokus kami menata pasar, bukan niat kami untuk menggusur pedagang pasar lama,\" kata Kepala Dinas Pasar Sukamaju, Rina Wati.");
    }

    @Test
    void anIntentRuledOutInAClauseOfAnotherRankDeniesNothing() {
        List<Statement> said = Extract.id("Kepala Dinas Pasar Sukamaju, Rina Wati, mengatakan pedagang pindah ke pasar baru "
                + "karena tidak berniat menunggu renovasi pasar lama selesai.");
        assertThat(said).isNotEmpty().allMatch(s -> s.stance() != Stance.DENY);
    }
}
