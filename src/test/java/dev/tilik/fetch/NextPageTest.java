package dev.tilik.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class NextPageTest {
    private static URI next(String html, String at) {
        return NextPage.find(Jsoup.parse(html, at), URI.create(at));
    }

    @Test
    void relNextTextAndNumberedLinksOfTheSameArticleAreNextPages() {
        assertThat(next("<link rel=next href='/a/story?page=2'>", "https://x.example/a/story"))
                .hasToString("https://x.example/a/story?page=2");
        assertThat(next("<a href='/a/story/2'>Halaman selanjutnya</a>", "https://x.example/a/story"))
                .hasToString("https://x.example/a/story/2");
        assertThat(next("<a href='?page=3'>3</a><a href='?page=2'>2</a>", "https://x.example/a/story"))
                .hasToString("https://x.example/a/story?page=2");
        assertThat(next("<a href='/a/story?hal=3'>Next page</a>", "https://x.example/a/story?hal=2"))
                .hasToString("https://x.example/a/story?hal=3");
    }

    @Test
    void aNextArticleOrAnotherSiteOrThePageItselfIsNot() {
        assertThat(next("<a rel=next href='/b/other-story'>Next</a>", "https://x.example/a/story")).isNull();
        assertThat(next("<a href='https://y.example/a/story?page=2'>Next page</a>", "https://x.example/a/story")).isNull();
        assertThat(next("<a href='/a/story#top'>Next</a>", "https://x.example/a/story")).isNull();
        assertThat(next("<a href='/a/story?page=2'>Komentar</a>", "https://x.example/a/story?page=5")).isNull();
    }
}
