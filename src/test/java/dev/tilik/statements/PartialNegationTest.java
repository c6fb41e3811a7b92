package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A negated quantifier of the whole ("tidak sepenuhnya", "tidak semua", "not entirely", "not all") says that part of a
 * thing is not so: a limit, asserted, never a denial on its own (rules {@code pending}, beside "tidak hanya"). Invented
 * copy about a village bridge and a water tariff.
 */
class PartialNegationTest {

    @Test
    void aNegatedWholeLimitsWhatIsSaidItDeniesNothing() {
        Extract.takes(Stance.ASSERT, "id",
                "Kepala Desa Sukamaju, Budi Santoso, menegaskan perbaikan jembatan itu tidak sepenuhnya dibiayai desa, sebagian dari kabupaten.",
                "Camat Rina Wati mengatakan tarif air yang baru tidak semuanya naik, hanya untuk rumah besar.",
                "\"Tidak semua warga menerima bantuan perbaikan rumah,\" kata Kepala Desa Sukamaju, Budi Santoso.");
        Extract.takes(Stance.ASSERT, "en",
                "The village head, Budi Santoso, insisted the bridge repairs were not entirely paid for by the village.",
                "\"Not all residents received the repair grant,\" the village head said.");
    }

    @Test
    void aWholeNegatedStillDenies() {
        Extract.takes(Stance.DENY, "id",
                "Kepala Desa Sukamaju, Budi Santoso, menegaskan perbaikan jembatan itu tidak dikerjakan warga.");
    }
}
