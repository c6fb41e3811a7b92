package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A figure or an account still being checked, in sentences the team wrote ("masih melakukan rekonfirmasi", "sedang
 * mendata", "masih menunggu konfirmasi", "masih dalam proses", "still verifying"): the speaker does not yet vouch for
 * it, a hedge. An inquiry into someone, a count already finished and the activity a process phrase names ("masih dalam
 * proses pemeriksaan") stay assertions.
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
    void theActivityAProcessPhraseNamesIsStatedNotDoubted() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Dua warga yang terluka masih dalam proses pemeriksaan di puskesmas,\" kata kepala desa.",
                "\"Jembatan darurat di hulu sungai itu masih dalam proses pembangunan,\" kata camat.",
                "\"Saat ini relawan masih proses pemindahan logistik ke gudang baru,\" ujar koordinator posko.");
        Extract.takes(Stance.HEDGE, "id",
                "\"Penyebab kebakaran gudang itu masih dalam proses investigasi,\" kata kapolsek.");
    }

    @Test
    void anInquiryIntoSomeoneOrAFigureCountedIsAsserted() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Penyidik sedang mendalami peran kontraktor dalam proyek irigasi itu,\" kata kapolres.",
                "\"Petugas sudah selesai mendata 40 rumah yang rusak,\" kata camat.");
        Extract.takes(Stance.ASSERT, "en", "\"Ten hikers were rescued on Sunday,\" the rescue chief said.");
    }
}
