package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentence breaks of real copy, on sentences the team wrote in the style of story kinds none of the development sets is
 * about (a factory strike, a market fire, a court case): a company's legal form and a police or army rank written with a
 * point before the name ("PT. Sinar", "Kombes. Pol. Budi", "Aipda. Rina") end no sentence — a cut there left a statement
 * without its speaker in six of the eleven stories —, and two sentences a page glued at a full stop with no space
 * ("… ujar Rina.Dari klaster itu …", a paragraph break lost) are two.
 */
class RealCopySentencesTest {

    /** The sentences of {@code body} after a headline line, as the NLP stage splits them. */
    private static List<String> sentences(String body) throws Exception {
        List<String> all = NlpPipelineTest.sentences(NlpPipelineTest.process("Judul berita\n" + body));
        return all.subList(1, all.size());
    }

    @Test
    void aLegalFormOrARankWithAPointEndsNoSentence() throws Exception {
        assertThat(sentences("Direktur PT. Sinar Tekstil Rina Wati mengatakan pabrik tetap buka. Buruh masuk seperti biasa."))
                .containsExactly("Direktur PT. Sinar Tekstil Rina Wati mengatakan pabrik tetap buka.", "Buruh masuk seperti biasa.");
        assertThat(sentences("Kapolres Lintang Kombes. Pol. Budi Santoso mengatakan api berasal dari kios di lantai dua."))
                .containsExactly("Kapolres Lintang Kombes. Pol. Budi Santoso mengatakan api berasal dari kios di lantai dua.");
        assertThat(sentences("Kasus itu ditangani Kanit Reskrim Aipda. Rina Wati dan AKBP. Andi Pratama."))
                .containsExactly("Kasus itu ditangani Kanit Reskrim Aipda. Rina Wati dan AKBP. Andi Pratama.");
    }

    @Test
    void sentencesGluedAtAFullStopAreTwo() throws Exception {
        assertThat(sentences("\"Ada 30 kios yang terbakar,\" ujar Rina.Dari blok itu, api merambat ke los ikan. "
                + "Kerugian mencapai Rp2 miliar.Sementara pedagang lain mengungsi."))
                .containsExactly("\"Ada 30 kios yang terbakar,\" ujar Rina.", "Dari blok itu, api merambat ke los ikan.",
                        "Kerugian mencapai Rp2 miliar.", "Sementara pedagang lain mengungsi.");
    }

    @Test
    void anAbbreviationABrandOrASiteNameGluedToAWordIsNoBreak() throws Exception {
        assertThat(sentences("Sidang dipimpin hakim Prof.Hadi Santoso dan dilaporkan Suara.com serta Detik.Com pada Senin."))
                .containsExactly("Sidang dipimpin hakim Prof.Hadi Santoso dan dilaporkan Suara.com serta Detik.Com pada Senin.");
        assertThat(sentences("Dari informasi yang diterima KabarLintang.id, 12 kios terbakar habis. Api padam pukul 04.00."))
                .containsExactly("Dari informasi yang diterima KabarLintang.id, 12 kios terbakar habis.", "Api padam pukul 04.00.");
        assertThat(sentences("Dilansir PasarPagi.com, pedagang menunggu bantuan."))
                .containsExactly("Dilansir PasarPagi.com, pedagang menunggu bantuan.");
        assertThat(sentences("\"Kami tidak tahu.Tanya saja ke panitera,\" kata Ahmad."))
                .containsExactly("\"Kami tidak tahu.Tanya saja ke panitera,\" kata Ahmad.");
    }

    @Test
    void aMiddleInitialEndsNoSentence() throws Exception {
        assertThat(sentences("Ketua paguyuban Rina S. Wulandari mengatakan pasar dibuka lagi. Pedagang kembali ke los."))
                .containsExactly("Ketua paguyuban Rina S. Wulandari mengatakan pasar dibuka lagi.", "Pedagang kembali ke los.");
        assertThat(sentences("Sidang itu dipimpin hakim Hadi M. Santoso pada Senin."))
                .containsExactly("Sidang itu dipimpin hakim Hadi M. Santoso pada Senin.");
    }
}
