package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.rules.RulesLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Saved pages written in the styles of Indonesian and English news sites. */
class HtmlFormatTest {
    private static final Path PAGES = Path.of("src/test/resources/dev/tilik/ingest/pages");
    private static ArticleParser parser;

    @BeforeAll
    static void rules() throws Exception {
        parser = new ArticleParser(RulesLoader.load(Path.of("rules")));
    }

    private static Article read(String name) throws Exception {
        ArticleFormat.Parsed p = Formats.forName(name).orElseThrow().parse(name, Files.readAllBytes(PAGES.resolve(name)), parser);
        assertThat(p.articles()).hasSize(1);
        return p.articles().get(0);
    }

    @Test
    void jsonLdWinsOverOpenGraphAndTheBodyLosesItsFurniture() throws Exception {
        Article a = read("id-jsonld.html");
        assertThat(a.text()).isEqualTo("""
                title: Korut Bantah Kirim Tentara ke Rusia
                source: Kabar Nusantara
                url: https://www.kabarnusantara.example/internasional/korut-bantah-kirim-tentara
                date: 2024-10-22
                lang: id
                author: Siti Rahma

                Korea Utara membantah laporan bahwa pihaknya mengirimkan tentara ke Rusia.
                "Itu rumor yang tidak berdasar," kata perwakilan Korut di PBB, Selasa (22/10/2024).
                Badan intelijen Korsel menyebut sekitar 1.500 tentara sudah berada di Rusia.
                """);
        assertThat(a.headlineSpan().orElseThrow().coveredText(a.text())).isEqualTo("Korut Bantah Kirim Tentara ke Rusia");
        assertThat(a.source()).isEqualTo("Kabar Nusantara");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 10, 22));
        assertThat(a.url()).contains("https://www.kabarnusantara.example/internasional/korut-bantah-kirim-tentara");
        assertThat(a.sha256()).isEqualTo(FolderLoader.sha256(Files.readAllBytes(PAGES.resolve("id-jsonld.html"))));
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void openGraphAndMetaWithoutJsonLdAndNoCaptionsCommentsOrMenus() throws Exception {
        Article a = read("en-opengraph.html");
        assertThat(a.text()).startsWith("""
                title: Seoul says North Korean troops are already in Russia
                source: The Daily Ledger
                url: https://ledger.example/world/2024/oct/18/seoul-troops-russia
                date: 2024-10-18
                lang: en
                author: Jane Doe

                South Korea's spy agency said""");
        assertThat(a.text()).contains("\"We are watching closely,\" a spokesman said.\nMoscow has not commented on the report.\n")
                .doesNotContain("cookies", "Sport", "Photo: Reuters", "Reader42", "Comments", "Ten things", "Most viewed");
    }

    @Test
    void utf8WithoutACharsetMetaIsReadAsUtf8() throws Exception {
        Article a = read("id-utf8-nometa.html");
        assertThat(a.encoding()).isEqualTo("UTF-8");
        assertThat(a.warnings()).isEmpty();
        assertThat(a.text()).startsWith("title: Gempa Guncang Cianjur\n\nGempa bermagnitudo 5,6")
                .contains("Senin siang — warga panik.");
    }

    @Test
    void windows1252WithoutAMetaFallsBackAndSaysSo() throws Exception {
        Article a = read("en-windows1252.html");
        assertThat(a.encoding()).isEqualTo("windows-1252");
        assertThat(a.warnings()).singleElement().asString().contains("windows-1252");
        assertThat(a.text()).contains("title: Café Owner Disputes Figures", "The café owner said “nobody was hurt” in the blaze");
    }

    @Test
    void aDeclaredLatin1IsReadAsWindows1252WithoutAWarning() throws Exception {
        Article a = read("declared-latin1.html");
        assertThat(a.warnings()).isEmpty();
        assertThat(a.text()).contains("Le café est fermé depuis lundi");
    }

    @Test
    void anotherDeclaredCharsetIsReadAsDeclared() throws Exception {
        byte[] page = "<meta charset=windows-1250><p>Pražský soud řekl, že škoda činí 1,5 milionu.</p>"
                .getBytes(java.nio.charset.Charset.forName("windows-1250"));
        Article a = new HtmlFormat().parse("cz.html", page, parser).articles().get(0);
        assertThat(a.encoding()).isEqualTo("windows-1250");
        assertThat(a.warnings()).isEmpty();
        assertThat(a.text()).isEqualTo("Pražský soud řekl, že škoda činí 1,5 milionu.\n");
    }

    @Test
    void textSetWithLineBreaksInsteadOfParagraphsStillLoads() throws Exception {
        byte[] page = ("<title>Banjir Lahar</title><body><div class=menu>Beranda | Berita</div>"
                + "<div class=isi>PADANG - Banjir lahar dingin melanda Agam.<br><br>Warga mengungsi ke masjid."
                + "<span class=iklan>IKLAN</span><br>BPBD mencatat 12 korban.</div></body>").getBytes(StandardCharsets.UTF_8);
        Article a = new HtmlFormat().parse("lahar.html", page, parser).articles().get(0);
        assertThat(a.text()).isEqualTo("title: Banjir Lahar\n\nPADANG - Banjir lahar dingin melanda Agam.\n"
                + "Warga mengungsi ke masjid.\nBPBD mencatat 12 korban.\n");
    }

    @Test
    void aPageWithoutArticleTextIsAProblemNotAnArticle() {
        byte[] page = "<html><body><nav><a href=/>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new HtmlFormat().parse("empty.html", page, parser))
                .isInstanceOf(UndecodableException.class).hasMessage("no article text found in this page; skipped");
    }
}
