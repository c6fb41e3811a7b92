package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation paragraph signed on the next line by a dash and a name. The team's own sentences on an invented
 * story of a market fee.
 */
class SignedQuotationsTest {
    private static final String LEAD = "Bupati Sukamaju menggelar jumpa pers di pendopo pada Senin.\n\n";

    @Test
    void aDashAndANameOnTheNextLineSpeakTheQuotation() {
        String text = LEAD
                + "\u201c Saya mohon maaf kepada para pedagang. Tidak ada niat menaikkan retribusi pasar tahun ini. \u201d\n\n"
                + "\u2014 Rina Wati, Bupati Sukamaju, mengungkapkan.\n\n"
                + "Para pedagang menggelar aksi di depan kantor dinas pada Selasa.";
        List<Statement> found = Extract.id(text);
        assertThat(found).isNotEmpty();
        assertThat(found).extracting(Statement::speaker).containsOnly("Rina Wati");
        assertThat(found).filteredOn(s -> s.claim().coveredText(text).startsWith("Tidak ada niat"))
                .extracting(Statement::stance).containsExactly(Stance.DENY);
    }

    @Test
    void aSignatureNeedsNoCue() {
        List<Statement> found = Extract.en("The mayor met traders at the town hall on Monday.\n\n"
                + "\"We never seized a single stall from the traders.\"\n\n"
                + "\u2014 Jane Doe, head of the trade office, Wednesday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker()).isEqualTo("Jane Doe");
        assertThat(found.get(0).quote()).isTrue();
    }

    @Test
    void noSignatureWithoutADashOrAName() {
        assertThat(Extract.id(LEAD + "\u201c Tidak ada niat menaikkan retribusi pasar tahun ini. \u201d\n\n"
                + "Rina Wati, Bupati Sukamaju, di pendopo."))
                .as("no dash").isEmpty();
        assertThat(Extract.id(LEAD + "\u201c Tidak ada niat menaikkan retribusi pasar tahun ini. \u201d\n\n"
                + "\u2014 para pedagang pasar, di depan kantor dinas."))
                .as("no capitalised name").isEmpty();
        assertThat(Extract.id(LEAD + "\u201c Tidak ada niat menaikkan retribusi pasar tahun ini. \u201d"
                + " \u2014 Rina Wati, Bupati Sukamaju."))
                .as("the dash in the quotation's own paragraph").isEmpty();
    }
}
