package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim no proposition took that states the proposition's two-word term, on copy the team wrote in the style of a
 * drought and a water company's denial (a kind of story none of the development sets is): "… berjalan ke sungai
 * karena air bersih habis" takes the proposition whose members write "air bersih" side by side; the term in a defining
 * relative clause ("warga yang kesulitan air bersih mendapat bantuan beras") is no claim of it, one set off by a comma
 * is ("…, yang menyebabkan warga kekurangan air bersih").
 */
class WrittenTermsTest {

    private static final String HEAD = "Kepala Desa Cibening, Hendra Wijaya, mengatakan ";

    private static List<String> pairs(String sentence) {
        List<ArticleStatements> articles = Extract.articles(new String[]{"id", HEAD + sentence});
        Statement s = articles.get(0).statements().get(0);
        return Extract.claimWords(articles).apply(s).termPairs(s, articles.get(0).document().text());
    }

    @Test
    void aClaimWritesItsTermsSideBySideOutsideADefiningRelativeClause() {
        assertThat(pairs("warga berjalan ke sungai karena air bersih habis sejak pekan lalu."))
                .contains("air bersih");
        assertThat(pairs("warga yang kesulitan air bersih mendapat bantuan beras dari kecamatan."))
                .as("a defining relative clause picks out the people").doesNotContain("air bersih");
        assertThat(pairs("pompa desa rusak sejak Senin, yang menyebabkan warga kekurangan air bersih."))
                .as("a relative clause set off by a comma says something of its own").contains("air bersih");
        assertThat(pairs("air di sungai itu bersih."))
                .as("the two words apart").doesNotContain("air bersih");
    }

    /** Statements, each with its content words: a claim writing "air bersih" in lower case, side by side, none negated. */
    private record Folder(List<Statement> all, List<List<ClaimWords.Word>> words, List<List<String>> pairs) {
        void add(Stance stance, List<String> written, String... keys) {
            Statement s = Extract.one("id", HEAD + "pasokan air bersih terputus.");
            all.add(s.withStance(stance, StanceBasis.CUE));
            List<ClaimWords.Word> w = new ArrayList<>();
            for (String k : keys) {
                w.add(new ClaimWords.Word(k, k, false));
            }
            words.add(w);
            pairs.add(written);
        }

        PropositionGroup group(int... members) {
            return PropositionGroups.of(words, members);
        }
    }

    private static Folder folder() {
        Folder f = new Folder(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        f.add(Stance.DENY, List.of("pasok air", "air bersih"), "pasok", "air", "bersih", "putus");
        f.add(Stance.ASSERT, List.of("pasok air", "air bersih"), "pasok", "air", "bersih", "kirim");
        f.add(Stance.ASSERT, List.of("air bersih"), "warga", "jalan", "sungai", "pagi", "air", "bersih", "habis");
        f.add(Stance.DENY, List.of("air bersih"), "warga", "air", "bersih", "habis");
        f.add(Stance.ASSERT, List.of("bersih air"), "warga", "bersih", "air");
        return f;
    }

    @Test
    void anAssertionLeftAloneThatStatesTheTermTakesTheProposition() {
        Folder f = folder();
        PropositionGroup water = f.group(0, 1);
        PropositionGroup[] groupOf = {water, water, null, null, null};

        WrittenTerms.place(f.all(), f.words(), groupOf, f.pairs()::get);

        assertThat(groupOf[2]).as("the long claim stating 'air bersih'").isSameAs(water);
        assertThat(groupOf[3]).as("a denial is DeniedObjects' to place").isNull();
        assertThat(groupOf[4]).as("the words in the other order").isNull();
        assertThat(water.members).as("no member added: the proposition is unchanged").containsExactly(0, 1);
    }

    @Test
    void aTermTwoPropositionsHoldOrOneMemberWritesIsNoTerm() {
        Folder f = folder();
        PropositionGroup[] groupOf = {f.group(0, 1), null, null, null, null};
        groupOf[1] = f.group(1, 0);
        WrittenTerms.place(f.all(), f.words(), groupOf, f.pairs()::get);
        assertThat(groupOf[2]).as("two propositions with one term: neither's").isNull();

        Folder g = folder();
        g.pairs().set(1, List.of("pasok air"));
        PropositionGroup water = g.group(0, 1);
        PropositionGroup[] one = {water, water, null, null, null};
        WrittenTerms.place(g.all(), g.words(), one, g.pairs()::get);
        assertThat(one[2]).as("one member writing it side by side is no term").isNull();
    }
}
