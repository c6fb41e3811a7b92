package dev.tilik.statements;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A question a claim leaves open inside what it says, in sentences the team wrote (a disease outbreak, a
 * building collapse, a plane crash, a price row): the speaker does not know yet, a hedge; a question opening
 * the claim asks, and is no hedge.
 */
class OpenQuestionsTest {

    @Test
    void aQuestionLeftOpenInsideTheClaimHedges() {
        Extract.takes(Stance.HEDGE, "id",
                "\"Kita tunggu hasil laboratorium dulu, apakah wabah ini dari air sumur atau dari makanan,\" kata Kepala Dinkes, Lestari.",
                "\"Kami akan memeriksa apakah bangunan itu dibangun sesuai izin,\" kata Kepala Dinas Tata Ruang, Irawan.",
                "Kepala KNKT mengatakan timnya masih menelusuri apakah mesin kiri pesawat itu mati sebelum jatuh.");
    }

    @Test
    void aQuestionAfterAContrastOnlyLimitsWhatWasSaid() {
        Extract.takes(Stance.ASSERT, "id",
                "\"Gedung itu sudah diperiksa, tapi kami tidak tahu apakah retakannya bertambah,\" kata Camat, Yusuf.");
    }

    @Test
    void aQuestionOpeningTheClaimIsNoHedge() {
        org.assertj.core.api.Assertions.assertThat(Extract.one("id",
                "\"Apakah adil kalau harga beras naik dua kali dalam sebulan?\" kata seorang pedagang, Sumiati.").stance())
                .isNotEqualTo(Stance.HEDGE);
    }
}
