package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A figure or an account still being checked, in sentences the team wrote ("masih melakukan rekonfirmasi", "sedang
 * mendata", "masih menunggu konfirmasi", "masih dalam proses", "still verifying"): the speaker does not yet vouch for
 * it, a hedge. An inquiry into someone and a count already finished stay assertions.
 */
class StillCheckedHedgeTest {

    @Test
    void aFigureOrAnAccountStillBeingCheckedHedges() {
        Extract.takes(Stance.HEDGE, "id",
                "\"Kami masih melakukan rekonfirmasi terhadap jumlah pengungsi di balai desa,\" kata kepala posko.",
                "\"Sejauh ini petugas sedang mendata rumah yang rusak,\" kata camat.",
                "Kepala dinas menambahkan bahwa jumlah ternak yang hilang masih menunggu konfirmasi dari para peternak.",
                "\"Titik longsornya masih dalam proses ya, tim geologi belum turun,\" kata kepala BPBD.");
        Extract.takes(Stance.HEDGE, "en", "\"We are still verifying the number of missing hikers,\" the rescue chief said.");
    }

    @Test
    void anInquiryIntoSomeoneOrAFigureCountedIsAsserted() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Penyidik sedang mendalami peran kontraktor dalam proyek irigasi itu,\" kata kapolres.",
                "\"Petugas sudah selesai mendata 40 rumah yang rusak,\" kata camat.");
        Extract.takes(Stance.ASSERT, "en", "\"Ten hikers were rescued on Sunday,\" the rescue chief said.");
    }
}
