package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How real copy attributes where Tilik lost the speaker, in sentences the team wrote: an opening
 * curly mark typed where the closing one belongs ({@code “…,“ he said}); a quotation paragraph with
 * no cue of its own (its cue cut off with the page, or never written) after the speaker's reported
 * words; a quotation running over two paragraphs with its cue in the second; a bare subject after
 * an opener ("Selain itu pemerintah mengklaim …"); "menurutnya" with no comma before the claim.
 */
class CopyAttributionTest {

    @Test
    void anOpeningMarkTypedAsTheClosingOneStillClosesTheQuotation() {
        String text = "“We will rebuild the bridge before the rains,“ he said.";
        Statement s = Extract.one("en", text);

        assertThat(s.quote()).isTrue();
        assertThat(Extract.claim("en", text, s)).isEqualTo("We will rebuild the bridge before the rains");
    }

    @Test
    void aQuotationParagraphWithoutACueIsTheVoiceOfTheSpeakerJustBefore() {
        String text = "Ketua koperasi nelayan, Darto, mengatakan harga solar naik dua kali dalam sebulan.\n"
                + "\"Kami tidak bisa melaut setiap hari. Tangkapan juga tidak menutup biaya";
        List<Statement> s = Extract.id(text);

        assertThat(s).hasSize(3);
        assertThat(s.get(1).speaker()).isEqualTo("Ketua koperasi nelayan, Darto");
        assertThat(s.get(1).quote()).isTrue();
        assertThat(Extract.claim("id", text, s.get(1))).isEqualTo("Kami tidak bisa melaut setiap hari");
        assertThat(Extract.claim("id", text, s.get(2))).isEqualTo("Tangkapan juga tidak menutup biaya");
    }

    @Test
    void aSentenceReferringBackByPronounKeepsTheSpeakerForTheQuotationAfterIt() {
        String text = "Wali Kota Sukamaju Rina Wati meminta warga menunda perjalanan ke pesisir.\n"
                + "Namun, dia melihat banyak pengunjung tetap datang.\n"
                + "\"Saya paham warga ingin berlibur, tetapi ombak masih tinggi.\"";
        List<Statement> s = Extract.id(text);

        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker()).isEqualTo("Wali Kota Sukamaju Rina Wati");
        assertThat(s.get(1).stance()).isEqualTo(Stance.ASSERT);
    }

    @Test
    void aQuotationWithNoSpeakerBeforeItIsNoStatement() {
        String text = "Banjir merendam tiga desa sejak Senin.\n\"Air naik cepat sekali malam itu.\"";

        assertThat(Extract.id(text)).isEmpty();
    }

    @Test
    void aQuotationFollowedByWordsTheCuesDoNotKnowBorrowsNoSpeaker() {
        String text = "Ketua koperasi nelayan, Darto, mengatakan harga solar naik dua kali dalam sebulan.\n"
                + "\"Kami sudah mengadu ke dinas,\" celetuk seorang nelayan lain di dermaga.";

        assertThat(Extract.id(text)).hasSize(1);
    }

    @Test
    void aQuotationRunningOverTwoParagraphsIsTheSpeakerOfTheSecondsCue() {
        String text = "The regent, Anton Wijaya, said the dam had held.\n"
                + "“The water rose fast in the night, and the pumps were slow to start.\n"
                + "“Nobody was hurt in the villages below,” said the engineer Sri Lestari.";
        List<Statement> s = Extract.en(text);

        assertThat(s).hasSize(3);
        assertThat(s.get(1).speaker()).isEqualTo("the engineer Sri Lestari");
    }

    @Test
    void aBareSubjectAfterAnOpenerSpeaks() {
        assertThat(Extract.one("id", "Selain itu pemerintah mengklaim semua gudang sudah diperiksa.").speaker())
                .isEqualTo("pemerintah");
        assertThat(Extract.one("id", "Adapun saat itu warga menyebut jembatan sudah retak sejak Maret.").speaker())
                .isEqualTo("warga");
    }

    @Test
    void menurutnyaNeedsNoCommaBeforeItsClaim() {
        String text = "Camat Sukamaju Budi Santoso meninjau pasar itu.\n"
                + "Camat Sukamaju Budi Santoso mengatakan pasar tetap buka.\n"
                + "Justru, menurutnya pedagang kecil paling dirugikan oleh penutupan jalan.";
        List<Statement> s = Extract.id(text);

        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker()).isEqualTo("Camat Sukamaju Budi Santoso");
        assertThat(Extract.claim("id", text, s.get(1))).isEqualTo("pedagang kecil paling dirugikan oleh penutupan jalan");
    }
}
