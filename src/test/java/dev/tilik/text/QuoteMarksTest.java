package dev.tilik.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    @Test
    void aSentenceOpeningAQuotationAnotherClosesIsClosedWithAnEllipsis() {
        assertThat(QuoteMarks.paired("\u201CKami sudah tiba di pos.")).isEqualTo("\u201CKami sudah tiba di pos.\u2026\u201D");
        assertThat(QuoteMarks.paired("\"Kami sudah tiba di pos.")).isEqualTo("\"Kami sudah tiba di pos.\u2026\"");
    }

    @Test
    void aSentenceClosingAQuotationAnotherOpenedIsOpenedWithAnEllipsis() {
        assertThat(QuoteMarks.paired("Semua selamat,\u201D kata Rina.")).isEqualTo("\u201C\u2026Semua selamat,\u201D kata Rina.");
        assertThat(QuoteMarks.paired("Semua selamat,\" kata Rina.")).isEqualTo("\"\u2026Semua selamat,\" kata Rina.");
    }

    @Test
    void aPairedSentenceIsLeftAsItIs() {
        String curly = "\u201CSemua selamat,\u201D kata Rina, \u201Cdan sudah pulang.\u201D";
        String straight = "\"Semua selamat,\" kata Rina.";
        String none = "Rina mengatakan semua selamat.";
        assertThat(QuoteMarks.paired(curly)).isEqualTo(curly);
        assertThat(QuoteMarks.paired(straight)).isEqualTo(straight);
        assertThat(QuoteMarks.paired(none)).isEqualTo(none);
        String mixed = "\"Kami sudah tiba,\u201D kata Rina.";
        assertThat(QuoteMarks.paired(mixed)).as("a straight mark closed by a curly one").isEqualTo(mixed);
        String nested = "\u201CDia bilang \"ya\" tadi,\u201D kata Rina.";
        assertThat(QuoteMarks.paired(nested)).as("straight marks inside curly ones").isEqualTo(nested);
        assertThat(QuoteMarks.paired(QuoteMarks.paired("\u201CKami tiba."))).isEqualTo(QuoteMarks.paired("\u201CKami tiba."));
    }
}
