package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A relative clause saying who a claim's subject is ("Joko yang adalah anggota …,") is no key of the claim: the
 * subject's body is not what the claim is about. An invented story: a market guard said to have beaten a trader.
 */
class SubjectClausesTest {

    private static final String[][] MARKET = {
            {"id", "Kepala Dinas Pasar Hendra Gunawan mengatakan Joko yang adalah anggota Satgas Pasar Sukamaju, tidak terlibat dalam pemukulan pedagang."},
            {"id", "Kepala Dinas Pasar Hendra Gunawan mengatakan Joko yang memukul pedagang sayur, sudah ditahan polisi."},
            {"en", "Market chief Hendra Gunawan said Joko, who is a member of the Sukamaju Market Guard, was not involved in the beating."},
            {"id", "Kepala Dinas Pasar Hendra Gunawan mengatakan Joko yang adalah anggota Satgas Pasar Sukamaju."},
            {"id", "Kepala Dinas Pasar Hendra Gunawan mengatakan Joko, anggota Satgas Pasar Sukamaju, tidak terlibat dalam pemukulan pedagang."},
            {"id", "Kepala Dinas Pasar Hendra Gunawan mengatakan Joko, mendorong gerobak sayur, lalu terjatuh di los ikan."},
    };

    @Test
    void aClauseOrAnAppositionSayingWhoTheSubjectIsIsNoKey() {
        List<ArticleStatements> articles = Extract.articles(MARKET);

        for (int article : new int[]{0, 4}) {
            assertThat(SynonymsTest.keys(articles, article))
                    .as("\"yang adalah anggota …,\" and \", anggota …,\" left out (article %d)", article)
                    .doesNotContain("anggota", "satgas", "sukamaju")
                    .contains("libat", "dagang");
        }
        assertThat(SynonymsTest.keys(articles, 2)).as("English \"who is a member of …,\" too").doesNotContain("member", "guard");
    }

    @Test
    void aClauseOfAnotherVerbOrClosingTheClaimStays() {
        List<ArticleStatements> articles = Extract.articles(MARKET);

        assertThat(SynonymsTest.keys(articles, 1)).as("\"yang memukul pedagang sayur\" picks out the one who did it").contains("sayur");
        assertThat(SynonymsTest.keys(articles, 3)).as("a clause with nothing after it is the claim").contains("anggota");
        assertThat(SynonymsTest.keys(articles, 5)).as("\", mendorong gerobak sayur,\" is what Joko did").contains("sayur");
    }
}
