package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Article;
import dev.tilik.model.FindingType;
import dev.tilik.model.Severity;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import dev.tilik.text.SafeText;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The payload table of the reliability checklist, one payload in one place at a time (the
 * hostile-input suite, issue 11): in an article, a file name, a rule name and a note, the reader
 * on a virtual terminal gets nothing in 0x00–0x1F or 0x7F–0x9F (nor a bidi control), shows the
 * payload escaped, and sanitising the escaped text again changes nothing.
 */
class PayloadTableTest {
    /** The checklist's payloads, by name. */
    static final List<String[]> PAYLOADS = List.of(
            new String[] {"CSI 2J", "\u001b[2J"},
            new String[] {"OSC 0 title", "\u001b]0;pwn\u0007"},
            new String[] {"OSC 8 link", "\u001b]8;;http://x\u001b\\l\u001b]8;;\u001b\\"},
            new String[] {"OSC 52 clipboard", "\u001b]52;c;aGk=\u0007"},
            new String[] {"DCS", "\u001bP1$r\u001b\\"},
            new String[] {"BEL", "\u0007"},
            new String[] {"U+009B (C1 CSI)", "\u009b31m"},
            new String[] {"NUL", "\u0000"},
            new String[] {"DEL", "\u007f"},
            new String[] {"U+202E RLO", "\u202eevil"},
            new String[] {"U+2066 LRI", "\u2066iso"},
            new String[] {"U+200B ZWSP", "zw\u200bsp"},
            new String[] {"U+FEFF BOM", "\ufeffbom"});

    enum Place { ARTICLE, FILE_NAME, RULE_NAME, NOTE }

    static Stream<Arguments> cases() {
        return PAYLOADS.stream().flatMap(p -> Stream.of(Place.values()).map(place -> Arguments.of(p[0], p[1], place)));
    }

    @ParameterizedTest(name = "{0} in the {2}")
    @MethodSource("cases")
    void thePayloadIsShownNeverRun(String name, String payload, Place place) throws Exception {
        String marked = "[" + payload + "]";
        try (VirtualRun run = new VirtualRun(120, 40, new FixtureBackend(() -> session(place, marked), false))) {
            run.await("loaded", AppState::isLoaded);
            HostileTextTest.assertClean(run);
            String shown = SafeText.sanitize(marked);
            assertThat(SafeText.sanitize(shown)).as("sanitising twice").isEqualTo(shown);
            assertThat(run.screen()).as("the escaped payload on screen").contains(shown);
            if (place == Place.FILE_NAME) {
                run.press("a"); // the article chooser lists every file name
                run.await("the chooser", s -> s.overlay() != null);
                HostileTextTest.assertClean(run);
                assertThat(run.screen()).contains(shown);
            }
        }
    }

    /** One finding over one article, with {@code payload} in {@code place} only. */
    static ReviewSession session(Place place, String payload) {
        String head = place == Place.ARTICLE ? "Seoul " + payload + " mengklaim pasukan dikirim.\n"
                : "Seoul mengklaim pasukan dikirim.\n";
        String text = head + "Kim membantah semua tuduhan.\n";
        String file = place == Place.FILE_NAME ? "a" + payload + ".txt" : "a.txt";
        Article a = new Article(file, text, "0".repeat(64), "UTF-8", List.of(), null, "Src", null, null, List.of());
        int deny = text.indexOf("Kim");
        Statement claim = new Statement(file + "#1", file, new CharSpan(0, head.length() - 1),
                new CharSpan(0, head.length() - 1), "Seoul", null, "ROK", "mengklaim", null, false, null,
                Stance.ASSERT, "troops", List.of(), List.of());
        Statement denial = new Statement(file + "#2", file, new CharSpan(deny, text.length() - 1),
                new CharSpan(deny, text.length() - 1), "Kim", null, "DPRK", "membantah", null, false, null,
                Stance.DENY, "troops", List.of(), List.of());
        ArticleStatements as = new ArticleStatements(new Document(a, new LanguageGuess("id", 1, 1),
                List.of(claim.sentence(), denial.sentence())), List.of(claim, denial), List.of());
        Finding f = new Finding("f1", FindingType.DENY_VS_ASSERT, Severity.HIGH,
                place == Place.RULE_NAME ? "rule" + payload : "deny_vs_assert", "troops", "DPRK denies what ROK asserts",
                "why", List.of(new Evidence(file, claim.id(), claim.claim(), claim.sentence(), "Seoul", 0),
                        new Evidence(file, denial.id(), denial.claim(), denial.sentence(), "Kim", 1)));
        ReviewSession s = ReviewSession.fresh(new Analysis("dir", "rules", List.of(as), List.of(f), List.of()));
        return place == Place.NOTE ? s.withNote(f, "note " + payload, Instant.EPOCH) : s;
    }
}
