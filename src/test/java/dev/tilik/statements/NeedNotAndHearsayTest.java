package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Smaller stance kinds of the depot-fire set (plumpang, round thirty-four, branch h34st), on sentences of story kinds
 * none of the sets is: hearsay and a suspicion that something is so hedge, as does a finding not yet settled as the
 * cause; a count of possibilities hedges nothing; "need not" denies nothing.
 */
class NeedNotAndHearsayTest {

    /** "Katanya sih …", "dugaan ada …", "belum bisa ditetapkan sebagai …": said on another's word or not yet settled. */
    @Test
    void hearsayASuspicionAndAFindingNotYetSettledHedge() {
        Extract.takes(Stance.HEDGE, "id",
                "\"Katanya sih jembatan itu retak karena gempa,\" ungkap seorang warga.",
                "Kapolres menyebut dugaan ada korsleting listrik di gudang itu.",
                "Kepala Dinas menyebut hasil uji awal itu belum bisa ditetapkan sebagai penyebab keracunan.");
    }

    /** "Ada dua kemungkinan lokasi" counts options; "enggak harus hari ini" says what is not needed, no denial. */
    @Test
    void aCountOfPossibilitiesAndANeedNotAssert() {
        Extract.takes(Stance.ASSERT, "id",
                "Bupati menyebutkan ada dua kemungkinan lokasi untuk membangun pasar baru di kecamatan itu.",
                "\"Enggak harus hari ini pasar itu dibongkar, pembongkaran juga perlu perencanaan,\" ujarnya.");
    }
}
