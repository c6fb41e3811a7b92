package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an English figure counts when a modifier stands between the figure and its plural noun, and what befell
 * them read past an aside naming some of them (team-written sentences of an invented flood relief and a
 * cannery's layoffs).
 */
class ModifiedNounTest {

    private static List<String> units(String lang, String claim) {
        return Extract.one(lang, "The committee said " + claim + ".").numbers().stream()
                .map(NumberMention::unit).toList();
    }

    private static List<String> which(String lang, String claim) {
        return Extract.one(lang, claim).numbers().stream().map(NumberMention::which).toList();
    }

    @Test
    void aModifierBeforeThePluralIsNoUnit() {
        assertThat(units("en", "more than 60 Malaysian volunteers had arrived")).containsExactly("volunteers");
        assertThat(units("en", "14 provincial offices were flooded")).containsExactly("offices");
        assertThat(units("en", "2,150 Oceanic workers were dismissed")).containsExactly("workers");
        assertThat(units("en", "27 unlawful evictions took place")).containsExactly("evictions");
    }

    @Test
    void aModifierWrittenAsATwoWordNameIsNoUnit() {
        assertThat(units("en", "about 900 East Selvaran volunteers had arrived")).containsExactly("volunteers");
        assertThat(units("en", "40 Red Crescent medics were sent")).containsExactly("medics");
        assertThat(units("en", "900 Selvaran Coast Guard boats were sent")).containsExactly("Selvaran");
    }

    @Test
    void aPluralAfterTheFigureIsTheNounAlready() {
        assertThat(units("en", "12 ministries had answered")).containsExactly("ministries");
        assertThat(units("en", "2,150 workers were dismissed")).containsExactly("workers");
        assertThat(units("en", "around 30 minutes later the water rose")).containsExactly("minutes");
        assertThat(units("en", "1 volunteer remains")).containsExactly("volunteer");
    }

    @Test
    void aYearBeforeAPluralStaysAYear() {
        assertThat(units("en", "the 2024 Selvara elections were delayed")).isEmpty();
    }

    @Test
    void indonesianModifiersFollowTheNoun() {
        assertThat(Extract.one("id", "Panitia menyebut 14 kantor dinas terendam.").numbers().stream()
                .map(NumberMention::unit).toList()).containsExactly("kantor");
    }

    @Test
    void whatBefellThemIsReadPastAnAsideNamingSomeOfThem() {
        assertThat(which("en", "The official said more than 60 agencies, including the provincial health office, "
                + "were shut down by the storm.")).singleElement().isNotNull()
                .isEqualTo(which("en", "The official said more than 60 agencies were shut down by the storm.").get(0));
        assertThat(which("en", "The official said more than 60 agencies, including the provincial health office, "
                + "were shut down by the storm.").get(0))
                .isNotEqualTo(which("en", "The official said the data at 18 agencies are to be restored.").get(0));
    }

    @Test
    void anAsideOfAnotherKindIsNotPassed() {
        assertThat(which("en", "The official said more than 60 agencies, the largest number in years, were evacuated."))
                .containsExactly((String) null);
    }
}
