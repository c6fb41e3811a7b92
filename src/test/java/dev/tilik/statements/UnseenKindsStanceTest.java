package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * The stance causes seen in three or more development stories, shown on sentences the team wrote in the style of
 * story kinds none of the sets is: an election count dispute, a court verdict, a disease outbreak, a plane crash, a
 * landslide, a building collapse and a campus dispute.
 */
class UnseenKindsStanceTest {

    private static void take(Stance expected, String language, String... sentences) {
        Extract.takes(expected, language, sentences);
    }

    /** A negation in a clause of another rank is part of what is asserted; the claim's own still denies. */
    @Test
    void aNegationInASubordinateOrRelativeClauseIsPartOfWhatIsAsserted() {
        take(Stance.ASSERT, "id",
                // election count: a relative clause's own predicate
                "Ketua panitia pemilihan mengatakan petugas yang tidak terlibat penghitungan ulang diminta meninggalkan ruangan.",
                // disease outbreak: a purpose clause
                "Direktur rumah sakit mengatakan pasien dipindahkan ke ruang isolasi untuk memastikan penularan tidak terjadi di bangsal umum.",
                // court verdict: coordinated negations inside a relative clause
                "Jaksa mengatakan terdakwa dinilai melakukan tindakan yang tidak jujur dan tidak menimbulkan efek jera.");
        take(Stance.ASSERT, "en",
                "The election commission said the recount was ordered because officials who were not involved in the tally had signed the forms.");
    }

    @Test
    void theClaimsOwnNegationStillDenies() {
        take(Stance.DENY, "id",
                // landslide: a relative clause inside the subject, the negation after it the predicate's
                "Kepala BPBD mengatakan rumah yang tertimbun longsor itu tidak menimbulkan korban jiwa.",
                // building collapse: subjects joined by a conjunction
                "Kapolres mengatakan pemilik dan kontraktor gedung itu tidak terlibat dalam pemalsuan izin.",
                // a time word opening the claim
                "Kepala BPBD mengatakan hingga sore ini tidak ada korban jiwa akibat longsor tersebut.");
    }

    /**
     * A claim opening with a time adverbial ("Saat ini", "Hingga saat ini,", "Sampai kini") keeps its own predicate: a firm
     * negation there denies, a negation a contrast follows too, as without the adverbial. (Time adverbials open claims in
     * every story; the one wrong stance it made on the sets is sritex H4: shown here on story kinds none of the sets is.)
     */
    @Test
    void aTimeAdverbialOpeningTheClaimDoesNotHideItsDenial() {
        take(Stance.DENY, "id",
                // election count
                "\"Hingga saat ini, panitia tidak akan menghitung ulang suara di TPS itu,\" kata Ketua KPU kabupaten.",
                // landslide
                "\"Saat ini tim SAR tidak akan menghentikan pencarian, meski hujan turun sejak pagi,\" kata Kepala Basarnas.",
                // disease outbreak: a negated verb and a contrast after it
                "\"Saat ini rumah sakit tidak menolak pasien diare, satu orang pun, tetapi bangsal isolasi sudah penuh,\" ujar direktur rumah sakit.");
        take(Stance.ASSERT, "id",
                // a negative fact stays asserted after the adverbial as without it
                "\"Sampai kini, warga tidak memiliki sertifikat atas lahan itu, dan sidang berlanjut pekan depan,\" kata kuasa hukum warga.");
    }

    /** A dismissal the claim makes still denies, a subordinate clause before it or not. */
    @Test
    void aDismissalTheClaimMakesStillDenies() {
        take(Stance.DENY, "id",
                "Juru bicara pengadilan mengatakan kabar bahwa hakim menerima suap itu tidak benar.",
                "Rektor mengatakan tuduhan bahwa kampus menahan ijazah mahasiswa adalah fitnah.");
    }

    /** An apology or condolence the speaker offers is an act, not a position on what is so. */
    @Test
    void anApologyOrCondolenceOfferedTakesNoPosition() {
        take(Stance.OTHER, "id",
                "\"Atas nama maskapai, kami menyampaikan turut berduka cita kepada keluarga penumpang,\" kata direktur utama maskapai itu.",
                "\"Pertama-tama, saya ingin menyampaikan permohonan maaf kepada para mahasiswa,\" ujar rektor.");
        take(Stance.OTHER, "en",
                "\"Residents of the district, we apologise for the delay in the evacuation,\" the regent said.");
        take(Stance.ASSERT, "id",
                "\"Kami menyampaikan bahwa seluruh penumpang sudah dievakuasi dari lokasi jatuhnya pesawat,\" kata petugas bandara.");
    }

    /** A speaker who cannot say yet takes no position. */
    @Test
    void cannotSayYetIsNoComment() {
        take(Stance.NO_COMMENT, "id",
                "Kepala dinas kesehatan mengatakan pihaknya belum bisa menyampaikan jumlah pasien yang dirawat.",
                "\"Kami tidak bisa memberi keterangan sebelum hasil laboratorium keluar,\" kata juru bicara rumah sakit.",
                "\"Ah, no comment soal itu,\" kata ketua panitia pemilihan.");
    }

    /** What is not settled or cannot be vouched for is hedged. */
    @Test
    void whatCannotBeVouchedForIsHedged() {
        take(Stance.HEDGE, "id",
                "Kepala BPBD mengatakan material longsor belum tentu berasal dari tebing yang sama.",
                "Pengelola gedung mengatakan pihaknya tidak bisa menjamin lantai atas aman ditempati.",
                "Ketua tim SAR mengatakan timnya belum bisa menentukan lokasi pasti badan pesawat.");
        take(Stance.HEDGE, "en",
                "The health ministry said the reported cases are not necessarily linked to the same source.");
    }
}
