package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A body that is itself the speaker phrase, named by a short form the folder never defines or in full with its region:
 * it speaks for itself. The team's own sentences on an invented flood story.
 */
class BodyItselfSpeakingTest {
    /** The party of {@code speaker}'s statement in one article: a flood sentence naming the place, then {@code said}. */
    private static String partyOf(String speaker, String said) {
        return InstitutionsTest.partiesBySpeaker(InstitutionsTest.folder(
                "Banjir merendam tiga kecamatan di Kabupaten Wetan sejak Senin. " + said)).get(speaker);
    }

    @Test
    void anUndefinedShortFormOpeningWithAnOfficesUnitAndAPlaceSpeaksForItself() {
        assertThat(partyOf("Disnakerperin Wetan",
                "Disnakerperin Wetan menegaskan tidak ada pabrik yang berhenti beroperasi akibat banjir itu."))
                .isEqualTo("Disnakerperin Wetan");
    }

    @Test
    void aOneWordNameOpeningTheSameWayStaysAPerson() {
        assertThat(partyOf("Dismanto", "Dismanto mengatakan air mulai surut pada Selasa pagi.")).isEqualTo("null");
    }

    @Test
    void anOfficeTheTitlesAreMadeOfSpeaksForItselfAlone() {
        assertThat(partyOf("Dishub", "Dishub menyatakan jalan menuju pasar ditutup sementara.")).isEqualTo("Dishub");
    }

    @Test
    void aRegionalBodyNamedInFullSpeaksForItselfWithItsRegion() {
        assertThat(partyOf("Dinas Sosial Kabupaten Wetan",
                "Dinas Sosial Kabupaten Wetan mencatat sebanyak 300 warga mengungsi ke balai desa."))
                .isEqualTo("Dinas Sosial Wetan");
    }
}
