package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * What the speaker says cannot be said, only fears or calls a potential, in sentences the team wrote ("tidak bisa
 * dibilang", "jangan-jangan", "ada potensi", "kurang paham"): a hedge. A potential denied ("tidak ada potensi",
 * "tidak berpotensi") hedges nothing, and "tidak bisa dikatakan" inside a named thing leaves the claim asserted.
 */
class UnsaidFearedHedgeTest {

    @Test
    void whatCannotBeSaidOrIsOnlyFearedOrPossibleHedges() {
        Extract.takes(Stance.HEDGE, "id",
                "\"Jadi tidak bisa dibilang mereka semua pendaki,\" kata ketua tim.",
                "\"Jangan-jangan jembatan itu sudah retak sejak lama,\" kata anggota dewan.",
                "\"Ada potensi kerugian negara dalam proyek irigasi itu,\" kata auditor.",
                "Kepala gudang mengaku kurang paham aturan penyimpanan pupuk.");
    }

    @Test
    void aPotentialDeniedHedgesNothing() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Gempa pagi tadi tidak berpotensi tsunami,\" kata prakirawan.",
                "\"Tidak ada potensi banjir susulan di hilir sungai,\" kata prakirawan.");
    }
}
