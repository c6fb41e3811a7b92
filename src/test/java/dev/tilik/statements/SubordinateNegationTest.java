package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The folder's relative stance reads a negation only in the claim's own clause, as the classifier does
 * ({@link NegationScope#inOwnClause}), on copy the team wrote in the style of a hospital's power cut (a kind
 * of story none of the development sets is): "operasi tertunda karena tidak ada genset cadangan" says why the
 * operations were put off, a cause asserted, though two others say the hospital has a standby generator;
 * "tidak ada genset cadangan" on its own denies them.
 */
class SubordinateNegationTest {

    private static final String[][] HOSPITAL = {
            {"id", "Direktur RSUD Sukamaju, Hendra Wijaya, mengatakan rumah sakit memiliki genset cadangan untuk ruang operasi."},
            {"id", "Kepala Bagian Umum RSUD Sukamaju, Rina Marlina, mengatakan genset cadangan ruang operasi rumah sakit "
                    + "selalu siap dipakai."},
            {"id", "Anggota DPRD Sukamaju, Budi Santoso, mengatakan operasi tertunda karena tidak ada genset cadangan "
                    + "di ruang operasi rumah sakit."},
            {"id", "Perawat senior, Sri Lestari, mengatakan tidak ada genset cadangan di ruang operasi rumah sakit."},
    };

    private static final String[][] UNTIL_NOW = {
            {"id", "Kepala ruang operasi, Anton Prasetyo, mengatakan hingga saat ini tidak ada genset cadangan di ruang "
                    + "operasi rumah sakit, termasuk ruang bersalin."},
    };

    private static Statement by(List<Statement> all, String speaker) {
        return all.stream().filter(s -> s.speaker().contains(speaker)).findFirst().orElseThrow();
    }

    @Test
    void aNegationInAClauseOfAnotherRankDeniesNothingThere() {
        List<Statement> all = Extract.folder(HOSPITAL);
        Statement director = by(all, "Hendra");
        Statement member = by(all, "Budi");
        Statement nurse = by(all, "Sri");

        assertThat(nurse.topic()).as("one proposition: the standby generator").isNotNull().isEqualTo(director.topic());
        assertThat(member.topic()).isEqualTo(director.topic());
        assertThat(nurse.stance()).as("tidak ada genset cadangan").isEqualTo(Stance.DENY);
        assertThat(member.stance()).as("… karena tidak ada genset cadangan").isEqualTo(Stance.ASSERT);
    }

    @Test
    void theWordsAfterSuchANegationAreMarkedSubordinate() {
        List<ArticleStatements> articles = Extract.articles(HOSPITAL);
        var words = Extract.claimWords(articles);
        Statement member = articles.get(2).statements().get(0);
        Statement nurse = articles.get(3).statements().get(0);

        assertThat(words.apply(member).words(member, articles.get(2).document().text()))
                .filteredOn(w -> w.key().equals("genset")).isNotEmpty().allMatch(ClaimWords.Word::subordinate);
        assertThat(words.apply(nurse).words(nurse, articles.get(3).document().text()))
                .filteredOn(w -> w.key().equals("genset")).isNotEmpty().allMatch(w -> w.negated() && !w.subordinate());
    }

    @Test
    void aTimeAdverbialOpeningTheClaimOpensNoClause() {
        List<ArticleStatements> articles = Extract.articles(UNTIL_NOW);
        var words = Extract.claimWords(articles);
        Statement head = articles.get(0).statements().get(0);

        assertThat(words.apply(head).words(head, articles.get(0).document().text()))
                .as("hingga saat ini tidak ada genset …, termasuk …")
                .filteredOn(w -> w.key().equals("genset")).isNotEmpty().allMatch(w -> w.negated() && !w.subordinate());
    }
}
