package dev.tilik.cli;

import static dev.tilik.analysis.AnalysisFixtures.article;
import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.evidence;
import static dev.tilik.analysis.AnalysisFixtures.finding;
import static dev.tilik.analysis.AnalysisFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.FolderAnalyzer;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.notes.NoteStore;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.Statement;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 rows 5 and 8: no byte a terminal acts on reaches it from the command line, on stderr or
 * in JSON output; the JSON still holds the exact text.
 */
class HostileOutputTest {
    /** CSI as C1, a right-to-left override, DEL, and an ESC-started clear-screen. */
    static final String PAYLOAD = "Korut\u009B2J membantah\u202E \u007F\u001B[2J.";

    @TempDir
    Path dir;

    /** Nothing in C0 but line breaks, nothing in DEL/C1, no bidi or other format character. */
    static void assertTerminalSafe(String printed) {
        printed.codePoints().forEach(cp -> assertThat(cp == '\n' || cp == '\r' || !dev.tilik.text.SafeText.isUnsafe(cp))
                .as("U+%04X in %s", cp, printed).isTrue());
    }

    static FolderAnalyzer hostile() {
        return (folder, rules, progress) -> {
            Document a = document("a\u001B]0;PWNED\u0007.txt", PAYLOAD + " Seoul mengklaim.", null);
            Statement deny = statement(a, "1", PAYLOAD, "Korut", "DPRK", Stance.DENY, "troops");
            Statement claim = statement(a, "2", "Seoul mengklaim.", "Seoul", "ROK", Stance.ASSERT, "troops");
            Finding f = finding("f1", FindingType.DENY_VS_ASSERT, evidence(a, deny), evidence(a, claim, 1));
            return new Analysis(folder.toString(), rules.origin(), List.of(article(a, deny, claim)), List.of(f),
                    List.of());
        };
    }

    @Test
    void anEscapeInAFolderNameIsShownNotRunOnStderr() {
        CliRun run = CliRun.run(hostile(), "check", dir.resolve("x\u001B]0;PWNED\u0007\u001B[2J").toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("x^[]0;PWNED^G^[[2J");
        assertTerminalSafe(run.err());
    }

    @Test
    void picocliErrorsAreSanitisedToo() {
        CliRun run = CliRun.run(hostile(), "check", "--format", "\u009B2J\u202E");

        assertThat(run.err()).contains("<U+009B>2J<U+202E>");
        assertTerminalSafe(run.err());
    }

    @Test
    void checkJsonEscapesWhatATerminalWouldRunAndKeepsTheText() throws Exception {
        CliRun run = CliRun.run(hostile(), "check", dir.toString(), "--format", "json");

        assertTerminalSafe(run.out());
        assertThat(run.out()).contains("\\u009B2J", "\\u202E", "\\u007F", "\\u001B");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("findings").get(0).get("statements").get(0).get("text").asText()).isEqualTo(PAYLOAD);
    }

    @Test
    void claimReviewExportEscapesTheNoteAndKeepsIt() throws Exception {
        Path notes = dir.resolve("notes.json");
        Analysis analysis = hostile().analyze(dir, RulesLoader.bundled(), Progress.NONE);
        Finding f = analysis.findings().get(0);
        Instant now = Instant.parse("2024-10-25T10:00:00Z");
        ReviewSession session = ReviewSession.fresh(analysis).withVerdict(f, Verdict.CONFIRMED, now)
                .withNote(f, "note " + PAYLOAD, now);
        assertThat(NoteStore.open(notes).save(session).ok()).isTrue();

        CliRun run = CliRun.run(hostile(), "export", dir.toString(), "--notes", notes.toString(), "-f", "claimreview");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertTerminalSafe(run.out());
        assertThat(run.out()).contains("\\u009B2J").contains("\\u202E");
        assertThat(new ObjectMapper().readTree(run.out()).get(0).get("reviewBody").asText()).startsWith("note " + PAYLOAD);
    }
}
