package dev.tilik.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar in tmux adds an article served by a real HTTP server on loopback (u, the URL,
 * Enter) while a verdict stands: the article lands in the folder, the reader analyses it in the
 * background without leaving the finding shown, the new article is searchable, and the note file
 * still holds the verdict.
 */
class AddUrlEndToEndIT {
    private static final String FILE = "harian-pelita-timur_as-3-000-tentara-korut-sudah-di-rusia.txt";

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
    }

    @Test
    void anArticleAddedByUrlFromTheReaderIsAnalysedWhileTheVerdictAndThePlaceStay() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        try (var samples = Files.list(Reader.articles())) {
            for (Path p : samples.toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        Path notes = tmp.resolve("notes.json");
        try (MockWebServer server = new MockWebServer();
             InputStream page = AddUrlEndToEndIT.class.getResourceAsStream("/web/korut-pasukan.html")) {
            String html = new String(page.readAllBytes(), StandardCharsets.UTF_8);
            server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8").body(html).build());
            server.start();
            String url = server.url("/internasional/2024/10/24/korut-rusia").toString();
            String command = "cd '" + tmp + "' && env TILIK_FETCH_DELAY=0 XDG_STATE_HOME='" + tmp.resolve("state")
                    + "' XDG_CONFIG_HOME='" + tmp.resolve("config") + "' java -jar '" + Reader.jar() + "' --notes '"
                    + notes + "' '" + folder + "'";
            try (Tmux t = Tmux.start(160, 40, command)) {
                t.waitFor("the first finding", s -> s.contains("deny vs conditional"), Duration.ofSeconds(60));
                t.confirm("HIGH \u00B7 confirmed");
                t.press("u");
                t.waitForText("Add an article by URL");
                t.type(url);
                t.press("Enter");
                String screen = t.waitFor("the article added", s -> s.contains("added " + FILE), Duration.ofSeconds(60));
                assertThat(screen).contains("HIGH \u00B7 confirmed", "deny vs conditional").doesNotContain("not added");
                assertThat(folder.resolve(FILE)).content(StandardCharsets.UTF_8)
                        .startsWith("title: AS: 3.000 Tentara Korut Sudah di Rusia\nsource: Harian Pelita Timur\nurl: " + url)
                        .contains("date: 2024-10-24\n", "sekitar 3.000 tentara").doesNotContain("IKLAN", "Berita Terkait");
                t.press("/");
                t.type("3.000 tentara");
                t.press("Enter");
                // the headline is an attribution ("AS: …" with the body quoting AS), so a stance marker may
                // stand after "AS:": wait for the headline's claim
                t.waitFor("the new article found by search", s -> s.contains("3.000 Tentara Korut Sudah di Rusia"),
                        Tmux.DEFAULT_WAIT);
                t.press("q");
                assertThat(t.waitForExit(Tmux.DEFAULT_WAIT)).isZero();
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
        JsonNode root = new ObjectMapper().readTree(notes.toFile());
        assertThat(root.path("findings").findValuesAsText("verdict")).containsExactly("confirmed");
        assertThat(root.toString()).contains(FILE);
    }
}
