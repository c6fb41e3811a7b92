package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StanceBasis;
import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/**
 * A voice is its statement's place, its article's file and the statement's id, and hashes by the id alone, which names
 * the file: the caches keyed by voice never go through the article for it. An invented story: a ferry pier closed.
 */
class VoiceHashTest {
    private static ArticleStatements article(String file) {
        return ArticleFixture.article(file, "Kepala KSOP Rina Wati mengatakan dermaga ditutup.").language("id")
                .published(LocalDate.of(2025, 3, 4))
                .say("dermaga ditutup", "Kepala KSOP Rina Wati", "KSOP", Stance.ASSERT, "dermaga").basis(StanceBasis.CUE).done()
                .build();
    }

    @Test
    void aVoiceHashesByItsStatementsIdAndEqualsTheVoiceOfTheSamePlace() {
        ArticleStatements a = article("a.txt");
        ArticleStatements again = article("a.txt");
        Voice v = Voice.of(a.statements().get(0), a, "dermaga", "KSOP", false, new HashMap<>());
        Voice same = Voice.of(again.statements().get(0), again, "dermaga", "KSOP", false, new HashMap<>());
        Voice other = Voice.of(article("b.txt").statements().get(0), article("b.txt"), "dermaga", "KSOP", false, new HashMap<>());

        assertThat(v.hashCode()).isEqualTo(v.statement().id().hashCode());
        assertThat(same).isEqualTo(v).hasSameHashCodeAs(v);
        assertThat(other).isNotEqualTo(v);
    }
}
