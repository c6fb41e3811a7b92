package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * On statements built by hand: a headline that drops the limit its own body puts on the claim
 * ({@code headlineScope}), and two amounts of one sum of money worded differently. Each with the cases
 * that must stay quiet.
 */
class HeadlineScopeAndSumsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    private static List<Finding> findings(FindingType type, ArticleStatements... articles) throws Exception {
        return new FindingEngine(RulesLoader.load(Path.of("rules"))).find(List.of(articles)).stream()
                .filter(f -> f.type() == type).toList();
    }

    private static ArticleStatements headed(String headline, String headClaim, String body, String bodyClaim, Stance stance) {
        return ArticleFixture.article("a.txt", headline + "\n" + body).headlineFirstLine().published(DAY)
                .say(headClaim, "Dinas PU", "Dinas PU", stance, "jembatan").done()
                .say(bodyClaim, "Kepala Dinas PU, Bambang Santoso", "Dinas PU", stance, "galian").done()
                .build();
    }

    @Test
    void aFlatHeadlineOverABodyThatSaysNotDirectlyIsHeadlineAgainstBody() throws Exception {
        List<Finding> f = findings(FindingType.HEADLINE_VS_BODY, headed(
                "Dinas PU Sebut Runtuhnya Jembatan Tak Terkait Galian Pasir",
                "Runtuhnya Jembatan Tak Terkait Galian Pasir",
                "Kepala Dinas PU, Bambang Santoso, menyatakan runtuhnya jembatan tidak terkait langsung dengan galian pasir.",
                "runtuhnya jembatan tidak terkait langsung dengan galian pasir", Stance.DENY));

        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("\u201Clangsung\u201D");
        assertThat(f.get(0).explanation()).contains("Runtuhnya Jembatan Tak Terkait Galian Pasir")
                .contains("tidak terkait langsung").contains("Bambang Santoso");
        assertThat(f.get(0).evidence()).extracting(Evidence::statementId, Evidence::side)
                .containsExactly(Tuple.tuple("a.txt#1", 0), Tuple.tuple("a.txt#2", 1));
    }

    private static final String LIMITED = "runtuhnya jembatan tidak terkait langsung dengan galian pasir";

    private static List<Finding> scoped(String headline, String body, Stance stance) throws Exception {
        return findings(FindingType.HEADLINE_VS_BODY, headed(headline, headline,
                "Kepala Dinas PU, Bambang Santoso, menyatakan " + body + ".", body, stance));
    }

    @Test
    void aHeadlineKeepingTheLimitOrTellingAnotherClaimIsNotFlagged() throws Exception {
        assertThat(scoped("Runtuhnya Jembatan Tak Terkait Langsung Galian Pasir", LIMITED, Stance.DENY))
                .as("the headline keeps the limit").isEmpty();
        assertThat(scoped("Harga Pasir Naik Tajam di Batu Ampar", LIMITED, Stance.ASSERT))
                .as("another claim in the headline").isEmpty();
        assertThat(scoped("Runtuhnya Jembatan Tak Terkait Galian Pasir", "runtuhnya jembatan tidak terkait dengan galian pasir",
                Stance.DENY)).as("the body is as flat as the headline").isEmpty();
    }

    @Test
    void aLimiterInARelativeClauseSetOffByACommaLimitsANounNotTheClaim() throws Exception {
        assertThat(scoped("Dinas PU Pastikan Ganti Rugi Rp20 Juta untuk Warga Terdampak Galian",
                "Dinas PU memastikan ganti rugi Rp20 juta untuk warga terdampak galian, yang akan dibayarkan langsung ke rekening warga",
                Stance.ASSERT)).as("paid directly: how, not a limit on the promise").isEmpty();
        assertThat(scoped("Dinas PU Pastikan Ganti Rugi Rp20 Juta untuk Warga Terdampak Galian",
                "Dinas PU memastikan ganti rugi Rp20 juta hanya sebagian untuk warga terdampak galian, yang akan dibayarkan ke rekening warga",
                Stance.ASSERT)).as("a limit in the claim's own clause still counts").hasSize(1);
    }

    private static ArticleStatements ransom(String file, String sentence, String figure, double value, String counted) {
        return ArticleFixture.article(file, sentence).published(DAY)
                .say(sentence.substring(0, sentence.length() - 1), "Menteri, Budi Santoso", "Kementerian", Stance.ASSERT, "tebusan")
                .number(figure, value, value, value, dev.tilik.model.Qualifier.EXACT, "Rp", counted).done().build();
    }

    @Test
    void twoAmountsOfOneSumMeetInTheirTopicHoweverTheConversionIsWorded() throws Exception {
        ArticleStatements worded = ransom("a.txt", "Peretas meminta tebusan 8 juta dolar, sekitar Rp 171 miliar.", "Rp 171 miliar",
                171e9, "amount in Rp of dolar");
        ArticleStatements plain = ransom("b.txt", "Peretas meminta tebusan 8 juta dolar atau Rp 131 miliar.", "Rp 131 miliar",
                131e9, null);

        assertThat(findings(FindingType.NUMERIC, worded, plain)).hasSize(1);
        assertThat(findings(FindingType.NUMERIC, worded, ransom("b.txt", "Peretas meminta tebusan 8 juta dolar, sekitar Rp 131 miliar.",
                "Rp 131 miliar", 131e9, "amount in Rp of dolar"))).as("both counted: compared once, across the folder").hasSize(1);
    }

    private static List<Finding> relief(String headline) throws Exception {
        String body = "Gubernur menyerahkan santunan satu keluarga Rp50 juta kepada warga. "
                + "Gubernur juga mengatakan untuk biaya sekolah anak korban akan ditanggung.";
        ArticleStatements a = ArticleFixture.article("a.txt", headline + "\n" + body).headlineFirstLine().published(DAY)
                .say(headline, "Gubernur", "Pemprov", Stance.ASSERT, "santunan")
                .number("Rp50 Juta", 50e6, 50e6, 50e6, dev.tilik.model.Qualifier.EXACT, "Rp").done()
                .say("Gubernur menyerahkan santunan satu keluarga Rp50 juta kepada warga", "Gubernur", "Pemprov", Stance.ASSERT, "santunan")
                .number("Rp50 juta", 50e6, 50e6, 50e6, dev.tilik.model.Qualifier.EXACT, "Rp").done()
                .say("untuk biaya sekolah anak korban akan ditanggung", "Gubernur", "Pemprov", Stance.ASSERT, "santunan").done()
                .build();
        return findings(FindingType.HEADLINE_VS_BODY, a);
    }

    @Test
    void aFunctionWordAfterAHeadlinesFigureIsNoPredicate() throws Exception {
        assertThat(relief("Gubernur Beri Santunan Rp50 Juta untuk Keluarga Korban"))
                .as("\"untuk\" opens the figure's complement: the sum is the body's santunan, borne out").isEmpty();
        assertThat(relief("Santunan Rp50 Juta Ditanggung Gubernur"))
                .as("a verb after the figure that the body says only of the school fees: still flagged").hasSize(1);
    }

    @Test
    void aFunctionWordRightAfterAHeadlinesFigureCountsNothingAndIsNoPredicateEither() throws Exception {
        String headline = "Flood toll up to 12 as search ends";
        String body = "The death toll from the flood rose to 12 on Sunday, an official said. "
                + "Rescuers said the search for the missing ended at noon.";
        ArticleStatements a = ArticleFixture.article("a.txt", headline + "\n" + body).language("en").headlineFirstLine()
                .published(DAY)
                .say(headline, "Reuters", "Reuters", Stance.ASSERT, "banjir")
                .number("12", 12.0, 12.0, 12.0, dev.tilik.model.Qualifier.EXACT, null).done()
                .say("The death toll from the flood rose to 12 on Sunday", "an official", "BPBD", Stance.ASSERT, "banjir")
                .number("12", 12.0, 12.0, 12.0, dev.tilik.model.Qualifier.EXACT, null).done()
                .say("the search for the missing ended at noon", "Rescuers", "Basarnas", Stance.ASSERT, "banjir").done()
                .build();
        assertThat(findings(FindingType.HEADLINE_VS_BODY, a))
                .as("\"as\" after the figure counts nothing: \"search\" is no predicate of the toll").isEmpty();
    }
}
