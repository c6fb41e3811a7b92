package dev.tilik.findings;

import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.rules.PartyRules;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamesTest {
    /** Issue 11 row 3: an empty alias looped forever (indexOf("", end) never moves past the end). */
    @Test
    void anEmptyWordIsInNoTextAndEndsAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(Names.containsWord("Korut", "")).isFalse();
            assertThat(Names.containsWord("", "")).isFalse();
        });
    }

    @Test
    void wholeWordsOnlyAndCapitalsMatchCapitals() {
        assertThat(Names.containsWord("Badan intelijen Korsel", "Korsel")).isTrue();
        assertThat(Names.containsWord("Wakil Menteri urusan Rusia", "Rus")).isFalse();
        assertThat(Names.containsWord("the us embassy", "US")).isFalse();
        assertThat(Names.containsWord("the US embassy", "US")).isTrue();
    }

    /** Round forty-one's session: "ESDM, Pemprov Sumbar, PVMBG and 1 others assert it". One left over is one other. */
    @Test
    void oneLeftOverIsOneOther() {
        String[][] said = {{"Wahyu", "TNI AD"}, {"Maruli", "TNI AD"}, {"Kristomei", "Puspen"}, {"Uli", "Komnas HAM"},
            {"Dedi", "Pemprov Jabar"}};
        assertThat(new Names(PartyRules.none()).parties(voices(said))).endsWith(" and 1 other");
    }

    /**
     * garut-amunisi #2 (round thirty-two's review): a side of fifteen parties was named one by one,
     * "… Dinas Penerangan, Dispenad, Komnas HAM, Mabes TNI, Pemkec Cibalong, Pemprov Jabar, TB, TNI, …
     * assert it", four lines at 80 columns before the verb. More than three are the three with the most
     * statements and a count, as speakers and articles already were.
     */
    @Test
    void moreThanThreePartiesAreTheThreeWithTheMostStatementsAndACount() {
        String[][] said = {{"Wahyu", "TNI AD"}, {"Maruli", "TNI AD"}, {"Kristomei", "Puspen"}, {"Uli", "Komnas HAM"},
            {"Dedi", "Pemprov Jabar"}, {"Wahyu Yudhayana", "TNI AD"}, {"Agus", "warga"}, {"Doni", null},
            {"Kadispenad", "Puspen"}};
        List<Voice> voices = voices(said);
        Names names = new Names(PartyRules.none());
        assertThat(names.parties(voices)).isEqualTo("TNI AD, Puspen, Komnas HAM and 3 others");
        assertThat(names.plural(voices)).isTrue();
        assertThat(names.parties(voices.subList(0, 4))).isEqualTo("Komnas HAM, Puspen and TNI AD");
    }

    /**
     * A finding read "Polda Wetan denies it, Sebuah akun di Instagram and sebuah akun di Instagram assert it" (round
     * thirty-nine's review): one source with no party, written opening a sentence in one outlet and
     * inside one in the other, was named twice as two sources. A speaker standing for its own party is one name
     * whatever its capitals; the first spelling stands for both, and the verb is singular.
     */
    @Test
    void aSpeakerWithoutAPartyWrittenWithAndWithoutACapitalIsNamedOnce() {
        List<Voice> voices = voices(new String[][] {{"Sebuah akun di Instagram", null},
            {"sebuah akun di Instagram", null}});
        Names names = new Names(PartyRules.none());
        assertThat(names.parties(voices)).isEqualTo("Sebuah akun di Instagram");
        assertThat(names.plural(voices)).isFalse();
        assertThat(names.parties(voices(new String[][] {{"Polisi", null}, {"polisi", null}, {"Warga", null}})))
                .isEqualTo("Polisi and Warga");
    }

    /**
     * A fact-checker's session (round 39, h39ux item 6): a finding read "Corroborated: fire officials asserts it": a
     * party-less speaker written as an English plural takes a plural verb. A proper name and an Indonesian noun
     * ("Polres Jakut", "petugas", "warga") stay singular.
     */
    @Test
    void aSpeakerWrittenAsAnEnglishPluralTakesAPluralVerb() {
        Names names = new Names(PartyRules.none());
        List<Voice> officials = voices(new String[][] {{"fire officials", null}, {"fire officials", null}});
        assertThat(names.plural(officials)).isTrue();
        assertThat(Names.verbs(officials, names.plural(officials))).isEqualTo("assert it");
        assertThat(names.plural(voices(new String[][] {{"the police", null}}))).isTrue();
        assertThat(names.plural(voices(new String[][] {{"local residents", null}}))).isTrue();
        assertThat(names.plural(voices(new String[][] {{"Authorities", null}}))).as("opening its sentence").isTrue();
        for (String one : List.of("petugas", "warga", "Polres Jakut", "Kementerian BUMN", "center", "Dewan Pers", "Polres", "TNI")) {
            assertThat(names.plural(voices(new String[][] {{one, null}}))).as(one).isFalse();
        }
    }

    /** One voice per row, {speaker, party or null}, each in its own article. */
    private static List<Voice> voices(String[][] said) {
        Map<String, String> keys = new HashMap<>();
        List<Voice> voices = new ArrayList<>();
        for (int i = 0; i < said.length; i++) {
            String sentence = said[i][0] + " mengatakan ledakan terjadi saat pemusnahan amunisi.";
            Document doc = document(String.format("%03d_kabar.txt", i), sentence, null);
            Statement st = new Statement(doc.fileName() + "#1", doc.fileName(), span(sentence, sentence),
                    span(sentence, "ledakan terjadi saat pemusnahan amunisi"), said[i][0], null, said[i][1],
                    "mengatakan", null, false, null, Stance.ASSERT, "weapons", List.of(), List.of());
            voices.add(Voice.of(st, new ArticleStatements(doc, List.of(st), List.of()), "weapons",
                    said[i][1] == null ? "speaker:" + said[i][0] : said[i][1], false, keys));
        }
        return voices;
    }
}
