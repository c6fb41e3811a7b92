package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Article;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.text.CharSpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new user's review: the article chooser on fifty articles showed file name, language, count and outlet only, so
 * picking "the Kompas piece of 13 January" meant guessing. Each article now has a second row with its date and
 * headline, at 80×24 and at 200×60; an article that gives neither says so.
 */
class ArticleChooserTest {

    private static Document doc(String file, String text, String headline, String source, LocalDate date) {
        CharSpan h = headline == null ? null : new CharSpan(text.indexOf(headline), text.indexOf(headline) + headline.length());
        Article a = new Article(file, text, "0".repeat(64), "UTF-8", List.of(), h, source, null, date, List.of());
        return new Document(a, new LanguageGuess("id", 0.99, 0.9), List.of());
    }

    @Test
    void aLabelGluedBeforeTheHeadlineIsNotShownAsItsWords() {
        String text = " date 2024-10-29 Pastikan Tidak Ada PHK di Sritex\n\nIsi.";
        int label = text.indexOf("date");
        int words = text.indexOf("Pastikan");
        Article a = new Article("001_okezone_id.txt", text, "0".repeat(64), "UTF-8", List.of(new CharSpan(label, words)),
                new CharSpan(label, text.indexOf('\n')), "Okezone", null, LocalDate.of(2024, 10, 29), List.of());
        Document d = new Document(a, new LanguageGuess("id", 0.99, 0.9), List.of());
        Analysis an = new Analysis("articles", "rules", List.of(new ArticleStatements(d, List.of(), List.of())), List.of(),
                List.of());
        Drive drive = new Drive(80, 24, ReviewSession.fresh(an));
        drive.press("a");
        assertThat(Drive.screen(drive.state)).contains("2024-10-29 \u00B7 Pastikan Tidak Ada PHK di Sritex")
                .doesNotContain("date 2024-10-29 Pastikan");
    }

    @Test
    void eachArticleShowsItsDateAndHeadlineUnderItsName() {
        Document kompas = doc("001_kompas_id.txt", "Kurator Tak Hadiri Mediasi Sritex\n\nIsi berita.",
                "Kurator Tak Hadiri Mediasi Sritex", "Kompas.com", LocalDate.of(2025, 1, 13));
        Document bare = doc("002_blog_id.txt", "isi tanpa judul", null, null, null);
        Analysis a = new Analysis("articles", "rules", List.of(new ArticleStatements(kompas, List.of(), List.of()),
                new ArticleStatements(bare, List.of(), List.of())), List.of(), List.of());
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            Drive d = new Drive(size[0], size[1], ReviewSession.fresh(a));
            d.press("a");
            assertThat(d.state.mode()).isEqualTo(Mode.PICK);
            String screen = Drive.screen(d.state);
            assertThat(screen).as("%dx%d", size[0], size[1]).contains("001_kompas_id.txt")
                    .contains("2025-01-13 \u00B7 Kurator Tak Hadiri Mediasi Sritex").contains("(no date or headline)");
            d.press("j", "Enter");
            assertThat(Panes.article(d.state, d.state.nav().focus()).map(ArticleStatements::fileName))
                    .as("j moves one article, not one row").contains("002_blog_id.txt");
        }
    }
}
