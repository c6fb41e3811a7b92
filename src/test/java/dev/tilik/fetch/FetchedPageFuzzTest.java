package dev.tilik.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tilik.ingest.ExtractedArticle;
import dev.tilik.ingest.HtmlExtractor;
import dev.tilik.ingest.UndecodableException;
import dev.tilik.ingest.WebPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What {@code tilik add} does with a fetched page, under any bytes and any Content-Type charset
 * label (the input's first line): decoded or an {@link UndecodableException}, the next page
 * (same host) or none, the article extracted; never another exception. Replays the seeds under
 * {@code mvn test}; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class FetchedPageFuzzTest {
    // Seeds: src/test/resources/dev/tilik/fetch/FetchedPageFuzzTestInputs/<method>/
    private static final URI AT = URI.create("https://berita.example/read/2024/10/22/story");

    @FuzzTest(maxDuration = "30s")
    void anyFetchedPageGivesAnArticleANextPageOrAProblem(byte[] input) {
        int nl = 0;
        while (nl < input.length && nl < 64 && input[nl] != '\n') {
            nl++;
        }
        String label = new String(input, 0, nl, StandardCharsets.ISO_8859_1);
        byte[] body = Arrays.copyOfRange(input, Math.min(input.length, nl + 1), input.length);
        try {
            WebPage page = WebPage.parse(body, label, AT.toString());
            URI next = NextPage.find(page.document(), AT);
            if (next != null) {
                assertThat(next.getHost()).isEqualTo(AT.getHost());
                assertThat(next).isNotEqualTo(AT);
            }
            ExtractedArticle a = HtmlExtractor.extract(page.document());
            assertThat(a.text()).doesNotContain("\r");
        } catch (UndecodableException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
