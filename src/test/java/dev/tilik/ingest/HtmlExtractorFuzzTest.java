package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tilik.rules.RulesLoader;
import java.nio.file.Path;

/**
 * Any bytes named {@code page.html} give one article whose text is a header block and body, or an
 * {@link UndecodableException}; nothing else may come out (no RuntimeException from jsoup, the
 * JSON-LD reader or the date parser). Replays the seeds under {@code mvn test}; fuzzes with
 * {@code JAZZER_FUZZ=1}.
 */
class HtmlExtractorFuzzTest {
    // Seeds: src/test/resources/dev/tilik/ingest/HtmlExtractorFuzzTestInputs/<method>/
    private static ArticleParser parser;

    @FuzzTest(maxDuration = "30s")
    void anyPageGivesAnArticleOrAProblem(byte[] bytes) throws Exception {
        if (parser == null) {
            parser = new ArticleParser(RulesLoader.load(Path.of("rules")));
        }
        try {
            ArticleFormat.Parsed parsed = new HtmlFormat().parse("page.html", bytes, parser);
            assertThat(parsed.articles()).hasSize(1);
            Article a = parsed.articles().get(0);
            assertThat(a.text()).isNotBlank().doesNotContain("\r");
            assertThat(HeaderBlock.parse(a.text()).region().end()).isLessThan(a.text().length());
        } catch (UndecodableException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /** The other structured formats under the same promise: articles and located problems, nothing else. */
    @FuzzTest(maxDuration = "30s")
    void anyFeedOrMarkdownGivesArticlesOrLocatedProblems(byte[] bytes) throws Exception {
        if (parser == null) {
            parser = new ArticleParser(RulesLoader.load(Path.of("rules")));
        }
        for (String name : new String[] {"feed.json", "feed.jsonl", "story.md"}) {
            try {
                ArticleFormat.Parsed parsed = Formats.forName(name).orElseThrow().parse(name, bytes, parser);
                parsed.articles().forEach(a -> assertThat(a.fileName()).startsWith(name));
                parsed.problems().forEach(p -> assertThat(p.where()).startsWith(name));
            } catch (UndecodableException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }
}
