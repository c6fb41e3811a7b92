package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON, JSON Lines and Markdown articles, and a folder mixing every format. */
class FeedAndMarkdownFormatTest {
    private static Rules rules;

    @BeforeAll
    static void rules() throws Exception {
        rules = RulesLoader.load(Path.of("rules"));
    }

    private static LoadedFolder load(Path dir) {
        return FolderLoader.load(dir, rules, Progress.NONE);
    }

    @Test
    void jsonLinesWithOneBadObjectLoadsTheOthersAndLocatesTheBadOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"title\":\"Korut Bantah\",\"source\":\"Kabar\",\"url\":\"https://k.example/1\",\"date\":\"2024-10-22\",\"lang\":\"id\",\"text\":\"Korut membantah laporan itu.\\nParagraf kedua.\"}",
                "",
                "{\"title\": \"broken\", \"text\": ",
                "{\"title\":\"Tanpa isi\"}",
                "{\"title\":42,\"text\":\"angka sebagai judul\"}",
                "[1, 2]",
                "{\"text\":\"Hanya isi, tanpa kepala.\",\"extra\":{\"ignored\":true}}"), StandardCharsets.UTF_8);
        LoadedFolder f = load(dir);
        assertThat(f.articles()).extracting(Article::fileName).containsExactly("feed.jsonl[1]", "feed.jsonl[6]");
        Article first = f.articles().get(0);
        assertThat(first.text()).isEqualTo("title: Korut Bantah\nsource: Kabar\nurl: https://k.example/1\n"
                + "date: 2024-10-22\nlang: id\n\nKorut membantah laporan itu.\nParagraf kedua.");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 10, 22));
        assertThat(first.url()).contains("https://k.example/1");
        assertThat(first.title()).contains("Korut Bantah");
        assertThat(f.articles().get(1).text()).isEqualTo("Hanya isi, tanpa kepala.");
        assertThat(f.problems()).extracting(Problem::where)
                .containsExactly("feed.jsonl:3:29", "feed.jsonl:4", "feed.jsonl:5", "feed.jsonl:6");
        assertThat(f.problems()).extracting(Problem::message).containsExactly(
                "article 2: not JSON: Unexpected end-of-input within/between Object entries",
                "article 3: no \"text\"; skipped",
                "article 4: \"title\" should be a string, found a number; skipped",
                "article 5: expected an object with \"text\", found a list; skipped");
    }

    @Test
    void aJsonArrayLoadsEachObjectAndABadOneIsLocated(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("export.json"), """
                [
                  {"title": "Seoul says troops are in Russia", "lang": "en", "text": "Seoul said on Friday that troops had left."},
                  "not an article",
                  {"title": "Second", "date": "October 18, 2024", "text": "Moscow did not comment."}
                ]
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("one.json"), "{\"text\": \"A single object is one article.\"}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rules-like.json"), "{\"version\": 1} trailing", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("scalar.json"), "42", StandardCharsets.UTF_8);
        LoadedFolder f = load(dir);
        assertThat(f.articles()).extracting(Article::fileName).containsExactly("export.json[1]", "export.json[3]", "one.json[1]");
        assertThat(f.articles().get(1).published()).isEqualTo(LocalDate.of(2024, 10, 18));
        assertThat(f.problems()).extracting(Problem::toString).containsExactly(
                "export.json:3:3: article 2: expected an object with \"text\", found a string; skipped",
                "rules-like.json:1:1: article 1: no \"text\"; skipped",
                "rules-like.json:1:24: not JSON: Unrecognized token 'trailing': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "scalar.json:1:1: expected an article object or a list of them, found a number");
    }

    @Test
    void markdownFrontMatterAndTitleBecomeTheHeaderBlock(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("berita.md"), """
                ---
                title: "Banjir Rendam Ribuan Rumah"
                source: Kabar Nusantara
                date: 2024-11-02
                lang: id
                ---
                # A heading that is not the title, because the front matter has one

                BPBD mencatat **2.300 rumah** terendam
                di tiga kecamatan, menurut [data resmi](https://bpbd.example/data).

                ![peta banjir](peta.png)
                <!-- catatan redaksi:
                jangan dimuat -->
                - Warga mengungsi ke masjid.
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("plain.md"), "# Gempa di Cianjur\n\nGempa terjadi pada Senin.\n", StandardCharsets.UTF_8);
        LoadedFolder f = load(dir);
        assertThat(f.problems()).isEmpty();
        assertThat(f.articles().get(0).text()).isEqualTo("""
                title: Banjir Rendam Ribuan Rumah
                source: Kabar Nusantara
                date: 2024-11-02
                lang: id

                A heading that is not the title, because the front matter has one
                BPBD mencatat 2.300 rumah terendam di tiga kecamatan, menurut data resmi.
                - Warga mengungsi ke masjid.
                """);
        assertThat(f.articles().get(1).text()).isEqualTo("title: Gempa di Cianjur\n\nGempa terjadi pada Senin.\n");
        assertThat(f.articles().get(1).title()).contains("Gempa di Cianjur");
    }

    @Test
    void aFolderMixingEveryFormatLoadsThemAllInNameOrder(@TempDir Path dir) throws Exception {
        Path pages = Path.of("src/test/resources/dev/tilik/ingest/pages");
        Files.copy(pages.resolve("id-jsonld.html"), dir.resolve("b-page.HTML"));
        Files.copy(pages.resolve("en-opengraph.html"), dir.resolve("c-page.htm"));
        Files.copy(Path.of("articles/000_e66589b7fd0713d1.txt"), dir.resolve("a.txt"));
        Files.writeString(dir.resolve("d.md"), "# Judul\n\nIsi berita.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("e.json"), "[{\"text\":\"Isi satu.\"}]", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("f.jsonl"), "{\"text\":\"Isi dua.\"}\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("g.html"), new byte[] {'<', 'p', '>', 0, 'x'});
        LoadedFolder f = FolderLoader.load(dir, rules, Progress.NONE);
        assertThat(f.articles()).extracting(Article::fileName)
                .containsExactly("a.txt", "b-page.HTML", "c-page.htm", "d.md", "e.json[1]", "f.jsonl[1]");
        assertThat(f.articles().get(0).text())
                .isEqualTo(Files.readString(Path.of("articles/000_e66589b7fd0713d1.txt"), StandardCharsets.UTF_8));
        assertThat(f.problems()).extracting(Problem::toString).containsExactly("g.html: binary, skipped (NUL byte at offset 3)");
    }

    @Test
    void aSyntaxErrorStopsAJsonFileWhereItIsAndDuplicateKeysAreRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cut.json"), "[\n {\"text\": \"Sebelum rusak.\"},\n {\"text\": \"x\",, }\n]", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("dup.jsonl"), "{\"text\": \"a\", \"text\": \"b\"}\n", StandardCharsets.UTF_8);
        LoadedFolder f = load(dir);
        assertThat(f.articles()).extracting(Article::fileName).containsExactly("cut.json[1]");
        assertThat(f.problems()).extracting(Problem::where).containsExactly("cut.json:3:15", "dup.jsonl:1:21");
        assertThat(f.problems().get(1).message()).startsWith("article 1: not JSON: Duplicate field 'text'");
    }

    @Test
    void everyFormatKeepsTheSizeCapAndTheFolderBoundary(@TempDir Path dir, @TempDir Path outside) throws Exception {
        Files.writeString(dir.resolve("big.html"), "<p>" + "x".repeat(200) + "</p>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("big.jsonl"), "{\"text\": \"" + "y".repeat(200) + "\"}", StandardCharsets.UTF_8);
        Files.writeString(outside.resolve("secret.md"), "# Rahasia\n\nIsi.\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("link.md"), outside.resolve("secret.md"));
        LoadedFolder f = FolderLoader.load(dir, rules, Progress.NONE, 100);
        assertThat(f.articles()).isEmpty();
        assertThat(f.problems()).extracting(Problem::toString).containsExactly(
                "big.html: too large (207 bytes; the limit is 100); skipped",
                "big.jsonl: too large (212 bytes; the limit is 100); skipped",
                "link.md: points outside the articles folder (to " + outside.toRealPath().resolve("secret.md") + "); refused");
    }

    @Test
    void anEmptyFolderNamesEveryFormatItReads(@TempDir Path dir) {
        assertThat(load(dir).problems()).extracting(Problem::message)
                .containsExactly("no article files in this folder (.txt, .html, .htm, .md, .json, .jsonl)");
    }
}
