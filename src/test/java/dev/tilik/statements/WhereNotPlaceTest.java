package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A word the folder writes only after a marker of where someone was ("di Rumah Sakit Harapan") names a building or a body
 * as often as a place: a long form opening with it is a place's only when another of its words is a place's too, so the
 * body it defines ("Rumah Sakit (RS)") stays a body its speakers speak for, while "Jawa Kulon (Jakul)", written only after
 * "di" too, stays a place. Invented hospital and province.
 */
class WhereNotPlaceTest {
    @Test
    void aBodysLongFormWrittenAfterDiIsNoPlace() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Korban dibawa ke Rumah Sakit (RS) Harapan Kasih. Pasien masih dirawat di Rumah Sakit Harapan Kasih.",
                "Humas RS Harapan Kasih, Budi Santoso, mengatakan pasien stabil. Warga di Jawa Kulon (Jakul) resah.",
                "Direktur RS Harapan Kasih Rina Wati mengatakan 12 pasien dirawat. Gubernur Jakul Sari Dewi mengatakan bantuan tiba.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        // a body, not a place: on main since round forty-one the hospital's own name after "RS" is left off (h41pt: left)
        assertThat(p.get("Humas RS Harapan Kasih, Budi Santoso")).startsWith("RS");
        assertThat(p.get("Direktur RS Harapan Kasih Rina Wati")).startsWith("RS");
        assertThat(p.get("Gubernur Jakul Sari Dewi")).isEqualTo("Pemprov Jakul");
    }
}
