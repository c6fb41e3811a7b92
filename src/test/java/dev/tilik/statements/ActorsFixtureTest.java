package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actors from the text on a folder the team wrote ({@code fixtures/actors-any}: a sand-mining stop on an
 * invented island), through the real pipeline: a minister speaks for the ministry in the folder's own short
 * form, a state form after a body's name ("RI") names no company, a region of several words stays whole
 * after a head title, a committee met where the speaker spoke is not the body he speaks for, and a bare title
 * ("Gubernur" in a headline, "The minister") is the one holder of that title the article names.
 */
class ActorsFixtureTest {
    private static final Path FOLDER = Path.of("src/test/resources/fixtures/actors-any");
    private static List<Statement> statements;

    @BeforeAll
    static void analyse() throws Exception {
        statements = PipelineFolders.analyse(FOLDER, Extract.RULES).articles().stream()
                .flatMap(a -> a.statements().stream()).toList();
    }

    /** The parties of the statements in {@code file} whose speaker starts with {@code speaker}. */
    private static Set<String> parties(String file, String speaker) {
        Set<String> out = new TreeSet<>();
        statements.stream().filter(s -> s.fileName().equals(file) && s.speaker().startsWith(speaker))
                .forEach(s -> out.add(String.valueOf(s.party())));
        assertThat(out).as("statements of %s in %s", speaker, file).isNotEmpty();
        return out;
    }

    @Test
    void aMinisterSpeaksForTheMinistryNamedByTheFoldersShortFormNotForThePortfolio() {
        assertThat(parties("301_wartapesisir_id.txt", "Menteri Kelautan")).containsExactly("KKP");
        assertThat(parties("301_wartapesisir_id.txt", "Darmawan")).containsExactly("KKP");
    }

    @Test
    void aStateFormAfterABodysNameNamesNoCompanySoTheNameAfterItStaysAPerson() {
        assertThat(parties("302_kabarbahari_id.txt", "Darmawan")).containsExactly("KKP");
    }

    @Test
    void aRegionOfSeveralWordsTheFolderNamesAfterItsUnitStaysWholeAfterAHeadTitle() {
        assertThat(parties("303_suarateluk_id.txt", "Gubernur Teluk Barat Daya")).containsExactly("Pemprov Teluk Barat Daya");
        assertThat(parties("303_suarateluk_id.txt", "Markus")).containsExactly("Pemprov Teluk Barat Daya");
    }

    @Test
    void aCommitteeNumberedInRomanNumeralsIsWhereHeSpokeNotTheBodyHeSpeaksFor() {
        assertThat(parties("303_suarateluk_id.txt", "Bupati Teluk Senja")).containsExactly("Pemkab Teluk Senja");
        assertThat(parties("303_suarateluk_id.txt", "Sutrisna")).doesNotContain("DPR");
    }

    @Test
    void aBareTitleIsTheOneHolderOfThatTitleTheArticleNames() {
        assertThat(parties("303_suarateluk_id.txt", "Gubernur")).as("the headline's governor is the body's").containsExactly("Pemprov Teluk Barat Daya");
        assertThat(parties("304_coastpost_en.txt", "The minister")).containsExactly("KKP");
    }
}
