package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whom a minister or a ministry named in English speaks for ({@code fixtures/actors-portfolios-any}: a dengue outbreak in
 * an invented regency, one article in each language, the team's own sentences): the portfolio's words in the first
 * language (rules {@code portfolios}) pick the one ministry the folder defines ("Kementerian Kesehatan (Kemenkes)"), never
 * another body holding them ("Dinas Kesehatan (Dinkes)"), and a phrase naming no minister or ministry takes none.
 */
class ActorPortfoliosFixtureTest {
    private static final FixtureFolder FOLDER = new FixtureFolder("actors-portfolios-any");

    @Test
    void anEnglishMinistryIsTheMinistryTheFolderDefines() throws Exception {
        assertThat(FOLDER.parties("702_wetanpost_en.txt", "Indonesia's health ministry")).containsExactly("Kemenkes");
        assertThat(FOLDER.parties("702_wetanpost_en.txt", "Deputy Health Minister Ratna Dewi")).containsExactly("Kemenkes");
        assertThat(FOLDER.parties("702_wetanpost_en.txt", "Trade Minister Budi Santoso")).containsExactly("Kemendag");
    }

    @Test
    void anOfficeNamingNoMinisterTakesNoMinistry() throws Exception {
        assertThat(FOLDER.statements()).filteredOn(s -> s.speaker().contains("health office")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.party()).isNotEqualTo("Kemenkes"));
    }
}
