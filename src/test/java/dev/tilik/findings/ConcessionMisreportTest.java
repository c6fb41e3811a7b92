package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * One person reported asserting a thing by one outlet and conceding it is not so by another, within two days
 * ({@link Admissions#conceded}): a misreport. An invented market fire; with the cases that must stay quiet.
 */
class ConcessionMisreportTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);
    private static final String SPEAKER = "Kepala Dinas Pemadam Kebakaran, Sari Lestari";

    private static List<Finding> misreports(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.MISREPORT).toList();
    }

    private static ArticleStatements said(String file, LocalDate day, String speaker, String cue, String claim,
                                          Stance stance, String topic) {
        return ArticleFixture.article(file, speaker + " " + cue + " " + claim + ".").published(day)
                .say(claim, speaker, "Dinas Pemadam Kebakaran", stance, topic).basis(StanceBasis.CUE_ON_TOPIC).done()
                .build();
    }

    private static ArticleStatements assertion(String speaker) {
        return said("a.txt", DAY, speaker, "mengatakan",
                "berdasarkan hasil uji laboratorium, penyebab kebakaran pasar adalah korsleting listrik", Stance.ASSERT,
                "penyebab kebakaran");
    }

    private static ArticleStatements concession(String file, LocalDate day, String claim) {
        return said(file, day, SPEAKER, "mengakui", claim, Stance.CONFIRM, "hasil uji");
    }

    @Test
    void onePersonAssertingInOneOutletAndConcedingItIsNotSoInAnotherIsAMisreport() throws Exception {
        List<Finding> f = misreports(assertion(SPEAKER),
                concession("b.txt", DAY, "dugaan itu bukan berdasarkan hasil uji laboratorium"));

        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("Sari Lestari").contains("asserting and as conceding");
        assertThat(f.get(0).evidence()).extracting(Evidence::fileName, Evidence::side)
                .containsExactly(Tuple.tuple("a.txt", 0), Tuple.tuple("b.txt", 1));
    }

    @Test
    void anotherPersonAnotherMatterOneArticleOrDaysApartIsNoMisreport() throws Exception {
        String claim = "dugaan itu bukan berdasarkan hasil uji laboratorium";
        assertThat(misreports(assertion("Kapolsek Pasar Baru, Joko Santoso"), concession("b.txt", DAY, claim)))
                .as("another person's assertion").isEmpty();
        assertThat(misreports(assertion(SPEAKER), concession("b.txt", DAY, "petugas tidak membawa tangga cukup panjang")))
                .as("a concession of another thing").isEmpty();
        assertThat(misreports(assertion(SPEAKER), concession("b.txt", DAY.plusDays(10), claim)))
                .as("ten days later: a later answer").isEmpty();
        assertThat(misreports(assertion(SPEAKER), concession("b.txt", DAY, "hasil uji laboratorium sudah keluar")))
                .as("a concession with no negation agrees").isEmpty();
        ArticleStatements both = ArticleFixture.article("a.txt", SPEAKER + " mengatakan berdasarkan hasil uji "
                        + "laboratorium, penyebabnya korsleting. " + SPEAKER + " mengakui " + claim + ".").published(DAY)
                .say("berdasarkan hasil uji laboratorium, penyebabnya korsleting", SPEAKER, "Dinas Pemadam Kebakaran",
                        Stance.ASSERT, "penyebab kebakaran").basis(StanceBasis.CUE_ON_TOPIC).done()
                .say(claim, SPEAKER, "Dinas Pemadam Kebakaran", Stance.CONFIRM, "hasil uji").basis(StanceBasis.CUE_ON_TOPIC)
                .done().build();
        assertThat(misreports(both)).as("one article telling both tells a change").isEmpty();
    }
}
