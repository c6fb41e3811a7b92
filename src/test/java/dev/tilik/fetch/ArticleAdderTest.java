package dev.tilik.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.fetch.ArticleAdder.Outcome;
import dev.tilik.fetch.ArticleAdder.Result;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tilik add} against a real HTTP server on loopback: pages in the styles of news sites, and every way a fetch goes wrong. */
class ArticleAdderTest {
    /** No host delay; a read timeout long enough for a loaded machine (the timeout test sets its own short one). */
    static final FetchSettings FAST = FetchSettings.defaults("test").withReadTimeout(Duration.ofSeconds(10))
            .withConnectTimeout(Duration.ofSeconds(2)).withHostDelay(Duration.ZERO);
    private static Rules rules;

    @TempDir
    Path folder;
    NewsSite site;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = RulesLoader.bundled();
    }

    @BeforeEach
    void start() throws Exception {
        site = new NewsSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private List<Result> add(FetchSettings settings, String... urls) throws Exception {
        return new ArticleAdder(settings).add(List.of(urls), folder, rules, ArticleAdder.Listener.NONE);
    }

    private Result addOne(String url) throws Exception {
        return add(FAST, url).get(0);
    }

    private String file(Result r) throws Exception {
        assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.ADDED);
        return Files.readString(folder.resolve(r.fileName()));
    }

    @Test
    void indonesianPageWithJsonLdLandsWithItsHeaderAndWithoutTheSiteFurniture() throws Exception {
        site.page("/berita/kemlu", "berita-jsonld.html");
        Result r = addOne(site.url("/berita/kemlu"));
        String text = file(r);
        assertThat(r.fileName()).isEqualTo("kabar-nusantara_kemlu-bantah-kirim-pasukan-ke-perbatasan.txt");
        assertThat(text).startsWith("""
                title: Kemlu Bantah Kirim Pasukan ke Perbatasan
                source: Kabar Nusantara
                url: https://kabarnusantara.example/berita/2024/10/22/kemlu-bantah-kirim-pasukan
                date: 2024-10-22
                lang: id
                author: Rina Wulandari

                Jakarta - Kementerian Luar Negeri membantah""");
        assertThat(text).contains("\"Tidak benar ada pengiriman pasukan.", "120 petugas imigrasi",
                "3.000 tentara diberangkatkan");
        assertThat(text).doesNotContain("IKLAN", "Baca juga", "Advertisement", "Komentar", "Copyright",
                "Foto:", "Berita Terkait", "Beranda", "Banjir");
        assertThat(site.server.takeRequest().getHeaders().get("User-Agent")).startsWith("Tilik/test ");
    }

    @Test
    void englishPageWithOpenGraphOnlyLandsWithoutCookiesSidebarNewsletterShareOrComments() throws Exception {
        site.page("/world/ministry", "news-opengraph.html");
        Result r = addOne(site.url("/world/ministry"));
        String text = file(r);
        assertThat(r.fileName()).isEqualTo("the-daily-ledger_ministry-denies-sending-troops-to-border.txt");
        assertThat(text).contains("source: The Daily Ledger\n",
                "url: https://dailyledger.example/world/2024/oct/22/ministry-denies-troops\n", "date: 2024-10-22\n",
                "lang: en\n", "author: James Whitfield\n", "The foreign ministry on Tuesday denied",
                "3,000 soldiers were dispatched");
        assertThat(text).doesNotContain("cookies", "Most popular", "Sign up", "Share on", "Reader comment", "(c) 2024");
    }

    @Test
    void aTwoPageArticleIsFollowedAndJoinedInOrder() throws Exception {
        site.page("/hukum/hoaks-bansos", "multi-page1.html");
        site.page("/hukum/hoaks-bansos?page=2", "multi-page2.html");
        Result r = addOne(site.url("/hukum/hoaks-bansos"));
        String text = file(r);
        assertThat(text).contains("title: Polisi Tangkap Penyebar Hoaks Bansos\n", "source: Warta Kota Raya\n",
                "date: 2024-11-03\n");
        assertThat(text.indexOf("Polisi menangkap seorang pria")).isLessThan(text.indexOf("\"Pelaku kami amankan"));
        assertThat(text.indexOf("\"Pelaku kami amankan")).isLessThan(text.indexOf("Rp1,5 juta"));
        assertThat(text).contains("dua kartu SIM").doesNotContain("Halaman Selanjutnya", "Terpopuler", "(Halaman 2)");
        assertThat(r.warnings()).contains("2 pages joined");
        assertThat(site.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void windows1252FromTheHeaderOrFromMetaAndUtf8WithoutAnyCharsetAreDecoded() throws Exception {
        String page = "<html><head>%s<title>x</title></head><body><article><h1>Minister’s “denial” — café</h1>"
                + "<p>The minister’s office said the “report” was false — a café owner disagreed.</p></article></body></html>";
        Charset cp1252 = Charset.forName("windows-1252");
        site.route("/cp1252-header", req -> new MockResponse.Builder()
                .addHeader("Content-Type", "text/html; charset=windows-1252")
                .body(new Buffer().write(String.format(page, "").getBytes(cp1252))).build());
        site.route("/cp1252-meta", req -> new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body(new Buffer().write(String.format(page, "<meta charset=\"windows-1252\">").getBytes(cp1252))).build());
        site.route("/utf8-bare", req -> new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body(new Buffer().write(String.format(page, "").replace("Minister", "Menteri")
                        .getBytes(StandardCharsets.UTF_8))).build());
        List<Result> results = add(FAST, site.url("/cp1252-header"), site.url("/cp1252-meta"), site.url("/utf8-bare"));
        for (Result r : results) {
            assertThat(file(r)).contains("“report” was false — a café owner").doesNotContain("\uFFFD", "â€");
        }
        assertThat(file(results.get(2))).contains("title: Menteri’s “denial” — café");
        assertThat(results.get(0).fileName()).isNotEqualTo(results.get(1).fileName());
    }

    @Test
    void redirectsAreFollowedAndTheArticleKeepsItsCanonicalUrl() throws Exception {
        site.page("/berita/kemlu", "berita-jsonld.html");
        site.route("/short/k", req -> NewsSite.redirect(301, "/go/k"));
        site.route("/go/k", req -> NewsSite.redirect(302, site.url("/berita/kemlu")));
        Result r = addOne(site.url("/short/k"));
        assertThat(file(r)).contains("url: https://kabarnusantara.example/berita/2024/10/22/kemlu-bantah-kirim-pasukan\n");
    }

    @Test
    void aRedirectLoopIsNamedAndEndsWithoutEndlessRequests() throws Exception {
        site.route("/loop-a", req -> NewsSite.redirect(302, "/loop-b"));
        site.route("/loop-b", req -> NewsSite.redirect(302, "/loop-a"));
        Result r = addOne(site.url("/loop-a"));
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.message()).startsWith("redirect loop: back to " + site.url("/loop-a"));
        assertThat(site.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void tooManyRedirectsStop() throws Exception {
        for (int i = 0; i < 10; i++) {
            String next = "/hop" + (i + 1);
            site.route("/hop" + i, req -> NewsSite.redirect(302, next));
        }
        Result r = addOne(site.url("/hop0"));
        assertThat(r.message()).isEqualTo("more than 5 redirects");
        assertThat(site.server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void http404And500AreNamedWhileTheOtherUrlsStillLand() throws Exception {
        site.page("/berita/kemlu", "berita-jsonld.html");
        site.route("/gone", req -> new MockResponse.Builder().code(404).body("<p>Halaman tidak ditemukan</p>").build());
        site.route("/broken", req -> new MockResponse.Builder().code(500).body("oops").build());
        List<Result> results = add(FAST, site.url("/gone"), site.url("/berita/kemlu"), site.url("/broken"));
        assertThat(results).extracting(Result::outcome).containsExactly(Outcome.FAILED, Outcome.ADDED, Outcome.FAILED);
        assertThat(results.get(0).message()).isEqualTo("HTTP 404 Not Found");
        assertThat(results.get(2).message()).isEqualTo("HTTP 500 Internal Server Error");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()))
                .containsExactly("kabar-nusantara_kemlu-bantah-kirim-pasukan-ke-perbatasan.txt");
    }

    @Test
    void aServerSilentPastTheReadTimeoutIsAbandoned() throws Exception {
        site.route("/slow-headers", req -> new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS)
                .addHeader("Content-Type", "text/html").body("<p>late</p>").build());
        site.route("/slow-body", req -> new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body("<article><p>" + "a".repeat(4000) + "</p></article>").throttleBody(1024, 5, TimeUnit.SECONDS).build());
        FetchSettings quick = FAST.withReadTimeout(Duration.ofMillis(300));
        long start = System.nanoTime();
        List<Result> results = add(quick, site.url("/slow-headers"), site.url("/slow-body"));
        assertThat(results).extracting(Result::message).containsOnly(
                "timed out: " + site.server.getHostName() + " sent nothing for 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a50MegabyteBodyIsAbandonedAtTheCapWhetherOrNotItsLengthIsAnnounced() throws Exception {
        long size = 50L * 1024 * 1024;
        site.route("/huge", req -> new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body(NewsSite.huge(size, true)).build());
        site.route("/huge-unannounced", req -> new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body(NewsSite.huge(size, false)).build());
        FetchSettings capped = FAST.withMaxBytes(1024 * 1024);
        List<Result> results = add(capped, site.url("/huge"));
        assertThat(results.get(0).message()).isEqualTo("page larger than 1 MiB (50 MiB); not read");
        Result streamed = add(capped, site.url("/huge-unannounced")).get(0);
        assertThat(streamed.message()).isEqualTo("page larger than 1 MiB; not read");
    }

    @Test
    void aPageOfAnotherContentTypeIsRefusedUnread() throws Exception {
        site.route("/report.pdf", req -> new MockResponse.Builder().addHeader("Content-Type", "application/pdf")
                .body(NewsSite.huge(5L * 1024 * 1024, true)).build());
        Result r = addOne(site.url("/report.pdf"));
        assertThat(r.message()).isEqualTo("not a web page (content type application/pdf)");
    }

    @Test
    void aPageWithoutArticleTextIsNotAnArticle() throws Exception {
        site.route("/home", req -> NewsSite.html("<html><body><nav class=\"menu\"><a href=\"/\">Home</a></nav></body></html>"));
        assertThat(addOne(site.url("/home")).message()).isEqualTo("not an article: no article text found in the page");
    }

    /** A server's directory listing (a wrong address) was saved as an "article" holding one file name. */
    @Test
    void aDirectoryListingIsNotAnArticle() throws Exception {
        site.route("/", req -> NewsSite.html("<html><head><title>Directory listing for /</title></head><body>"
                + "<h1>Directory listing for /</h1><hr><ul><li><a href=\"berita1.html\">berita1.html</a></li>"
                + "<li><a href=\"foto/\">foto/</a></li></ul><hr></body></html>"));
        Result r = addOne(site.url("/"));
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.message()).startsWith("not an article: no line of running text");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(ArticleFetcher.isProse("Isi berita yang cukup panjang.")).isTrue();
        assertThat(ArticleFetcher.isProse("berita1.html foto/ 2024 \u00B7")).isFalse();
    }

    @Test
    void anUnknownHostIsADnsFailureAndABadAddressIsRefusedBeforeAnyRequest() throws Exception {
        List<Result> results = add(FAST, "http://no-such-host.invalid/berita", "ftp://example.org/x", "kompas dot com");
        assertThat(results.get(0).message()).isEqualTo("host not found (DNS): no-such-host.invalid");
        assertThat(results.get(1).message()).isEqualTo("not a web address (http or https): ftp://example.org/x");
        assertThat(results.get(2).message()).startsWith("not a web address");
    }

    @Test
    void anArticleAlreadyInTheFolderIsNotAddedTwice() throws Exception {
        site.page("/berita/kemlu", "berita-jsonld.html");
        site.route("/amp/kemlu", req -> NewsSite.redirect(301, "/berita/kemlu"));
        Result first = addOne(site.url("/berita/kemlu"));
        assertThat(first.outcome()).isEqualTo(Outcome.ADDED);
        int requests = site.server.getRequestCount();
        // The canonical URL is known without any request; another address of the same article after one.
        List<Result> again = add(FAST, "https://www.kabarnusantara.example/berita/2024/10/22/kemlu-bantah-kirim-pasukan/",
                site.url("/amp/kemlu"));
        assertThat(again).extracting(Result::outcome).containsOnly(Outcome.ALREADY_THERE);
        assertThat(again).extracting(Result::fileName).containsOnly(first.fileName());
        assertThat(site.server.getRequestCount()).isEqualTo(requests + 2);
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }

    /**
     * Adding into a read-only folder said "ro/articles/x.txt: /abs/ro/articles/.x.txt.tmp-11271-3juk0w3blixs3:
     * Read-only file system", cut in the middle by the reader's status line: the reason alone now.
     */
    @Test
    void aFailedWriteSaysWhyWithoutTheTemporaryFilesName() {
        Path temp = folder.resolve(".warta_x.txt.tmp-11271-3juk0w3blixs3");
        java.nio.file.FileSystemException readOnly = new java.nio.file.FileSystemException(temp.toString(), null,
                "Read-only file system");
        assertThat(ArticleAdder.reason(readOnly, folder)).isEqualTo("Read-only file system");
        assertThat(ArticleAdder.reason(readOnly, Path.of(folder.toString(), ".", "."))).isEqualTo("Read-only file system");
        assertThat(ArticleAdder.reason(new java.nio.file.AccessDeniedException(folder.resolve("x.txt").toString()), folder))
                .startsWith("permission denied");
    }
}
