package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answer to an accusation, on copy the team wrote about a town's water reservoir after a storm (no development
 * set's kind of story): the water office's "kondisi tanggul normal" answers a councillor who questioned the levee in
 * the same article, a denial; the same words in an article where nobody presses them, or after a request, stay an
 * assertion.
 */
class AnsweredAccusationsTest {

    private static final String[] HEARING = {"id",
            "Anggota DPRD Kota Sukamaju, Rudi Hartanto, mempertanyakan kondisi tanggul waduk Cipanas setelah hujan deras "
                    + "pekan lalu. Kepala Dinas Sumber Daya Air Kota Sukamaju, Lina Marlina, mengatakan kondisi tanggul "
                    + "waduk Cipanas normal setelah pemeriksaan."};

    private static final String[] UNASKED = {"id",
            "Kepala Dinas Sumber Daya Air Kota Sukamaju, Lina Marlina, mengatakan kondisi tanggul waduk Cipanas normal "
                    + "setelah pemeriksaan. Petugas juga membersihkan saluran air di sekitar waduk itu."};

    private static final String[] FAULT = {"id",
            "Ketua kelompok tani, Darto Sumarno, mengatakan tanggul waduk Cipanas rusak setelah hujan deras. Kepala "
                    + "Dinas Sumber Daya Air Kota Sukamaju, Lina Marlina, mengatakan tanggul waduk Cipanas aman dan "
                    + "terkendali."};

    private static Statement by(List<Statement> all, String file, String speaker) {
        return all.stream().filter(s -> s.fileName().startsWith(file) && s.speaker().contains(speaker))
                .findFirst().orElseThrow();
    }

    @Test
    void aGoodSideClaimAnsweringAQuestionOfItsArticleDenies() {
        List<Statement> all = Extract.folder(HEARING);
        Statement office = by(all, "0_", "Lina");

        assertThat(by(all, "0_", "Rudi").stance()).isEqualTo(Stance.OTHER);
        assertThat(office.stance()).as("kondisi tanggul normal, after the levee was questioned").isEqualTo(Stance.DENY);
        assertThat(office.basis()).isEqualTo(StanceBasis.OPPOSITE);
    }

    @Test
    void aFaultStatedIsLeftToItsProposition() {
        // Read on the article's statements as extracted, before any proposition joins them: "rusak" is no question or
        // charge by a cue, so the article alone turns nothing (OppositeSides reads the two within their proposition).
        List<ArticleStatements> articles = Extract.articles(FAULT);
        var languageOf = Extract.claimWords(articles);
        List<Statement> all = articles.get(0).statements();
        String text = articles.get(0).document().text();
        List<List<ClaimWords.Word>> words = all.stream().map(s -> languageOf.apply(s).words(s, text)).toList();

        assertThat(AnsweredAccusations.apply(all, words, i -> languageOf.apply(all.get(i)))).isEmpty();
        assertThat(AnsweredAccusations.apply(Extract.articles(HEARING).get(0).statements(), wordsOf(HEARING),
                i -> languageOf.apply(all.get(0)))).as("the question by its cue presses").hasSize(1);
    }

    private static List<List<ClaimWords.Word>> wordsOf(String[] article) {
        List<ArticleStatements> articles = Extract.articles(article);
        var languageOf = Extract.claimWords(articles);
        String text = articles.get(0).document().text();
        return articles.get(0).statements().stream().map(s -> languageOf.apply(s).words(s, text)).toList();
    }

    @Test
    void theSameWordsUnaskedStayAnAssertion() {
        List<Statement> all = Extract.folder(UNASKED);

        assertThat(by(all, "0_", "Lina").stance()).as("nobody pressed the levee").isEqualTo(Stance.ASSERT);
    }

    @Test
    void anAnswerWhoseWordsAnotherArticleSaysUnaskedStaysAnAssertion() {
        List<Statement> all = Extract.folder(HEARING, UNASKED);
        Statement answer = by(all, "0_", "Lina");
        Statement unasked = by(all, "1_", "Lina");

        assertThat(unasked.topic()).as("one proposition").isNotNull().isEqualTo(answer.topic());
        assertThat(answer.stance()).as("the good side is what the proposition claims").isEqualTo(Stance.ASSERT);
    }

    @Test
    void anAppealPressesNothing() {
        List<Statement> all = Extract.folder(new String[] {"id",
                "Anggota DPRD Kota Sukamaju, Rudi Hartanto, meminta petugas memeriksa kondisi tanggul waduk Cipanas setelah "
                        + "hujan deras. Kepala Dinas Sumber Daya Air Kota Sukamaju, Lina Marlina, mengatakan kondisi tanggul "
                        + "waduk Cipanas normal setelah pemeriksaan."});

        assertThat(by(all, "0_", "Lina").stance()).as("a request is no question of the levee").isEqualTo(Stance.ASSERT);
    }
}
