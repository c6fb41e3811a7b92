package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two ways Indonesian writes a negation whose stance its words alone tell (round thirty-three, branch h33st), shown
 * in story kinds none of the development sets is (a search at sea, a strike): "no more" ("tidak ada lagi"), which
 * states how things stand, and the idiom of ruling out, "tidak ada kata X", which denies.
 */
class NoMoreNoWordTest {

    private static void take(Stance expected, String... sentences) {
        Extract.takes(expected, "id", sentences);
    }

    /**
     * "Tidak ada lagi" says how things now stand, as "tidak lagi" does: among others who say victims were found, "tak
     * ada lagi korban yang ditemukan" denies none of their finds (the folder's reading of its negation made it a denial).
     */
    @Test
    void noMoreDeniesNoneOfTheOthersClaims() {
        List<Statement> all = Extract.folder(
                new String[] {"id", "Tim SAR mengatakan dua korban ditemukan di perairan itu pada Senin."},
                new String[] {"id", "Kepala Basarnas mengatakan tiga korban ditemukan di pantai pada Selasa."},
                new String[] {"id", "Kepala posko mengatakan korban ditemukan oleh nelayan di pantai."},
                new String[] {"id", "Kepala Basarnas mengatakan tak ada lagi korban yang ditemukan di perairan itu."});
        assertThat(all).hasSize(4);
        assertThat(all).extracting(Statement::stance).containsOnly(Stance.ASSERT);
    }

    /**
     * "Tidak ada kata X" rules X out altogether, as "tidak akan" does: a denial, on the claim's own predicate.
     * "Kata sepakat" is one noun (no agreement was reached) and "tidak ada kata terlambat" a saying: asserted.
     */
    @Test
    void noWordForItRulesItOut() {
        take(Stance.DENY,
                "\"Bagi kami tidak ada kata mogok sampai akhir tahun,\" kata ketua serikat.",
                "Ketua serikat menegaskan bagi buruh tidak ada kata mogok sampai akhir tahun.");
        take(Stance.ASSERT,
                "\"Sampai malam ini tidak ada kata sepakat soal upah,\" kata ketua serikat.");
    }
}
