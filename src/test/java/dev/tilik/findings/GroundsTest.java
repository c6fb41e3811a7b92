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
 * The ground a denial gives, told again in its own article, is its evidence, not its other side; the same fact in
 * another outlet, or a statement of the same article that negates it, still stands against it. Sentences of a
 * village well written for this test.
 */
class GroundsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 8);
    private static final String TOPIC = "sumur desa";
    private static final String DENIAL = "Dinas Kesehatan menyebut sakit perut warga bukan akibat air sumur karena "
            + "gejala muncul tiga hari setelah pesta pernikahan.";
    private static final String GROUND = "Menurut penelusuran, ada jeda tiga hari antara minum air sumur dengan munculnya gejala.";
    private static final String GROUND_CLAIM = "ada jeda tiga hari antara minum air sumur dengan munculnya gejala";

    private static List<Finding> denials(ArticleStatements... articles) throws Exception {
        return AnyStoryFindingsTest.ofType(AnyStoryFindingsTest.find(articles), FindingType.DENY_VS_ASSERT);
    }

    private static ArticleStatements article(String file, String second, String claim, Stance stance) {
        return ArticleFixture.article(file, DENIAL + " " + second).language("id").published(DAY)
                .say("sakit perut warga bukan akibat air sumur karena gejala muncul tiga hari setelah pesta pernikahan",
                        "Dinas Kesehatan", "Dinkes Sukamaju", Stance.DENY, TOPIC).basis(StanceBasis.DISMISSAL).done()
                .say(claim, "penelusuran", "penelusuran", stance, TOPIC).basis(StanceBasis.CUE).done()
                .build();
    }

    private static ArticleStatements well(String file) {
        return ArticleFixture.article(file, "Warga Budi Santoso mengatakan air sumur membuat sakit perut setelah pesta pernikahan.")
                .language("id").published(DAY)
                .say("air sumur membuat sakit perut setelah pesta pernikahan", "Warga Budi Santoso", "warga", Stance.ASSERT, TOPIC)
                .basis(StanceBasis.CUE).done().build();
    }

    private static List<String> files(Finding f) {
        return f.evidence().stream().map(Evidence::fileName).sorted().toList();
    }

    @Test
    void aDenialsGroundToldAgainInItsArticleIsNoOtherSide() throws Exception {
        assertThat(denials(article("a.txt", GROUND,
                GROUND_CLAIM, Stance.ASSERT)))
                .as("the office's ground, told as the article's own account").isEmpty();
    }

    @Test
    void theSameFactElsewhereOrAStatementNegatingItStillStands() throws Exception {
        List<Finding> found = denials(article("a.txt", GROUND,
                GROUND_CLAIM, Stance.ASSERT), well("b.txt"));
        assertThat(found).hasSize(1);
        assertThat(files(found.get(0))).as("another outlet's claim stands; the ground retold does not")
                .containsExactly("a.txt", "b.txt");
        assertThat(denials(article("a.txt", "Warga menyebut gejala tidak muncul tiga hari setelah minum air sumur, tetapi sejak pagi.",
                "gejala tidak muncul tiga hari setelah minum air sumur, tetapi sejak pagi", Stance.ASSERT)))
                .as("a statement negating the ground may contest it").hasSize(1);
    }
}
