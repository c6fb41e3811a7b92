package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Article;
import dev.tilik.ingest.HeaderBlock;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.text.Columns;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a new user saw wrong in the reader at 80 columns: a finding's verdict cut off, metadata dimmed as if disabled. */
class ReaderLooksTest {
    @Test
    void aFindingsTitleGivesUpItsTopicBeforeItsVerdict() {
        String number = "Finding 12/140";
        String about = "Pemerintah Provinsi Jawa Barat dan kerugian akibat banjir bandang · deny vs conditional";
        String verdict = "HIGH \u00B7 false alarm";
        for (int room = 40; room <= 120; room++) {
            String title = View.findingTitle(number, about, verdict, room);
            assertThat(Columns.width(title)).as("at %d", room).isLessThanOrEqualTo(Math.max(room,
                    Columns.width(number + " \u00B7 " + verdict)));
            assertThat(title).as("at %d", room).startsWith(number).endsWith(verdict);
        }
        assertThat(View.findingTitle(number, "troops \u00B7 numbers", verdict, 80))
                .isEqualTo(number + " \u00B7 troops \u00B7 numbers \u00B7 " + verdict);
    }

    @Test
    void theVerdictStaysInTheFindingTitleAt80Columns() {
        Drive d = new Drive(80, 24).press("v", "4");
        String screen = screen(View.render(d.state));
        assertThat(screen).contains("HIGH \u00B7 false alarm");
    }

    /** A .txt header block was drawn dimmed with "~" like boilerplate: it is metadata, drawn as such. */
    @Test
    void aHeaderBlockIsDrawnAsMetadataNotDimmed() {
        String text = "title: Banjir di hulu sungai\nurl: https://example.org/banjir\n\n"
                + "Banjir merendam tiga desa pada Senin pagi.\nWarga mengungsi ke balai desa.\n";
        // as ArticleParser makes it: the header's labels are boilerplate spans
        Article a = new Article("001_x.txt", text, "0".repeat(64), "UTF-8", HeaderBlock.parse(text).labels(),
                null, null, null, null, List.of());
        Document doc = new Document(a, new LanguageGuess("id", 0.99, 0.9), List.of());
        Analysis analysis = new Analysis("articles", "rules", List.of(new ArticleStatements(doc, List.of(), List.of())),
                List.of(), List.of());
        Drive d = new Drive(80, 24, ReviewSession.fresh(analysis));
        Canvas c = View.render(d.state);
        int row = rowOf(c, "title:");
        assertThat(row).as(screen(c)).isNotNegative();
        int col = c.row(row).indexOf("title:");
        assertThat(c.style(col, row).role()).isEqualTo(Role.LABEL);
        assertThat(c.style(c.row(row).indexOf("Banjir"), row).role()).isEqualTo(Role.TITLE);
        assertThat(c.row(row).strip()).startsWith(":");
        int body = rowOf(c, "Warga mengungsi");
        assertThat(c.style(c.row(body).indexOf("Warga"), body).role()).isEqualTo(Role.TEXT);
    }

    /**
     * The {@code url:} line was drawn all in the label colour, its address pushed to the next line
     * with "url:" alone above it; and a dateline at a line's start marked the whole line "~" as if it
     * were boilerplate.
     */
    @Test
    void aHeaderValueIsDrawnAsAValueBesideItsKeyAndADatelineDoesNotMarkItsLine() {
        String url = "https://example.org/2025/03/04/banjir-merendam-tiga-desa-di-hulu-sungai-warga-mengungsi";
        String text = "source: Warta Kita\nurl: " + url + "\n\n"
                + "JAKARTA - Banjir merendam tiga desa pada Senin pagi.\nWarga mengungsi ke balai desa.\n";
        int dateline = text.indexOf("JAKARTA");
        java.util.List<dev.tilik.text.CharSpan> boilerplate = new java.util.ArrayList<>(HeaderBlock.parse(text).labels());
        boilerplate.add(new dev.tilik.text.CharSpan(dateline, dateline + "JAKARTA - ".length()));
        Article a = new Article("001_x.txt", text, "0".repeat(64), "UTF-8", boilerplate, null, null, null, null, List.of());
        Document doc = new Document(a, new LanguageGuess("id", 0.99, 0.9), List.of());
        Analysis analysis = new Analysis("articles", "rules", List.of(new ArticleStatements(doc, List.of(), List.of())),
                List.of(), List.of());
        Canvas c = View.render(new Drive(80, 24, ReviewSession.fresh(analysis)).state);
        int row = rowOf(c, "url:");
        assertThat(c.row(row)).as(screen(c)).contains("url: https://example.org/");
        int key = c.row(row).indexOf("url:");
        assertThat(c.style(key, row).role()).isEqualTo(Role.LABEL);
        assertThat(c.style(key + 3, row).role()).as("the colon").isEqualTo(Role.LABEL);
        assertThat(c.style(c.row(row).indexOf("https"), row).role()).isEqualTo(Role.TITLE);
        String tail = url.substring(url.length() - 6);
        assertThat(c.row(row + 1)).as("the address goes on on the next line").contains(tail);
        assertThat(c.style(c.row(row + 1).indexOf(tail), row + 1).role()).as("in the title colour").isEqualTo(Role.TITLE);
        int source = rowOf(c, "source:");
        assertThat(c.style(c.row(source).indexOf("Warta"), source).role()).isEqualTo(Role.TITLE);
        int body = rowOf(c, "JAKARTA - Banjir");
        assertThat(c.row(body)).as("a dateline does not make its line boilerplate").startsWith(" JAKARTA");
        assertThat(c.style(c.row(body).indexOf("JAKARTA"), body).role()).isEqualTo(Role.DIM);
        assertThat(c.style(c.row(body).indexOf("Banjir"), body).role()).isEqualTo(Role.TEXT);
    }

    private static String screen(Canvas c) {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < c.height(); y++) {
            sb.append(c.row(y)).append('\n');
        }
        return sb.toString();
    }

    private static int rowOf(Canvas c, String text) {
        for (int y = 0; y < c.height(); y++) {
            if (c.row(y).contains(text)) {
                return y;
            }
        }
        return -1;
    }
}
