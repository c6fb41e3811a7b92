package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Stances real copy gives without a cue that says them, in sentences the team wrote: a hedge that
 * holds the cue itself ("belum dapat memastikan …"); a speaker who will not answer or passes the
 * question on ("belum bisa berkomentar", "biar pimpinan yang menilai", "ditanyakan saja ke …",
 * "diserahkan kepada aparat", "it is up to the court to decide"); hearsay and what is still being
 * looked into ("kami mendengar bahwa …", "berdasarkan informasi awal", "masih dalam proses
 * penyelidikan", "allegedly", "reportedly"); and being no part of something ("bukan merupakan bagian
 * dari …", "not part of …").
 */
class StanceWithoutPositionTest {

    private static void take(Stance expected, String language, String... sentences) {
        Extract.takes(expected, language, sentences);
    }

    @Test
    void aHedgeHoldingTheCueHedgesWhateverFollows() {
        take(Stance.HEDGE, "id",
                "Pihak sekolah belum dapat memastikan kebenaran kabar tersebut.",
                "Kepala puskesmas itu belum bisa memastikan penyebab kematian pasien tersebut.");
    }

    @Test
    void aSpeakerWhoPassesTheQuestionOnOrCannotSayYetComments() {
        take(Stance.NO_COMMENT, "id",
                "\"Kalau soal pencopotan itu, biar pimpinan yang menilai,\" ujar Kepala Bidang Humas.",
                "\"Kami belum bisa berkomentar soal itu,\" kata juru bicara dinas tersebut.",
                "\"Ya ditanyakan saja ke pihak kejaksaan,\" kata juru bicara perusahaan itu.",
                "Kepala dinas menyatakan penanganan kasus ini diserahkan kepada aparat penegak hukum.",
                "Camat menyatakan pihaknya belum bisa memberikan penjelasan lebih lanjut.",
                "\"Kami belum bisa menyimpulkan penyebabnya,\" kata Kasat Lantas.");
        take(Stance.NO_COMMENT, "en", "The spokesman said it was up to the court to decide.");
    }

    @Test
    void hearsayAndWhatIsStillLookedIntoHedge() {
        take(Stance.HEDGE, "id",
                "\"Kami juga mendengar bahwa ada sopir yang sudah ditahan,\" tambahnya.",
                "\"Yang saya dengar itu proyek pemerintah provinsi,\" ujar seorang nelayan.",
                "Kapolsek mengungkapkan, berdasarkan informasi awal, kapal itu kehabisan bahan bakar.",
                "\"Penyebab kebakaran gudang itu masih dalam proses penyelidikan,\" kata Kapolsek.",
                "Ia mengatakan pihaknya masih menunggu hasil uji laboratorium.");
        take(Stance.HEDGE, "en",
                "The police spokesman said the guard allegedly fired two shots.",
                "\"We heard that the driver had fled,\" a resident said.");
    }

    /** No result yet is a matter still open, as still waiting for one is: a hedge, no denial ("belum ada hasil"). */
    @Test
    void noResultYetHedges() {
        take(Stance.HEDGE, "id",
                "\"Sampai sore ini belum ada hasil uji sampel air sumur itu,\" kata Kepala Puskesmas.",
                "Kepala dinas mengatakan sejauh ini belum ada hasil autopsi jenazah kedua.");
    }

    @Test
    void whatTheSpeakerHeardAndAffirmsIsAsserted() {
        take(Stance.ASSERT, "id", "\"Saya dengar memang ada dua korban luka,\" kata anggota dewan itu.");
    }

    @Test
    void beingNoPartOfSomethingDeniesIt() {
        take(Stance.DENY, "id",
                "Menteri itu menegaskan pulau tersebut bukan merupakan bagian dari kawasan taman nasional.",
                "\"Anak kami bukan bagian dari geng motor mana pun,\" kata ayah korban.");
        take(Stance.DENY, "en", "The minister said the island is not part of the national park.");
    }
}
