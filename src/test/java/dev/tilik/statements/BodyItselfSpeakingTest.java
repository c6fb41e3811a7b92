package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body that is itself the speaker phrase, named by a short form the folder never defines or in full with its region:
 * it speaks for itself. The team's own sentences on an invented flood story.
 */
class BodyItselfSpeakingTest {
    @Test
    void anUndefinedShortFormOpeningWithAnOfficesUnitAndAPlaceSpeaksForItself() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Banjir merendam tiga kecamatan di Wetan sejak Senin. "
                        + "Disnakerperin Wetan menegaskan tidak ada pabrik yang berhenti beroperasi akibat banjir itu.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p.get("Disnakerperin Wetan")).isEqualTo("Disnakerperin Wetan");
    }

    @Test
    void aOneWordNameOpeningTheSameWayStaysAPerson() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Banjir merendam tiga kecamatan di Wetan sejak Senin. "
                        + "Dismanto mengatakan air mulai surut pada Selasa pagi.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p).containsEntry("Dismanto", "null");
    }

    @Test
    void anOfficeTheTitlesAreMadeOfSpeaksForItselfAlone() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Banjir merendam tiga kecamatan di Wetan sejak Senin. "
                        + "Dishub menyatakan jalan menuju pasar ditutup sementara.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p.get("Dishub")).isEqualTo("Dishub");
    }

    @Test
    void aRegionalBodyNamedInFullSpeaksForItselfWithItsRegion() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Banjir merendam tiga kecamatan di Kabupaten Wetan sejak Senin. "
                        + "Dinas Sosial Kabupaten Wetan mencatat sebanyak 300 warga mengungsi ke balai desa.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p.get("Dinas Sosial Kabupaten Wetan")).isEqualTo("Dinas Sosial Wetan");
    }
}
