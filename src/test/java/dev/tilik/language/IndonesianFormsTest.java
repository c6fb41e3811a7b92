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
    void onlyAVelarNasalBeforeAVowelLeavesTheRootInDoubt() {
        assertThat(Indonesian.hiddenStem("mengamankan")).as("'aman' or 'kaman'").isEqualTo("aman");
        assertThat(Indonesian.hiddenStem("pengiriman")).as("'irim' or 'kirim': the folder tells").isEqualTo("irim");
        assertThat(Indonesian.hiddenStem("memindahkan")).as("'mem-' before a vowel dropped a 'p'").isNull();
        assertThat(Indonesian.hiddenStem("mengkonsumsi")).as("the 'k' written").isNull();
        assertThat(Indonesian.hiddenStem("diamankan")).isNull();
    }
}
