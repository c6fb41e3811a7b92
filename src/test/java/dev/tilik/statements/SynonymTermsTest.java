package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A claim no proposition took that says what one proposition's members say in another word of the same meaning (rules
 * {@code synonyms}) joins that proposition, which stays as the clustering made it. Copy the team wrote for an invented
 * story (a dam guard's baton at a rally, a landslide on a quarry road), no development set's.
 */
class SynonymTermsTest {

    private static final String HEAD = "Kepala Dinas Rina Wulandari mengatakan ";

    private static Set<String> meanings(String sentence) {
        List<ArticleStatements> articles = Extract.articles(new String[]{"id", HEAD + sentence});
        Statement s = articles.get(0).statements().get(0);
        return Extract.claimWords(articles).apply(s).synonyms(s, articles.get(0).document().text());
    }

    @Test
    void aClaimWritesTheMeaningOfItsWordsOfOneMeaning() {
        assertThat(meanings("pukulan penjaga bendungan itu dianggap berlebihan."))
                .as("\"berlebihan\" means what \"eksesif\" does").containsExactly("eksesif");
        assertThat(meanings("penjaga bendungan melakukan tindakan eksesif."))
                .containsExactly("eksesif");
        assertThat(meanings("tidak ada korban jiwa dalam longsor di jalan tambang."))
                .as("two words side by side").containsExactly("tewas");
        assertThat(meanings("korban longsor kehilangan jiwa dan harta."))
                .as("the two words apart").isEmpty();
    }

    @Test
    void everyClaimsMeaningsAreReadInTheStatementsOrderWhicheverCoreReadsThem() {
        String[] claims = {"pukulan penjaga bendungan itu dianggap berlebihan.", "korban longsor kehilangan jiwa dan harta.",
            "tidak ada korban jiwa dalam longsor di jalan tambang.", "penjaga bendungan melakukan tindakan eksesif."};
        String[][] folder = new String[40][];
        for (int i = 0; i < folder.length; i++) {
            folder[i] = new String[]{"id", HEAD + claims[i % claims.length]};
        }
        List<ArticleStatements> articles = Extract.articles(folder);
        List<Statement> all = new java.util.ArrayList<>();
        List<ArticleStatements> of = new java.util.ArrayList<>();
        for (ArticleStatements a : articles) {
            for (Statement s : a.statements()) {
                all.add(s);
                of.add(a);
            }
        }
        java.util.function.Function<Statement, ClaimWords.Language> languageOf = Extract.claimWords(articles);

        List<Set<String>> read = Propositions.synonyms(all, of, languageOf);

        assertThat(all).hasSize(40);
        for (int i = 0; i < all.size(); i++) {
            assertThat(read.get(i)).as("statement %d", i)
                    .isEqualTo(languageOf.apply(all.get(i)).synonyms(all.get(i), of.get(i).document().text()));
        }
        assertThat(read.subList(0, 4)).containsExactly(Set.of("eksesif"), Set.of(), Set.of("tewas"), Set.of("eksesif"));
        assertThat(Propositions.synonyms(all, of, s -> null)).as("no claim words: no meanings").allMatch(Set::isEmpty);
    }

    /** A proposition of {@code members}, each holding one word of its own. */
    private static PropositionGroup group(int... members) {
        PropositionGroup g = new PropositionGroup(null);
        for (int m : members) {
            Map<String, Double> v = new LinkedHashMap<>();
            v.put("w" + m, 1.0);
            g.add(m, v, List.of(new ClaimWords.Word("w" + m, "w" + m, false)));
        }
        return g;
    }

    @Test
    void aClaimLeftAloneTakesTheOnePropositionWhoseMembersWriteItsMeaning() {
        PropositionGroup rally = group(0, 1, 2);
        PropositionGroup road = group(3, 4);
        PropositionGroup[] groupOf = {rally, rally, rally, road, road, null, group(6), null};
        List<Set<String>> meanings = List.of(Set.of("eksesif"), Set.of("eksesif"), Set.of(), Set.of("tewas"),
                Set.of(), Set.of("eksesif"), Set.of("eksesif"), Set.of("tewas"));

        SynonymTerms.place(meanings.size(), groupOf, meanings::get);

        assertThat(groupOf[5]).as("in no proposition, writes what two of the rally's members write").isSameAs(rally);
        assertThat(groupOf[6]).as("alone in a proposition of its own").isSameAs(rally);
        assertThat(groupOf[7]).as("one member of the road's writes it: no meaning of the road's").isNull();
        assertThat(rally.members).as("no member added: the proposition is unchanged").containsExactly(0, 1, 2);
    }

    @Test
    void aMeaningTwoPropositionsWriteIsNeithersAndAClaimOfTwoMeaningsTakesNeither() {
        PropositionGroup rally = group(0, 1);
        PropositionGroup road = group(2, 3);
        PropositionGroup[] groupOf = {rally, rally, road, road, null, null};
        List<Set<String>> meanings = List.of(Set.of("eksesif", "tewas"), Set.of("eksesif", "tewas"), Set.of("tewas"),
                Set.of("tewas"), Set.of("tewas"), Set.of("eksesif", "x"));
        SynonymTerms.place(meanings.size(), groupOf, meanings::get);
        assertThat(groupOf[4]).as("both propositions' members write it").isNull();
        assertThat(groupOf[5]).isSameAs(rally);

        PropositionGroup other = group(6, 7);
        PropositionGroup[] two = {rally, rally, other, other, null};
        List<Set<String>> written = List.of(Set.of("eksesif"), Set.of("eksesif"), Set.of("tewas"), Set.of("tewas"),
                Set.of("eksesif", "tewas"));
        SynonymTerms.place(written.size(), two, written::get);
        assertThat(two[4]).as("the meanings of two propositions").isNull();
    }
}
