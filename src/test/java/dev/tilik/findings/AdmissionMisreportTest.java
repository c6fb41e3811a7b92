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
import org.junit.jupiter.api.Test;

/**
 * One person reported denying a thing by one outlet and admitting it by another, in the same words, within two days
 * ({@link Admissions}): a misreport. An invented warehouse fire; each with the cases that must stay quiet.
 */
class AdmissionMisreportTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);
    private static final String TOPIC = "gudang warga";
    private static final String SPEAKER = "Kepala Dinas Pemadam Kebakaran, Hendra Wibowo";

    private static List<Finding> misreports(ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == FindingType.MISREPORT).toList();
    }

    private static ArticleStatements said(String file, LocalDate day, String sentence, String claim, Stance stance,
                                          StanceBasis basis) {
        return ArticleFixture.article(file, sentence).published(day)
                .say(claim, SPEAKER, "Dinas Pemadam Kebakaran", stance, TOPIC).basis(basis).done().build();
    }

    private static ArticleStatements denial() {
        return said("a.txt", DAY, "Hendra Wibowo menegaskan warga tidak dipekerjakan di gudang pupuk itu.",
                "warga tidak dipekerjakan di gudang pupuk itu", Stance.DENY, StanceBasis.CUE_ON_TOPIC);
    }

    private static ArticleStatements admission(String file, LocalDate day, String claim) {
        return said(file, day, "Hendra Wibowo mengakui " + claim + ".", claim, Stance.CONFIRM, StanceBasis.CUE_ON_TOPIC);
    }

    @Test
    void onePersonDenyingInOneOutletAndAdmittingTheSameInAnotherIsAMisreport() throws Exception {
        List<Finding> f = misreports(denial(), admission("b.txt", DAY, "warga ikut bekerja di gudang pupuk itu"));

        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("Hendra Wibowo").contains("denying and as admitting");
        assertThat(f.get(0).evidence()).extracting(Evidence::fileName, Evidence::side).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.txt", 0), org.assertj.core.groups.Tuple.tuple("b.txt", 1));
    }

    @Test
    void aDenialInItsOwnWordsCountsAsTheDenialItIsShownAs() throws Exception {
        ArticleStatements own = said("a.txt", DAY, "Hendra Wibowo menegaskan warga bukan dipekerjakan di gudang pupuk itu.",
                "warga bukan dipekerjakan di gudang pupuk itu", Stance.OTHER, StanceBasis.OWN_WORDS_DENIED);

        assertThat(misreports(own, admission("b.txt", DAY, "warga ikut bekerja di gudang pupuk itu"))).hasSize(1);
    }

    @Test
    void oneArticleAnotherMatterOrDaysApartIsNoMisreport() throws Exception {
        ArticleStatements both = ArticleFixture.article("a.txt",
                        "Hendra Wibowo menegaskan warga tidak dipekerjakan di gudang pupuk itu. "
                                + "Hendra Wibowo mengakui warga ikut bekerja di gudang pupuk itu.").published(DAY)
                .say("warga tidak dipekerjakan di gudang pupuk itu", SPEAKER, "Dinas Pemadam Kebakaran", Stance.DENY, TOPIC)
                .basis(StanceBasis.CUE_ON_TOPIC).done()
                .say("warga ikut bekerja di gudang pupuk itu", SPEAKER, "Dinas Pemadam Kebakaran", Stance.CONFIRM, TOPIC)
                .basis(StanceBasis.CUE_ON_TOPIC).done().build();
        assertThat(misreports(both)).as("one article telling both tells a change").isEmpty();
        assertThat(misreports(denial(), admission("b.txt", DAY, "ada keteledoran petugas saat pemadaman")))
                .as("an admission of another thing").isEmpty();
        assertThat(misreports(denial(), admission("b.txt", DAY.plusDays(10), "warga ikut bekerja di gudang pupuk itu")))
                .as("ten days later: a later answer").isEmpty();
    }

    @Test
    void aConfirmedDenialOrARefusalOfWhatWillBeIsNoAdmission() throws Exception {
        assertThat(misreports(denial(), admission("b.txt", DAY, "tidak ada warga yang bekerja di gudang pupuk itu")))
                .as("confirming that no one worked there confirms the denial").isEmpty();
        ArticleStatements refusal = said("a.txt", DAY, "Hendra Wibowo menegaskan dinas tidak akan menuruti permintaan warga gudang.",
                "dinas tidak akan menuruti permintaan warga gudang", Stance.DENY, StanceBasis.CUE_ON_TOPIC);
        assertThat(misreports(refusal, admission("b.txt", DAY, "ada tuntutan warga gudang")))
                .as("refusing what will be is not denying what is").isEmpty();
    }
}
