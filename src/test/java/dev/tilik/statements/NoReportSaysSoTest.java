package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Nothing bears it out: "tidak ada laporan yang menyatakan bahwa X" says no report has X, as "tidak ada bukti" and
 * "tidak ada indikasi" do (rules {@code dismissals}): a denial of X, even after an opening clause that negates nothing
 * of its own. Invented copy about a factory canteen.
 */
class NoReportSaysSoTest {

    @Test
    void noReportSayingItDenies() {
        Extract.takes(Stance.DENY, "id",
                "\"Sampai sekarang tidak ada, tidak ada laporan yang menyatakan bahwa pekerja itu sakit karena makanan kantin,\" kata Rina.",
                "Kepala dinas, Rina Wati, mengatakan tidak ada laporan yang menyebutkan bahwa makanan kantin itu basi.");
    }
}
