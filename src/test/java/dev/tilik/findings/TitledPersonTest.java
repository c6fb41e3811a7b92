package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One person named with different titles in one article ("Dirut Hadi", "Direktur Utama RSUD Hadi
 * Pranoto", "Hadi") is one speaker: their own lines are no same-party divergence. Two people sharing a
 * first name, or two relatives sharing a surname, stay two. A hospital story written for this test.
 */
class TitledPersonTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);
    private static final String DENIAL = "tidak ada pasien yang ditolak rumah sakit";
    private static final String QUEUE = "antrean di instalasi gawat darurat sudah dibuka lagi";

    /**
     * One article: the first speaker denies, the second and third (a short name) assert.
     */
    private static List<Finding> divergences(String first, String second, String third, String thirdClaim)
            throws Exception {
        String text = first + " menegaskan " + DENIAL + ". " + second + " mengatakan " + QUEUE + ". " + third
                + " juga mengatakan " + thirdClaim + ".";
        ArticleStatements article = ArticleFixture.article("a.txt", text).published(DAY)
                .say(DENIAL, first, "RSUD", Stance.DENY, "pasien ditolak").basis(StanceBasis.EVENT_NEGATED).done()
                .say(QUEUE, second, "RSUD", Stance.ASSERT, "pasien ditolak").basis(StanceBasis.CUE).done()
                .say(thirdClaim, third, "RSUD", Stance.ASSERT, "pasien ditolak").basis(StanceBasis.CUE).done()
                .build();
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(article), FindingType.SAME_PARTY_DIVERGENCE);
    }

    @Test
    void oneDirectorWithTwoTitlesAndHisNameAloneIsOneSpeaker() throws Exception {
        assertThat(divergences("Direktur Utama RSUD Hadi Pranoto", "Dirut Hadi", "Hadi",
                "rumah sakit wajib menerima pasien yang ditolak klinik lain"))
                .as("the director's own lines in one article").isEmpty();
    }

    @Test
    void twoPeopleSharingAFirstNameStayTwo() throws Exception {
        List<Finding> found = divergences("Direktur Utama RSUD Hadi Pranoto", "Kepala IGD Hadi Santoso", "Hadi",
                "rumah sakit menolak pasien yang datang malam itu");

        assertThat(found).as("'Hadi' may be either: the director's denial against the others").hasSize(1);
        assertThat(found.get(0).evidence()).filteredOn(e -> e.side() == 1).extracting(Evidence::text)
                .anySatisfy(s -> assertThat(s).contains("menolak pasien yang datang"));
    }

    @Test
    void aSurnameTwoRelativesShareStaysApart() throws Exception {
        assertThat(divergences("Komisaris Utama Iwan Setiawan Pranoto", "Direktur Iwan Kurniawan Pranoto", "Pranoto",
                "rumah sakit menolak pasien yang datang malam itu"))
                .as("a surname alone may be either relative").hasSize(1);
    }

    /** One statement of the hospital story in an article of its own. */
    private static ArticleStatements alone(String file, String speaker, String claim, Stance stance) {
        return ArticleFixture.article(file, speaker + " mengatakan " + claim + ".").published(DAY)
                .say(claim, speaker, "RSUD", stance, "pasien ditolak")
                .basis(stance == Stance.DENY ? StanceBasis.EVENT_NEGATED : StanceBasis.CUE).done().build();
    }

    @Test
    void acrossOutletsTheNameAloneIsThePersonEveryFullerNameContinuesAlike() throws Exception {
        ArticleStatements a = alone("a.txt", "Direktur Utama RSUD Hadi Pranoto", DENIAL, Stance.DENY);
        ArticleStatements b = alone("b.txt", "Dirut Hadi Pranoto", QUEUE, Stance.ASSERT);
        ArticleStatements c = alone("c.txt", "Hadi", "rumah sakit menerima semua pasien malam itu", Stance.ASSERT);
        ArticleStatements d = alone("d.txt", "Kepala IGD Hadi Santoso", "rumah sakit menolak pasien malam itu",
                Stance.ASSERT);

        assertThat(AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(a, b, c), FindingType.SAME_PARTY_DIVERGENCE))
                .as("one director in three outlets").isEmpty();
        assertThat(AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(a, b, c, d), FindingType.SAME_PARTY_DIVERGENCE))
                .as("with another Hadi in the folder the name alone may be either").hasSize(1);
    }
}
