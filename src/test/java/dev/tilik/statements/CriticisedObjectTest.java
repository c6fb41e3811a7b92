package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A hedge word in the object of a criticism ({@code criticisms}: "mengkritik", "mengecam") names what is
 * criticised — "kemungkinan kenaikan tarif", "kemungkinan adanya pungutan liar" — and hedges nothing; after the claim's first
 * clause break a hedge counts again, and through any other cue the same words hedge. Sentences the team wrote, of
 * a fare rise, a school levy and a dam.
 */
class CriticisedObjectTest {

    @Test
    void aHedgeWordInTheCriticisedObjectHedgesNothing() {
        Extract.takes(Stance.ASSERT, "id",
                "Ketua paguyuban sopir mengkritik keras kemungkinan kenaikan tarif angkutan kota bulan depan.",
                "Komite sekolah mengecam kemungkinan adanya pungutan liar dalam penerimaan siswa baru.",
                "Ketua paguyuban sopir mengkritik kemungkinan kenaikan tarif angkutan dan memperingatkan bahwa sopir akan mogok.");
    }

    @Test
    void aHedgeAfterTheObjectsClauseBreakStillHedges() {
        Extract.takes(Stance.HEDGE, "id",
                "Ketua paguyuban sopir mengkritik keputusan dinas perhubungan karena tarif mungkin naik dua kali lipat.");
    }

    @Test
    void theSameWordsThroughAnotherCueHedge() {
        Extract.takes(Stance.HEDGE, "id",
                "Kepala dinas perhubungan mengatakan kemungkinan kenaikan tarif angkutan kota terjadi bulan depan.");
    }
}
