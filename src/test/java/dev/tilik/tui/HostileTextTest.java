package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Article;
import dev.tilik.ingest.Problem;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Articles, file names, rule names, problems and notes full of terminal escapes and bidi tricks:
 * nothing in 0x00–0x1F or 0x7F–0x9F may reach Lanterna, and the escapes show as text. Wide
 * characters keep the pane border in its column.
 */
class HostileTextTest {
    static final String EVIL = "Korut \u001b[2J\u001b]0;pwn\u0007 \u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\ "
            + "\u001b]52;c;aGk=\u0007 \u001bP1$r\u001b\\ \u0007 \u009b31m \u0000 \u007f \u202eevil\u202c \u2066iso\u2069 "
            + "zw\u200bsp \ufeffbom cr\rover tab\there.\n";
    static final String WIDE = "北朝鮮の声明 한국 😀 👩\u200d💻 🇮🇩 e\u0301 Z\u0351\u0352 café. Kim membantah klaim itu.\n";

    static ReviewSession hostileSession() {
        String text = EVIL + WIDE + EVIL + "Kim membantah semua tuduhan.\n";
        String file = "evil\u001b[31m\u202e.txt";
        Article a = new Article(file, text, "0".repeat(64), "UTF-8", List.of(), null, "Src\u009b2J", null, null,
                List.of());
        int claimAt = text.indexOf("semua tuduhan");
        Statement st = new Statement(file + "#1", file, new CharSpan(text.lastIndexOf("Kim"), text.length() - 1),
                new CharSpan(claimAt, claimAt + 13), "Kim\u001b[5m", null, "DPRK\u202e", "membantah\u0007", null, false,
                "AFP\u0000", Stance.DENY, "troops\u001b", List.of(), List.of());
        int evilAt = text.indexOf("Korut");
        Statement st2 = new Statement(file + "#2", file, new CharSpan(0, EVIL.length() - 1),
                new CharSpan(evilAt, evilAt + 40), "Seoul", null, "ROK", "kata", null, true, null, Stance.ASSERT,
                "troops", List.of(), List.of());
        ArticleStatements as = new ArticleStatements(new Document(a, new LanguageGuess("id", 1, 1),
                List.of(st2.sentence(), st.sentence())), List.of(st2, st), List.of());
        Finding f = new Finding("f\u001b[2J", FindingType.DENY_VS_ASSERT, Severity.HIGH, "rule\u001b]0;x\u0007",
                "topic\u202e", "title \u001b[2J\u009b", "why \u001b[31mred\u0000\u202e",
                List.of(new Evidence(file, st2.id(), st2.claim(), st2.sentence(), EVIL, 0),
                        new Evidence(file, st.id(), st.claim(), st.sentence(), "Kim \u001b[1m", 1)));
        Analysis an = new Analysis("dir\u001b[2J", "rules", List.of(as), List.of(f),
                List.of(new Problem(Problem.Level.WARNING, "x\u001b[2J.txt", "bad \u0007 file \u202e")));
        return ReviewSession.fresh(an);
    }

    @Test
    void nothingControlReachesLanternaInAnyView() throws Exception {
        FixtureBackend backend = new FixtureBackend(HostileTextTest::hostileSession, false);
        try (VirtualRun run = new VirtualRun(120, 40, backend)) {
            run.await("loaded", AppState::isLoaded);
            assertClean(run);
            assertThat(run.screen()).contains("^[[2J").contains("<U+202E>").contains("<U+009B>");
            run.press("e", "note \u001b[2J \u202e", "Enter").await("note", s -> s.saving() == 0
                    && !s.session().note(s.nav().findingId()).isEmpty());
            assertClean(run);
            for (String k : new String[] {"l", "Esc", "t", "Esc", "?", "Esc", "Esc", "a", "Esc", "f", "Esc"}) {
                run.press(k);
                run.await("key " + k, s -> true);
                assertClean(run);
            }
            run.terminal.setTerminalSize(new TerminalSize(80, 24));
            run.await("resized", s -> s.width() == 80);
            assertClean(run);
        }
    }

    @Test
    void wideCharactersKeepTheBorderInItsColumn() throws Exception {
        try (VirtualRun run = new VirtualRun(120, 40, new FixtureBackend(HostileTextTest::hostileSession, false))) {
            run.await("loaded", AppState::isLoaded).press("Esc");
            AtomicReference<AppState> browsing = new AtomicReference<>();
            run.await("browsing", s -> {
                browsing.set(s);
                return s.nav().findingId() == null;
            });
            Geometry g = Geometry.of(browsing.get());
            int border = g.left().width();
            for (int y = g.left().y(); y < g.left().bottom(); y++) {
                assertThat(run.terminal.getCharacter(border, y).getCharacterString()).as("row %d", y).isEqualTo("\u2502");
            }
            assertThat(run.screen()).contains("北朝鮮").contains(Glyphs.WIDE).contains("café");
        }
    }

    /** Issue 11, also seen: a file name holding sanitised characters pushed its row's columns right. */
    @Test
    void theArticleChooserKeepsItsColumnsWhateverTheNames() {
        AppState s = AppState.initial(120, 40, KeyTable.defaults());
        s = Update.update(s, new Msg.Loaded(hostileSession())).state();
        List<Integer> widths = new java.util.ArrayList<>();
        List<List<Segment>> rows = ListLines.articles(s);
        for (int i = 0; i < rows.size(); i += 2) { // each article's first row; its second holds its date and headline
            List<Segment> row = rows.get(i);
            widths.add(dev.tilik.text.Columns.width(dev.tilik.text.SafeText.sanitize(row.get(0).text() + row.get(1).text())));
        }
        assertThat(widths).isNotEmpty().containsOnly(3 + 34); // "AB " then the name padded to 34 columns
    }

    static void assertClean(VirtualRun run) {
        TerminalSize size = run.terminal.getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = run.terminal.getCharacter(x, y);
                c.getCharacterString().chars().forEach(ch -> assertThat(ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)
                        || (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069))
                        .as("char %04x reached the terminal", ch).isFalse());
            }
        }
    }
}
