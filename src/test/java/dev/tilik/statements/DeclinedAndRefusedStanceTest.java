package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Stance kinds the held-out blast story (garut) wrote and the seven tuned sets did not (round thirty-two, branch h32st),
 * shown on sentences in the style of story kinds none of the sets is: a speaker who will not yet give details or asks
 * for time, one who refuses a label others put on someone, and a dismissal written with a spoken negator.
 */
class DeclinedAndRefusedStanceTest {

    private static void take(Stance expected, String... sentences) {
        Extract.takes(expected, "id", sentences);
    }

    /** A negation and a modal before a verb of detailing: the speaker gives no detail yet, whatever the claim. */
    @Test
    void cannotYetGiveDetailsIsNoComment() {
        take(Stance.NO_COMMENT,
                "Kapolres pun belum bisa menjelaskan secara rinci apa penyebab kebakaran gudang itu.",
                "Direktur rumah sakit tidak dapat merinci berapa pasien yang dirujuk ke kota.");
    }

    /** Asking for time, or passing the question on to someone else to confirm, takes no position. */
    @Test
    void askingForTimeOrPassingTheQuestionOnIsNoComment() {
        take(Stance.NO_COMMENT,
                "\"Kasusnya masih kami dalami, mohon waktu,\" kata juru bicara kepolisian.",
                "\"Untuk data yang lebih lengkap silakan konfirmasi langsung kepada pihak sekolah,\" kata Camat.");
    }

    /**
     * Not accepting that someone is called or taken for something ("tak terima kalau adik saya disebut …", "tidak
     * menerima warga kami dianggap …") rejects the label: a denial, though "menerima" alone states a lack.
     */
    @Test
    void refusingALabelDenies() {
        take(Stance.DENY,
                "\"Saya sebagai orang tua tak terima kalau anak saya disebut pelaku tawuran,\" kata ibu korban.",
                "\"Kami dari pihak kampus tidak menerima mahasiswa kami dianggap provokator,\" kata rektor.",
                "Ketua RT mengatakan warga menolak disebut penyerobot lahan.");
        take(Stance.ASSERT,
                "\"Kami tidak menerima gaji sejak bulan Maret,\" kata seorang buruh pabrik.");
    }

    /** A dismissal with the spoken negators ("gak", "nggak", "enggak", "tak") denies as "tidak benar" does. */
    @Test
    void aDismissalWithASpokenNegatorDenies() {
        take(Stance.DENY,
                "\"Kabar bahwa pabrik itu tutup nggak benar,\" kata manajer pabrik.",
                "\"Berita soal kapal itu kelebihan muatan gak benar,\" ujar nakhoda.",
                "Kepala sekolah mengatakan kabar bahwa ujian dibatalkan tak benar.");
        take(Stance.ASSERT,
                "Kepala sekolah mengatakan para siswa tak benar-benar memahami aturan ujian yang baru.");
    }

    /**
     * "Kalau X, itu tidak benar": a claim set up by "kalau" and then called false by a dismissal pointing back at it is
     * no condition; it dismisses X.
     */
    @Test
    void aClaimSetUpThenDismissedIsNoCondition() {
        take(Stance.DENY,
                "\"Banyak yang bilang kalau suami saya masuk tanpa izin, itu gak benar,\" kata istri korban.",
                "\"Kalau disebut kami menahan ijazah mahasiswa, itu tidak benar,\" ujar rektor.");
        take(Stance.CONDITIONAL,
                "\"Kalau hujan terus turun, jembatan itu akan ditutup,\" kata Kepala Dinas.");
    }

    /** "Bukan (yang) kali pertama" says it happened before: a recurrence asserted (a litotes), no denial. */
    @Test
    void notTheFirstTimeAssertsARecurrence() {
        take(Stance.ASSERT,
                "Kepala desa mengatakan, banjir bandang itu bukan yang kali pertama terjadi di wilayahnya.",
                "Kapolsek mengatakan pencurian kabel di jembatan itu bukan pertama kali dilaporkan warga.");
    }

    /**
     * "Setiap" makes a condition where it opens a clause ("bahwa setiap pengiriman … akan"); after a verb it only
     * quantifies the verb's object ("menghargai setiap saran … dan akan mempertimbangkannya"): no condition.
     */
    @Test
    void everyAfterAVerbQuantifiesItsObjectNoCondition() {
        take(Stance.ASSERT,
                "Rektor menyatakan bahwa pihaknya menghargai setiap masukan dari mahasiswa dan akan membahasnya dalam rapat senat.");
        take(Stance.CONDITIONAL,
                "Kepala dinas mengatakan setiap pedagang yang berjualan di trotoar akan ditertibkan.");
    }
}
