package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A negation of two words or more ending the claim's own clause says a thing is not there ("Ternyata, tidak ada.",
 * "gudang liar itu tidak ada") and denies; a one-word "no", a negation that says "no longer" or one after a
 * correlative conjunction ("baik … maupun tidak") does not. Sentences invented in the style of a village land row.
 */
class AbsenceStanceTest {

    @Test
    void aThingSaidNotToBeThereDenies() {
        Extract.takes(Stance.DENY, "id",
                "\"Ternyata, tidak ada,\" ujar Kepala Desa Sukamaju, Budi Santoso.",
                "Kepala Desa Sukamaju, Budi Santoso, mengatakan gudang liar di tepi sungai itu tidak ada.");
    }

    @Test
    void noLongerThereOrACorrelativeNegationDeniesNothing() {
        List<Statement> said = Extract.id("Kepala Desa Sukamaju, Budi Santoso, mengatakan gudang liar di tepi sungai itu sudah tidak ada. "
                + "Camat Sukamaju, Rina Wati, mengatakan semua warga baik yang terdaftar maupun tidak, sudah menerima bantuan.");
        assertThat(said).isNotEmpty().allMatch(s -> s.stance() != Stance.DENY);
    }
}
