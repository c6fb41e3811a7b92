package dev.tilik.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Indonesian word forms the lexicons and the propositions pass compare words under: the root comes last. */
class IndonesianFormsTest {

    private static String root(String word) {
        Set<String> forms = Indonesian.forms(word);
        return List.copyOf(forms).get(forms.size() - 1);
    }

    @Test
    void aNominalisedNegationMeetsTheRootItNegates() {
        assertThat(root("ketidakhadiran")).as("the absence of the curators meets 'hadir'").isEqualTo(root("hadir"));
        assertThat(root("ketidakpastian")).isEqualTo(root("kepastian"));
        assertThat(root("ketidakberdayaan")).as("the negated root's own prefix goes too").isEqualTo(root("berdaya"));
    }

    @Test
    void otherWordsKeepTheirRoots() {
        assertThat(root("mengirimkan")).isEqualTo("kirim");
        assertThat(root("tidak")).isEqualTo("tidak");
    }

    @Test
    void aPrefixWrittenWithAHyphenIsNoPartOfTheWord() {
        assertThat(root("di-PHK")).as("laid off: the short form's key").isEqualTo(root("PHK"));
        assertThat(root("ter-PHK")).isEqualTo(root("PHK"));
        assertThat(root("di-blending")).isEqualTo(root("blending"));
        assertThat(root("ter-backup")).isEqualTo(root("backup"));
        assertThat(root("se-Jawa")).isEqualTo(root("Jawa"));
        assertThat(Indonesian.forms("di-hack")).as("the word as written comes first").first().isEqualTo("di-hack");
    }

    @Test
    void reduplicationsAndOrdinalsKeepTheirHyphen() {
        assertThat(root("anak-anak")).isEqualTo("anak-anak");
        assertThat(root("Bangsa-Bangsa")).isEqualTo("bangsa-bangsa");
        assertThat(root("ke-2")).isEqualTo("ke-2");
    }
}
