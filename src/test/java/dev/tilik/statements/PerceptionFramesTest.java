package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of perceiving right after a pronoun at a claim's head ("Saya melihat ada …", "dia melihat …", "we saw …")
 * frames what the speaker holds: it is no key of the claim, so two claims framed by seeing share nothing by it. An
 * invented story: a village water pipe said to leak.
 */
class PerceptionFramesTest {

    private static final String[][] PIPE = {
            {"id", "Kepala Desa Sari Wulandari mengatakan, \"Saya melihat ada kebocoran pipa di dekat balai desa.\""},
            {"id", "Ketua RT Hendra Gunawan mengatakan dia melihat pompa air sudah rusak sejak pekan lalu."},
            {"en", "Engineer Tom Hale said we saw no leak in the main pipe."},
            {"id", "Kepala Desa Sari Wulandari mengatakan warga melihat air keruh keluar dari keran."},
            {"id", "Kepala Desa Sari Wulandari mengatakan dia tidak melihat kebocoran pipa di dekat balai desa."},
            {"en", "Engineer Tom Hale said the leak was seen by residents near the main pipe."},
            {"id", "Ketua RT Hendra Gunawan mengatakan kita lihat dulu apakah pompa air akan diganti."},
    };

    @Test
    void aVerbOfSeeingRightAfterAPronounAtTheClaimsHeadIsNoKey() {
        List<ArticleStatements> articles = Extract.articles(PIPE);

        assertThat(SynonymsTest.keys(articles, 0)).as("\"Saya melihat ada …\"").doesNotContain("lihat").contains("bocor", "pipa");
        assertThat(SynonymsTest.keys(articles, 1)).as("\"dia melihat …\"").doesNotContain("lihat").contains("pompa");
        assertThat(SynonymsTest.keys(articles, 2)).as("English \"we saw …\"").doesNotContain("saw", "see", "lihat");
    }

    @Test
    void seeingThatIsTheClaimStaysAKey() {
        List<ArticleStatements> articles = Extract.articles(PIPE);

        assertThat(SynonymsTest.keys(articles, 3)).as("the residents saw it: a content word before the verb").contains("lihat");
        assertThat(SynonymsTest.keys(articles, 4)).as("\"dia tidak melihat …\": the negated verb is the predicate").contains("lihat");
        assertThat(SynonymsTest.keys(articles, 5)).as("English \"was seen by residents\"").isNotEmpty()
                .containsAnyOf("seen", "see", "lihat");
        assertThat(SynonymsTest.keys(articles, 6)).as("the bare \"kita lihat dulu\" is not listed").contains("lihat", "pompa");
    }
}
