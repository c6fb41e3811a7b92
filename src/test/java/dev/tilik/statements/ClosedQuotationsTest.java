package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation closed by a word that is no cue of its own ("tutup") right after its mark. The team's own
 * sentences on an invented story of a flooded market.
 */
class ClosedQuotationsTest {
    private static final String LEAD = "Pasar Baru di Desa Sukamaju terendam banjir pada Senin.\n\n";

    @Test
    void lastWordsClosedByTutupOrItsClitic() {
        String text = LEAD + "\u201cPerbaikan saluran dimulai bulan depan,\u201d tutup Rina Wati.";
        List<Statement> found = Extract.id(text);
        assertThat(found).extracting(Statement::speaker).containsExactly("Rina Wati");
        assertThat(found.get(0).claim().coveredText(text)).isEqualTo("Perbaikan saluran dimulai bulan depan");
        assertThat(Extract.id(LEAD + "Kepala pasar Rina Wati meninjau kios yang rusak. "
                + "\u201cPerbaikan saluran dimulai bulan depan,\u201d tutupnya.")).isNotEmpty();
    }

    @Test
    void theClaimsOwnClosedStaysInTheClaim() {
        String text = LEAD + "\u201cDapur umum ditutup sampai Jumat,\u201d tutup Rina Wati.";
        List<Statement> found = Extract.id(text);
        assertThat(found).extracting(Statement::speaker).containsExactly("Rina Wati");
        assertThat(found.get(0).claim().coveredText(text)).isEqualTo("Dapur umum ditutup sampai Jumat");
    }

    @Test
    void theWordsElsewhereAreNoCue() {
        assertThat(Extract.id(LEAD + "Rina Wati menutup kios tentang pompa air di balai desa."))
                .as("a closing in narration").isEmpty();
        assertThat(Extract.id(LEAD + "Pasar itu ditutup selama tiga hari, tutup Rina Wati."))
                .as("no quotation before the word").isEmpty();
        assertThat(Extract.id(LEAD + "Warga menulis \u201cSelamatkan pasar kami\u201d tutup spanduk itu."))
                .as("no speaker after the word").isEmpty();
    }

    @Test
    void aTagNoListHoldsClosesTheQuotationOnItsClitic() {
        String text = LEAD + "Kepala pasar Rina Wati meninjau kios yang rusak. "
                + "\u201cKami sudah dua kali menguras saluran, pada Mei dan Juni,\u201d kisahnya.";
        List<Statement> found = Extract.id(text);
        assertThat(found).as("the clitic speaks, resolved later like a pronoun").extracting(Statement::speaker)
                .containsExactly("kisahnya");
        assertThat(found.get(0).claim().coveredText(text)).isEqualTo("Kami sudah dua kali menguras saluran, pada Mei dan Juni");
        assertThat(Extract.id(LEAD + "Kepala pasar Rina Wati meninjau kios yang rusak. "
                + "\u201cSaluran dikuras pekan depan,\u201d ujanya.")).as("a tag mistyped").hasSize(1);
    }

    @Test
    void aCliticWordClosesNoQuestionNorAPhraseQuotedInNarration() {
        assertThat(Extract.id(LEAD + "Kepala pasar Rina Wati meninjau kios yang rusak. "
                + "\u201cKapan saluran dikuras?\u201d tanyanya.")).as("a question").isEmpty();
        assertThat(Extract.id(LEAD + "Warga menamai kios itu \u201ckios harapan\u201d sebelumnya."))
                .as("no comma closes the quotation").isEmpty();
        assertThat(Extract.id(LEAD + "Kepala pasar Rina Wati meninjau kios yang rusak. "
                + "\u201cSaluran dikuras pekan depan,\u201d katanya kepada warga, lalu pergi."))
                .as("the cue of the rules is read as before").hasSize(1);
    }
}
