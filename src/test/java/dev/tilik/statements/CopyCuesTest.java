package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Cue verbs and stance words of everyday copy that Tilik had not learned, in sentences the team
 * wrote: the last word, an answer or a shout closing a quotation ("pungkasnya", "jawab warga",
 * "teriak mereka"), emphasis and conviction ("menekankan", "meyakini", "underlined", "mentioned"),
 * a request that takes no position ("meminta", "urged"); denials by effect or evidence ("tidak
 * berdampak", "tidak menyebabkan", "tidak rusak", "tidak terbukti", "no signs of", "has not
 * caused"); "if …, then …"; a speaker who gives no details ("tidak merinci", "did not elaborate");
 * negations that say no longer, must not or so that not, which deny nothing ("tidak lagi terjadi",
 * "agar tidak terjadi", "no longer occurs"); an appeal ("Jangan …", "Mari …", "Please …"); and a
 * spoken hedge ("kayaknya").
 */
class CopyCuesTest {

    private static Statement id(String sentence) {
        return Extract.one("id", sentence);
    }

    private static Statement en(String sentence) {
        return Extract.one("en", sentence);
    }

    @Test
    void aQuotationClosedByLastWordsAnAnswerOrAShoutIsAttributed() {
        assertThat(id("\"Kini semua tergantung keputusan dewan kota,\" pungkasnya.").quote()).isTrue();
        assertThat(id("\"Sungai kami bersih, tidak ada limbah,\" jawab warga.").speaker()).isEqualTo("warga");
        assertThat(id("\"Kembalikan pasar kami,\" teriak para pedagang.").speaker())
                .isEqualTo("para pedagang");
    }

    @Test
    void emphasisAndConvictionAreReportingVerbs() {
        assertThat(id("Meski ada keluhan warga, ia menekankan gangguan itu hanya berlangsung sebentar.").speaker())
                .isEqualTo("ia");
        assertThat(id("Kepala Dinas Pertanian Rina Wati meyakini stok pupuk cukup hingga akhir tahun.").speaker())
                .isEqualTo("Kepala Dinas Pertanian Rina Wati");
        assertThat(en("The harbour master underlined that the ferry had passed its inspection.").speaker())
                .isEqualTo("The harbour master");
        assertThat(en("She also mentioned that the bridge was closer to the old market than the new one.").speaker())
                .isEqualTo("She");
    }

    @Test
    void aRequestIsAttributedButTakesNoPosition() {
        Statement s = id("Bupati Sukamaju meminta pemerintah provinsi meninjau ulang izin galian pasir itu.");
        assertThat(s.speaker()).isEqualTo("Bupati Sukamaju");
        assertThat(s.stance()).isEqualTo(Stance.OTHER);
    }

    @Test
    void aNegatedEffectOrHarmDeniesIt() {
        assertThat(id("Direktur pabrik itu mengklaim pembuangan limbah tidak berdampak serius pada sawah warga.").stance())
                .isEqualTo(Stance.DENY);
        assertThat(id("\"Dermaga itu juga tidak menyebabkan abrasi,\" ujar Kepala Dinas Kelautan.").stance())
                .isEqualTo(Stance.DENY);
        assertThat(id("Para nelayan mengklaim terumbu karang di teluk itu tidak rusak.").stance()).isEqualTo(Stance.DENY);
        assertThat(en("The mayor said the new pier has not caused any harm to the mangroves.").stance())
                .isEqualTo(Stance.DENY);
    }

    @Test
    void nothingBearingAClaimOutDeniesIt() {
        assertThat(id("Camat Sukamaju mengatakan foto banjir yang beredar itu tidak terbukti di lapangan.").stance())
                .isEqualTo(Stance.DENY);
        assertThat(id("\"Tidak ditemukan indikasi kebocoran pipa,\" ungkap Kepala Dinas Lingkungan.").stance())
                .isEqualTo(Stance.DENY);
        assertThat(en("\"We found no signs of a gas leak,\" the fire chief said.").stance()).isEqualTo(Stance.DENY);
    }

    @Test
    void ifThenIsAConditional() {
        assertThat(en("\"If the inspection finds nothing wrong, then the ferry sails again,\" the harbour master said.").stance())
                .isEqualTo(Stance.CONDITIONAL);
    }

    @Test
    void givingNoDetailsIsNoComment() {
        assertThat(id("Kapolres menambahkan, dirinya tidak merinci kapan hasil otopsi keluar.").stance())
                .isEqualTo(Stance.NO_COMMENT);
        assertThat(en("The minister said he did not elaborate on when the review would end.").stance())
                .isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void givingNoDetailsAfterWhatWasSaidOnlyLimitsIt() {
        assertThat(en("The minister said a review was under way but did not elaborate on when it would end.").stance())
                .as("what the claim says keeps its stance; the details withheld only limit it").isEqualTo(Stance.ASSERT);
    }

    @Test
    void noLongerMustNotAndSoThatNotDenyNothing() {
        assertThat(id("Kepala desa mengatakan banjir rob tidak lagi terjadi sejak tanggul dibangun.").stance())
                .isEqualTo(Stance.ASSERT);
        assertThat(id("\"Kami menutup jalan itu agar tidak terjadi kecelakaan lagi,\" kata Kapolsek Sukamaju.").stance())
                .isEqualTo(Stance.ASSERT);
        assertThat(id("Kepala sekolah menegaskan tidak boleh terjadi perundungan di sekolahnya.").stance())
                .isNotEqualTo(Stance.DENY);
        assertThat(en("The mayor said flooding no longer occurs in the old town since the pumps were installed.").stance())
                .isEqualTo(Stance.ASSERT);
    }

    @Test
    void anAppealTakesNoPosition() {
        assertThat(id("\"Jangan mudah percaya kabar di grup percakapan,\" tegas Kapolres.").stance()).isEqualTo(Stance.OTHER);
        assertThat(id("\"Mari kita jaga sungai ini bersama,\" ujar Bupati Sukamaju.").stance()).isEqualTo(Stance.OTHER);
        assertThat(en("\"Please check the source before you share a video,\" the police chief said.").stance())
                .isEqualTo(Stance.OTHER);
    }

    @Test
    void aSpokenHedgeHedges() {
        assertThat(id("\"Bulan depan kayaknya,\" kata Rina saat ditanya kapan jembatan dibuka.").stance())
                .isEqualTo(Stance.HEDGE);
    }
}
