package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paragraph whose first quotation mark closes the quotation the paragraph before left open is quoted from its start,
 * and its cue speaks it; the open paragraph before is that cue's speaker's too. The team's own sentences on an invented story of a flooded rice barn.
 */
class QuotationAcrossParagraphsTest {
    @Test
    void aQuotationOpenedInOneParagraphAndClosedWithItsCueInTheNextIsTheCuesSpeakers() {
        String text = "Kepala desa Rina Wati meminta gudang itu diperiksa.\n\n"
                + "\"Setelah kami periksa, gabah di gudang timur memang basah semua.\n\n"
                + "Namun, dari sepuluh karung di gudang barat, tidak ada yang rusak,\" kata Budi Santoso dalam "
                + "keterangannya.";
        List<Statement> found = Extract.id(text);
        assertThat(found).hasSize(3);
        assertThat(found.subList(1, 3)).extracting(Statement::speaker)
                .as("the open paragraph and the closing one are both the cue's speaker's")
                .containsOnly("Budi Santoso");
        assertThat(Extract.claim("id", text, found.get(2)))
                .isEqualTo("Namun, dari sepuluh karung di gudang barat, tidak ada yang rusak");
    }

    @Test
    void aParagraphClosingAQuotationNoParagraphOpenedIsNotQuotedFromItsStart() {
        String text = "Banjir merendam gudang beras di Desa Sukamaju pekan lalu.\n\n"
                + "Jumlah gabah yang basah mencapai 40 ton. Sisanya masih bisa dijemur,\u201D tutur Budi Santoso.";
        assertThat(Extract.id(text)).extracting(s -> Extract.claim("id", text, s))
                .as("the opening mark lost: whose the words are is not known")
                .doesNotContain("Jumlah gabah yang basah mencapai 40 ton");
    }

    @Test
    void aParagraphOpeningAQuotationOrWithNoMarkIsNoQuotationsRest() {
        assertThat(Extract.id("Banjir merendam gudang beras pekan lalu.\n\nBudi Santoso mengatakan gudang itu sudah "
                + "lama bocor. Warga menyebutnya \"gudang tua\".")).filteredOn(x -> x.speaker().equals("Budi Santoso"))
                .extracting(Statement::quote).as("a mark after a space opens: Budi's words before it are reported")
                .containsExactly(false);
        assertThat(Extract.id("Banjir merendam gudang beras di Desa Sukamaju pekan lalu.\n\n"
                + "Jumlah gabah yang basah mencapai 40 ton, tutur Budi Santoso.")).extracting(Statement::quote)
                .as("no mark: reported, not quoted").containsOnly(false);
    }
}
