package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A first person ready for what comes or giving a warning, in sentences the team wrote ("Saya siap bertanggung
 * jawab", "Saya ingatkan para pedagang …", "Kami mengimbau warga …"): the speaker takes no position on what is so.
 * A third person's readiness, reported, is asserted.
 */
class ReadinessWarningTest {

    @Test
    void aFirstPersonReadyOrWarningTakesNoPosition() {
        Extract.takes(Stance.OTHER, "id",
                "\"Saya siap bertanggung jawab atas kejadian di sekolah ini,\" kata kepala sekolah.",
                "\"Saya ingatkan para pedagang jangan menaikkan harga beras,\" kata wali kota.",
                "\"Kami mengimbau warga bantaran sungai segera mengungsi,\" kata kepala BPBD.");
    }

    @Test
    void aThirdPersonsReadinessIsReported() {
        Extract.takes(Stance.ASSERT, "id", "Camat mengatakan warga bantaran sungai siap pindah ke rumah susun.");
    }
}
