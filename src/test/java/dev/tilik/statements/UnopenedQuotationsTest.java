package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation whose opening mark the page lost: a closing mark glued to the quotation's last punctuation, a space and a
 * cue in lower case, with no mark before it in the sentence. The team's own sentences on an invented story of a
 * flooded market.
 */
class UnopenedQuotationsTest {
    private static final String LEAD = "Pasar Baru di Desa Sukamaju terendam banjir pada Senin.\n\n";

    @Test
    void aClosingMarkWithNoOpeningClosesAQuotationFromTheSentencesStart() {
        String straight = LEAD + "Kami sudah mengirim dua pompa ke pasar,\" kata Rina Wati kepada wartawan.";
        List<Statement> found = Extract.id(straight);
        assertThat(found).extracting(Statement::speaker).containsExactly("Rina Wati");
        assertThat(found.get(0).claim().coveredText(straight)).isEqualTo("Kami sudah mengirim dua pompa ke pasar");
        assertThat(found.get(0).quote()).isTrue();

        String curly = LEAD + "Air surut pada Selasa pagi.\n\nPompa kedua tiba besok,\u201d ujar Rina Wati.";
        assertThat(Extract.id(curly)).extracting(Statement::speaker).containsExactly("Rina Wati");

        String english = "Sukamaju market was flooded on Monday.\n\nWe sent two pumps to the market,\" said Rina Wati.";
        assertThat(Extract.en(english)).extracting(Statement::speaker).containsExactly("Rina Wati");
    }

    @Test
    void aMarkOpeningOrClosingAQuotationOfItsOwnReadsAsBefore() {
        assertThat(Extract.id(LEAD + "Rina Wati mengatakan,\" Kami sudah mengirim dua pompa.\""))
                .as("a mark glued to a comma before a capital opens the quotation").hasSize(1);
        assertThat(Extract.id(LEAD + "Warga menyebut pasar itu \"kolam,\" kata Rina Wati."))
                .as("an opened quotation closes as before: the phrase quoted").hasSize(1);
        assertThat(Extract.id(LEAD + "Pompa dikirim ke pasar. \"Kami tidak punya cadangan, kata Rina Wati."))
                .as("a mark after a space opens, the cue inside stays no cue").isEmpty();
    }
}
