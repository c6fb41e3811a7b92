package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of speaking that is no cue of its own introducing what was said after a comma. The team's own sentences on an
 * invented story of a fallen footbridge.
 */
class IntroducedQuotationsTest {
    private static final String LEAD = "Jembatan gantung di Desa Sukamaju putus pada Senin.\n\n";

    @Test
    void aVerbAndAMannerWordBeforeAQuotationSpeakIt() {
        String text = LEAD + "Rina Wati menjawab singkat, \u201cPerbaikan dimulai bulan depan.\u201d";
        List<Statement> found = Extract.id(text);
        assertThat(found).extracting(Statement::speaker).containsExactly("Rina Wati");
        assertThat(found.get(0).claim().coveredText(text)).isEqualTo("Perbaikan dimulai bulan depan");
        assertThat(found.get(0).quote()).isTrue();
    }

    @Test
    void aClauseSetOffBeforeTheSpeakerIsNotTheSpeakers() {
        List<Statement> found = Extract.id(LEAD
                + "Di depan rumahnya, ibu korban berbicara pelan, \u201cAnak kami tidak bersalah.\u201d");
        assertThat(found).extracting(Statement::speaker).containsExactly("ibu korban");
    }

    @Test
    void reportedWordsRightAfterTheVerbsComma() {
        String text = LEAD + "Rina Wati melanjutkan, jumlah warga yang menyeberang setiap hari adalah 300 orang.";
        List<Statement> found = Extract.id(text);
        assertThat(found).extracting(Statement::speaker).containsExactly("Rina Wati");
        assertThat(found.get(0).quote()).isFalse();
    }

    @Test
    void englishContinuedBeforeAQuotation() {
        List<Statement> found = Extract.en("A footbridge in Sukamaju village snapped on Monday.\n\n"
                + "Jane Doe continued, \"The cables were replaced only last year.\"");
        assertThat(found).extracting(Statement::speaker).containsExactly("Jane Doe");
    }

    @Test
    void theVerbIntroducingNothingIsLeftAlone() {
        assertThat(Extract.id(LEAD + "Rina Wati menjawab pertanyaan warga di balai desa pada Selasa."))
                .as("no comma after the verb").isEmpty();
        assertThat(Extract.id(LEAD + "Warga duduk di tepi sungai, relawan bergantian berbicara, polisi berjaga di jembatan."))
                .as("narration set off by commas").isEmpty();
        assertThat(Extract.id(LEAD + "Rina Wati menjawab pelan, lalu meninggalkan balai desa."))
                .as("a manner word and no quotation").isEmpty();
    }
}
