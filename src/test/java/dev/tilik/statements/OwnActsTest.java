package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A form of denial every story's copy writes, in sentences the team wrote (a strike, an election count
 * dispute, a landslide, a campus row, a court case, a building collapse): a speaker ruling out an act of
 * their own — a first person opening the claim negating a verb ("Kami tidak melarang …", "We did not
 * expel …") — denies it, where the same subject negating what they lack or what befell them ("Kami tidak
 * menerima upah", "We did not receive any warning") states a negative fact.
 */
class OwnActsTest {

    private static void take(Stance expected, String language, String... sentences) {
        Extract.takes(expected, language, sentences);
    }

    @Test
    void aSpeakerRulingOutAnActOfTheirOwnDeniesIt() {
        take(Stance.DENY, "id",
                "\"Kami tidak melarang buruh untuk mogok,\" ujar Manajer Personalia pabrik itu, Hendra Wijaya.",
                "\"Saya sama sekali tidak menyuruh petugas menghapus formulir itu,\" kata Ketua PPK, Rudi Santoso.",
                "\"Kami pun tidak menutup akses jalan ke lokasi longsor,\" kata Kepala Dinas PU, Agus Salim.");
        take(Stance.DENY, "en",
                "\"We did not tamper with the ballot boxes,\" said Joko Susilo, the election commission chairman.",
                "\"I didn't order the guards to lock the gate,\" the principal said.");
    }

    @Test
    void aSpeechVerbNegatedIsNoActOfTheirs() {
        org.assertj.core.api.Assertions.assertThat(Extract.one("id",
                "\"Kami tidak menampik adanya retakan di dinding gedung sekolah itu,\" kata Kepala Dinas PU, Agus Salim.").stance())
                .isNotEqualTo(Stance.DENY);
    }

    @Test
    void whatTheSpeakerLacksOrDoesNotKnowIsANegativeFact() {
        take(Stance.ASSERT, "id",
                "\"Kami tidak menerima upah lembur sejak Januari,\" ujar seorang buruh, Siti Aminah.",
                "\"Kami tidak memiliki dana untuk membangun ulang gedung itu,\" kata Kepala Sekolah, Ratna.",
                "Kepala desa mengatakan warga tidak memiliki jalur evakuasi lain.");
        take(Stance.ASSERT, "en", "\"We did not receive any warning before the hillside collapsed,\" said Marni, a villager.");
    }

    @Test
    void aNotYetOfTheSpeakerIsNoDenial() {
        take(Stance.NO_COMMENT, "id", "\"Kami belum menerima laporan resmi dari tim SAR,\" kata Kepala BPBD, Yusuf.");
        take(Stance.ASSERT, "id", "\"Kami belum membuka kembali jalan itu karena tanah masih bergerak,\" kata Kepala BPBD, Yusuf.");
    }
}
