package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Actors from the text on a folder the team wrote ({@code fixtures/actors-any}: a sand-mining stop on an
 * invented island), through the real pipeline: a minister speaks for the ministry in the folder's own short
 * form, a state form after a body's name ("RI") names no company, a region of several words stays whole
 * after a head title, a committee met where the speaker spoke is not the body he speaks for, and a bare title
 * ("Gubernur" in a headline, "The minister") is the one holder of that title the article names.
 */
class ActorsFixtureTest {
    private static final FixtureFolder FOLDER = new FixtureFolder("actors-any");

    private static Set<String> parties(String file, String speaker) throws Exception {
        return FOLDER.parties(file, speaker);
    }

    @Test
    void aMinisterSpeaksForTheMinistryNamedByTheFoldersShortFormNotForThePortfolio() throws Exception {
        assertThat(parties("301_wartapesisir_id.txt", "Menteri Kelautan")).containsExactly("KKP");
        assertThat(parties("301_wartapesisir_id.txt", "Darmawan")).containsExactly("KKP");
    }

    @Test
    void aStateFormAfterABodysNameNamesNoCompanySoTheNameAfterItStaysAPerson() throws Exception {
        assertThat(parties("302_kabarbahari_id.txt", "Darmawan")).containsExactly("KKP");
    }

    @Test
    void aRegionOfSeveralWordsTheFolderNamesAfterItsUnitStaysWholeAfterAHeadTitle() throws Exception {
        assertThat(parties("303_suarateluk_id.txt", "Gubernur Teluk Barat Daya")).containsExactly("Pemprov Teluk Barat Daya");
        assertThat(parties("303_suarateluk_id.txt", "Markus")).containsExactly("Pemprov Teluk Barat Daya");
    }

    @Test
    void aCommitteeNumberedInRomanNumeralsIsWhereHeSpokeNotTheBodyHeSpeaksFor() throws Exception {
        assertThat(parties("303_suarateluk_id.txt", "Bupati Teluk Senja")).containsExactly("Pemkab Teluk Senja");
        assertThat(parties("303_suarateluk_id.txt", "Sutrisna")).doesNotContain("DPR");
    }

    @Test
    void aBareTitleIsTheOneHolderOfThatTitleTheArticleNames() throws Exception {
        assertThat(parties("303_suarateluk_id.txt", "Gubernur")).as("the headline's governor is the body's").containsExactly("Pemprov Teluk Barat Daya");
        assertThat(parties("304_coastpost_en.txt", "The minister")).containsExactly("KKP");
    }
}
