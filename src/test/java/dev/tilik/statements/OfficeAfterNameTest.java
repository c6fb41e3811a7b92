package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A person's institution the folder states in an office set off after the name ("Sari Andayani, Ketua LKPN, …"),
 * in narration or inside a cue's phrase: the person named so, quoted elsewhere with no office, speaks for that body.
 * The team's own sentences on an invented tidal-flood story.
 */
class OfficeAfterNameTest {
    @Test
    void anOfficeSetOffAfterANameGivesThePersonItsBody() {
        assertThat(chairOf("Lembaga Kajian Pesisir Nusantara", "LKPN")).isEqualTo("LKPN");
    }

    /**
     * The party of Sari Andayani when the folder defines a body ("{@code longForm} ({@code shortForm})") and names her
     * "Ketua {@code shortForm}" set off after her name in one article, with no office in the other.
     */
    private static String chairOf(String longForm, String shortForm) {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Data itu diperoleh dari " + longForm + " (" + shortForm + ") di Wetan. "
                        + "Menurut Sari Andayani, Ketua " + shortForm + ", tanggul laut di Wetan sudah retak sejak tahun lalu.",
                "Sari Andayani mengatakan air laut masuk ke permukiman tiga kali pekan ini.");
        return InstitutionsTest.partiesBySpeaker(out).get("Sari Andayani");
    }

    @Test
    void aGroupNounBetweenTheRoleAndTheBodyLeavesTheBodyReadable() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Tim Relawan Selam (TRS) ikut mencari korban sejak pagi. "
                        + "\"Kami siap membantu pencarian,\" ujar Hendra Kusuma, koordinator tim TRS, Minggu (2/3).",
                "Hendra Kusuma menambahkan tim sudah bekerja sejak pagi.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p.get("Hendra Kusuma")).isEqualTo("TRS");
    }

    @Test
    void aPlaceAfterTheRoleIsNoGroupOfTheBody() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Tim Relawan Selam (TRS) ikut mencari korban sejak pagi. "
                        + "\"Kami siap membantu pencarian,\" ujar Hendra Kusuma, koordinator di Pelabuhan Wetan, Minggu (2/3).",
                "Hendra Kusuma menambahkan tim sudah bekerja sejak pagi.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p.get("Hendra Kusuma")).isNotEqualTo("TRS");
    }

    @Test
    void aBodyNamedAfterAPlaceOfTheFolderStaysABody() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "Wetan Relawan Selam Bersatu (WRSB) ikut mencari korban sejak pagi. "
                        + "\"Kami siap membantu pencarian,\" ujar Hendra Kusuma, koordinator tim WRSB, Minggu (2/3).",
                "Hendra Kusuma menambahkan tim sudah bekerja sejak pagi.",
                "Kapal tetap menjadi angkutan utama di Wetan, kata petugas pelabuhan.");
        Map<String, String> p = InstitutionsTest.partiesBySpeaker(out);
        assertThat(p.get("Hendra Kusuma")).isEqualTo("WRSB");
    }

    @Test
    void aLongFormOpeningWithAnAreaOfWorkIsABodyNotARole() {
        // "Communication" is an area of work written beside a role ("VP Corporate Communication"), never a role of its
        // own: a body whose long form opens with it is a body, and the person set off with its office speaks for it
        assertThat(chairOf("Communication and Coastal Study Research Center", "CCSReC")).isEqualTo("CCSReC");
    }

    @Test
    void anAreaOfWorkBesideARoleStaysPartOfTheRole() {
        List<ArticleStatements> out = InstitutionsTest.folder(
                "\"Jadwal kapal tetap normal,\" kata VP Corporate Communication PT Kapal Wetan, Rina Wati, Senin (3/3).");
        assertThat(InstitutionsTest.partiesBySpeaker(out).values()).containsExactly("Kapal Wetan");
    }
}
