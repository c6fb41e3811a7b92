package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.CharSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hard-wrapped text's paragraph is one paragraph; a heading, a dateline and site furniture stay lines of their own,
 * and one or two breaks mid-sentence in a text not wrapped so throughout are left as the page wrote them.
 */
class WrappedLinesTest {

    private static final String WRAPPED = "Menurut petugas posko, tim gabungan pagi ini\n"
            + "menemukan dua warga dalam keadaan selamat dan satu warga\n"
            + "lainnya meninggal dunia, sehingga dari 40 warga yang tercatat di posko,\n"
            + "jumlah warga yang selamat kini sembilan orang,” kata Rina.\n"
            + "Sementara itu, tim kembali bekerja esok hari.";

    private static List<String> paragraphs(String text) {
        return WrappedLines.paragraphs(text, new CharSpan(0, text.length())).stream()
                .map(p -> p.coveredText(text)).toList();
    }

    @Test
    void aSentenceBrokenMidClauseRunsOnToTheNextLine() {
        assertThat(paragraphs(WRAPPED)).containsExactly(
                WRAPPED.substring(0, WRAPPED.indexOf("\nSementara")), "Sementara itu, tim kembali bekerja esok hari.");
    }

    @Test
    void oneOrTwoBreaksMidSentenceAreThePagesOwn() {
        String text = "Menurut petugas posko, tim gabungan pagi ini\n"
                + "menemukan dua warga dalam keadaan selamat, sehingga\n"
                + "jumlah warga yang selamat kini sembilan orang,” kata Rina.";
        assertThat(paragraphs(text)).hasSize(3);
    }

    @Test
    void aTitleADatelineAShortLineAndOneWordOfFurnitureStayApart() {
        String text = "Warga Desa Sukamaju Mengungsi ke Balai Desa Terdekat\n"
                + "kabarkota.com, SUKAMAJU - Puluhan warga mengungsi.\n"
                + "Rina berkata pelan\n"
                + "bahwa hujan belum berhenti sejak pagi.\n"
                + "Warga mengungsi ke balai desa. Foto: Budi Santoso/kabarkota\n"
                + "zoom-in-white\n"
                + "Puluhan warga mengungsi sejak malam tadi ke balai desa dan\n"
                + "\n"
                + "sekolah terdekat.";
        assertThat(WrappedLines.runsOn(text, span(text, 0), span(text, 1))).isFalse();
        assertThat(WrappedLines.runsOn(text, span(text, 2), span(text, 3))).isFalse();
        assertThat(WrappedLines.runsOn(text, span(text, 4), span(text, 5))).isFalse();
        assertThat(WrappedLines.runsOn(text, span(text, 6), span(text, 7))).isFalse();
    }

    @Test
    void theSplitterKeepsAWrappedSentenceWhole() throws Exception {
        assertThat(Samples.indonesianSentences(WRAPPED)).containsExactly(
                WRAPPED.substring(0, WRAPPED.indexOf("\nSementara")), "Sementara itu, tim kembali bekerja esok hari.");
    }

    private static CharSpan span(String text, int line) {
        return dev.tilik.text.Lines.of(text).get(line).trim(text);
    }
}
