package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A conditional that points back, on copy the team wrote in the style of a border dispute at sea (a kind of story none
 * of the development sets is): a navy chief says the neighbour sent warships into the strait; in the same report the
 * neighbour's deputy minister answers "if there really is such a thing, it is lawful under the law of the sea". His
 * words name only the condition and the defence; the pass reads them as being about the claim told just before, where
 * a flat denial of the same thing meets them. A conditional that points back at nothing ("if found guilty, they will be
 * punished") stays where its own words put it.
 */
class ConditionalsBesideTest {
    private static final String CLAIM = "Kepala Staf Angkatan Laut Sukamaju, Laksamana Rudi Hartono, mengatakan negara "
            + "tetangga telah mengirimkan kapal perang ke Selat Nirwana.";
    private static final String POINTING = "\"Jika benar ada hal seperti yang diberitakan itu, tindakan tersebut sah "
            + "menurut hukum laut internasional,\" kata Wakil Menteri Luar Negeri Harapan, Budi Santoso.";
    private static final String OWN = "\"Jika terbukti bersalah, para nelayan asing akan dihukum berat sesuai undang-undang "
            + "perikanan,\" kata Wakil Menteri Luar Negeri Harapan, Budi Santoso.";

    private static List<Statement> statements(List<ArticleStatements> articles) {
        List<Statement> all = new ArrayList<>();
        articles.forEach(a -> all.addAll(a.statements()));
        return all;
    }

    /** The navy chief's claim in a proposition of two (as a folder with a second report of it leaves it); the rest in none. */
    private static PropositionGroup[] clustered(List<Statement> all) {
        PropositionGroup g = new PropositionGroup(null);
        PropositionGroup[] groupOf = new PropositionGroup[all.size()];
        int chief = RebuttalsBesideTest.index(all, "Rudi");
        Map<String, Double> v = new LinkedHashMap<>(Map.of("kirim", 1.0, "kapal", 1.0, "perang", 1.0));
        List<ClaimWords.Word> words = List.of(new ClaimWords.Word("kirim", "mengirimkan", false));
        g.add(chief, v, words);
        g.add(-1, v, words);
        groupOf[chief] = g;
        return groupOf;
    }

    private static PropositionGroup placedOfBudi(String text) {
        List<ArticleStatements> articles = Extract.articles(new String[] {"id", text});
        List<Statement> all = statements(articles);
        Function<Statement, ClaimWords.Language> lang = Extract.claimWords(articles);
        String body = articles.get(0).document().text();
        PropositionGroup[] groupOf = clustered(all);
        ConditionalsBeside.place(all, groupOf, i -> 0, i -> lang.apply(all.get(i)).pointsBack(all.get(i), body));
        return groupOf[RebuttalsBesideTest.index(all, "Budi")];
    }

    @Test
    void aConditionalPointingBackTakesThePropositionOfTheClaimToldBeforeIt() {
        List<Statement> all = statements(Extract.articles(new String[] {"id", CLAIM + "\n" + POINTING}));
        assertThat(all.get(RebuttalsBesideTest.index(all, "Budi")).stance()).isEqualTo(Stance.CONDITIONAL);

        PropositionGroup into = placedOfBudi(CLAIM + "\n" + POINTING);
        assertThat(into).as("the navy chief's proposition").isNotNull();
        assertThat(into.members).doesNotContain(RebuttalsBesideTest.index(all, "Budi"));
    }

    @Test
    void aConditionalPointingAtNothingOrToldFirstStaysApart() {
        List<Statement> all = statements(Extract.articles(new String[] {"id", CLAIM + "\n" + OWN}));
        assertThat(all.get(RebuttalsBesideTest.index(all, "Budi")).stance()).isEqualTo(Stance.CONDITIONAL);
        assertThat(placedOfBudi(CLAIM + "\n" + OWN)).as("its own matter: no word points back").isNull();
        assertThat(placedOfBudi(POINTING + "\n" + CLAIM)).as("nothing told before it").isNull();
    }
}
