package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.analysis.Analysis;
import dev.tilik.json.StrictJson;
import dev.tilik.review.ComparedStatement;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note file's compared statements carry their article's address, and read back with it. */
class NoteUrlTest {
    @TempDir
    Path dir;

    @Test
    void comparedStatementsCarryTheUrlOfTheirArticleWhenItHasOne() throws Exception {
        Analysis a = ReviewFixtures.analysis();
        ReviewSession s = ReviewSession.fresh(a).withVerdict(a.finding(DENY_VS_CONDITIONAL).orElseThrow(),
                Verdict.CONFIRMED, Instant.parse("2024-10-25T08:30:00Z"));
        Path file = dir.resolve("tilik-notes.json");
        assertThat(NoteStore.open(file).save(s).ok()).isTrue();
        JsonNode statements = StrictJson.mapper().readTree(file.toFile()).at("/findings/0/statements");
        assertThat(statements.get(0).get("file").asText()).isEqualTo("001_detik.txt");
        assertThat(statements.get(0).get("url").asText()).isEqualTo(ReviewFixtures.DETIK_URL);
        assertThat(statements.get(1).has("url")).isFalse(); // 002_suara.txt names no address

        ReviewSession back = NoteStore.open(file).restore(a);
        assertThat(back.review(DENY_VS_CONDITIONAL).orElseThrow().compared()).extracting(ComparedStatement::url)
                .containsExactly(ReviewFixtures.DETIK_URL, null);
    }
}
