package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * What a speaker promises, wishes, grants only for the sake of argument or half remembers, in sentences
 * the team wrote: assuring, committing or deciding that something will not be denies it ("memastikan
 * tidak ada penggusuran", "berkomitmen untuk tidak menaikkan"), and so does ruling out a plan ("tidak
 * berencana menjual"); a first person's wish, feeling or request takes no position ("Kami berharap …",
 * "Kami merasa sangat kecewa"); a condition and what will follow from it, either way round, is
 * conditional ("akan bertambah apabila …", "Kalau memang terjadi …"); "saya kira" and "kalau nggak salah"
 * hedge; a speaker who will not say ("enggan menyebut") makes no comment.
 */
class PromisesWishesTest {

    @Test
    void assuringThatSomethingWillNotBeDeniesIt() {
        Extract.takes(Stance.DENY, "id",
                "Bupati memastikan tidak ada penggusuran lapak pedagang di pasar itu.",
                "Kepala dinas mengatakan pengelola pasar sudah berkomitmen untuk tidak menaikkan sewa kios.",
                "Menurut wali kota, pemerintah memastikan agar para pedagang di pasar lama tidak kehilangan lapak.",
                "Kepala dinas menegaskan tugas pemerintah adalah memastikan tidak adanya penggusuran di bantaran sungai.");
        Extract.takes(Stance.DENY, "en", "The mayor said the city had promised there would be no evictions.");
    }

    @Test
    void assuringThatNobodyIsHarmedStatesHowPeopleStand() {
        Extract.takes(Stance.ASSERT, "id", "\"Bisa kami pastikan tidak ada yang dirugikan dalam penataan pasar itu,\" kata kepala dinas.");
    }

    @Test
    void rulingOutAPlanOrAnIntentDenies() {
        Extract.takes(Stance.DENY, "id",
                "Direktur menegaskan perusahaan tidak berencana menjual pabrik itu.",
                "Pengelola menyatakan tidak ada rencana untuk menutup pasar tersebut.");
        Extract.takes(Stance.DENY, "en", "The company said it has no plans to close the plant.");
    }

    @Test
    void aFirstPersonsWishFeelingOrRequestTakesNoPosition() {
        Extract.takes(Stance.OTHER, "id",
                "\"Kami berharap gugatan kami dikabulkan sebelum akhir bulan,\" ujar kuasa hukum warga.",
                "\"Kami merasa sangat kecewa dengan sikap pengembang,\" kata Ketua RT Budi.",
                "\"Kita masih berharap ada jalan keluar yang baik dari pemerintah daerah,\" ujar Ketua RT Budi.",
                "\"Kami mohon agar nama baik desa kami tidak rusak,\" kata kepala desa.");
        Extract.takes(Stance.OTHER, "en", "\"We are deeply disappointed with the ruling,\" the union leader said.");
    }

    @Test
    void aRequestMadeOrAThirdPersonsFeelingIsReportedAsSo() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Saya sudah minta untuk menghentikan pembongkaran sementara,\" kata camat.",
                "Ketua paguyuban mengatakan pihaknya merasa kecewa karena ganti rugi tidak sesuai kesepakatan.",
                "\"Saya paham warga ingin pulang kampung, tetapi jalan masih ditutup,\" kata camat.");
    }

    @Test
    void aConditionAndWhatFollowsFromItIsConditional() {
        Extract.takes(Stance.CONDITIONAL, "id",
                "\"Kalau memang terjadi pencemaran, perusahaan wajib memulihkan sungai itu,\" kata kepala dinas.",
                "Kepala dinas mengatakan jumlah pengungsi akan bertambah apabila hujan terus turun.",
                "\"Apabila tanggul itu jebol, air akan masuk ke permukiman,\" ujar kepala BPBD.",
                "Kepala dinas menambahkan izin itu dapat dicabut bila perusahaan melanggar aturan.");
    }

    @Test
    void jikaOpeningAReportedClaimOnlySaysThat() {
        Extract.takes(Stance.ASSERT, "id", "Warga mengklaim jika jembatan itu bakal dibongkar pekan depan.");
        assertThat(Extract.one("id", "\"Tidak ada tawuran di sini, kalau pun ada kami akan melapor,\" kata satpam.").stance())
                .isNotEqualTo(Stance.CONDITIONAL);
    }

    @Test
    void whatTheSpeakerOnlyThinksOrHalfRemembersHedges() {
        Extract.takes(Stance.HEDGE, "id",
                "\"Saya kira stok pupuk di gudang masih cukup,\" kata kepala gudang.",
                "\"Korbannya 212 orang, kalau nggak salah,\" kata petugas posko.");
        Extract.takes(Stance.HEDGE, "en", "\"The toll is 212, if I'm not mistaken,\" the officer said.");
    }

    @Test
    void asSoonAsPossibleHedgesNothing() {
        Extract.takes(Stance.ASSERT, "id", "\"Sesegera mungkin berkas banding kami ajukan ke pengadilan,\" kata kuasa hukum.");
    }

    @Test
    void aSpeakerWhoWillNotSayMakesNoComment() {
        Extract.takes(Stance.NO_COMMENT, "id", "Kepala dinas enggan menyebut siapa pemilik gudang tersebut.");
        Extract.takes(Stance.NO_COMMENT, "en", "The spokesman declined to say who owned the warehouse.");
    }

    @Test
    void emptyTalkIsDismissed() {
        Extract.takes(Stance.DENY, "id", "\"Kabar kehabisan stok itu hanyalah bualan belaka,\" kata direktur gudang.");
    }
}
