package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.statements.Statement;
import dev.tilik.statements.StatementExtractor;
import dev.tilik.text.CharSpan;
import dev.tilik.text.Lines;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Copy that keeps a page's line ends mid-sentence (h41ux's item 9: a quotation broken over four lines read as four
 * statements): a line break after a word or a comma, before a word in lower case or inside a quotation the line left
 * open, only wraps the line, so the sentence and its quotation are read whole.
 */
class WrappedLinesTest {
    private static final String WRAPPED = "\u201CTim\npenolong masih menyisir lereng barat. Doakan\n"
            + "semoga semua selamat,\u201D ujar Sinta Maharani.\nWarga menunggu kabar di posko.";

    @Test
    void aBreakAfterAWordBeforeLowerCaseOrInAnOpenQuotationOnlyWraps() {
        String text = "\u201CKemarin\n49 orang selamat,\u201D kata Budi.\nJudul Tanpa Titik\nBerita dimulai di sini.\nAda 3 orang,\n\nlalu";
        List<CharSpan> lines = Lines.of(text);
        assertThat(lines.stream().map(l -> Lines.wrapsAt(text, l.end())).toList()).as("after each line")
                .containsExactly(true, false, false, false, false, false, false);
        String lower = "hari ini\nwarga datang";
        assertThat(Lines.wrapsAt(lower, lower.indexOf('\n'))).isTrue();
        String reopened = "\u201CSatu\n\u201CDua\u201D";
        assertThat(Lines.wrapsAt(reopened, reopened.indexOf('\n'))).as("the next line opens its own quotation").isFalse();
    }

    @Test
    void aQuotationWrappedOverLinesIsOneSentence() throws Exception {
        List<String> all = NlpPipelineTest.sentences(NlpPipelineTest.process("Judul berita\n" + WRAPPED));
        assertThat(all.subList(1, all.size())).containsExactly(
                "\u201CTim\npenolong masih menyisir lereng barat. Doakan\nsemoga semua selamat,\u201D ujar Sinta Maharani.",
                "Warga menunggu kabar di posko.");
    }

    @Test
    void aQuotationWrappedOverLinesGivesTheStatementsOfTheSameTextOnOneLine() throws Exception {
        List<String> wrapped = statements(WRAPPED);
        assertThat(wrapped).as("the quotation's two sentences, each Sinta's")
                .containsExactly("Sinta Maharani: Tim penolong masih menyisir lereng barat",
                        "Sinta Maharani: Doakan semoga semua selamat");
        assertThat(wrapped).isEqualTo(statements(WRAPPED.replaceFirst("\n(?=Warga)", "\u0000").replace('\n', ' ')
                .replace('\u0000', '\n')));
    }

    private static List<String> statements(String body) throws Exception {
        var doc = NlpPipelineTest.process("Judul berita\n" + body);
        return new StatementExtractor(Samples.rules()).extract(doc).statements().stream()
                .map(s -> s.speaker() + ": " + s.claim().coveredText(doc.text()).replace('\n', ' ')).toList();
    }
}
