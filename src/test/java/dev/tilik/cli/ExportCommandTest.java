package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.FolderAnalyzer;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.model.FindingType;
import dev.tilik.notes.NoteStore;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.rules.RulesLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    Path notes;
    final FolderAnalyzer analyzer = CheckCommandTest.returning(FindingType.DENY_VS_ASSERT);

    @BeforeEach
    void recordAVerdictAndANote() throws Exception {
        notes = dir.resolve("notes.json");
        Analysis analysis = analyzer.analyze(dir, RulesLoader.bundled(), Progress.NONE);
        Finding f = analysis.findings().get(0);
        Instant now = Instant.parse("2024-10-25T10:00:00Z");
        ReviewSession session = ReviewSession.fresh(analysis).withVerdict(f, Verdict.CONFIRMED, now)
                .withNote(f, "Checked with the KCNA transcript", now);
        assertThat(NoteStore.open(notes).save(session).ok()).isTrue();
    }

    @Test
    void exportsTheNotesAsMarkdown() {
        CliRun run = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Checked with the KCNA transcript");
    }

    /**
     * A note file with a value left out on opening (here a second {@code note} key): the export goes on with the
     * rest, as the reader and the shell do, but says on stderr what was left out and where the file as it was is
     * kept, as they do; it exported quietly without it.
     */
    @Test
    void aValueLeftOutOfTheNoteFileIsSaidOnStderr() throws Exception {
        String saved = java.nio.file.Files.readString(notes);
        java.nio.file.Files.writeString(notes, saved.replaceFirst("(\"note\" : \"[^\"]*\",)", "$1\n    \"note\" : \"kedua\","));

        CliRun run = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Checked with the KCNA transcript").doesNotContain("kedua");
        assertThat(run.err()).contains("warning: ", "findings[0].note: the key appears twice", "as-read-");
    }

    /**
     * Round forty-one's session: {@code tilik export articles -o tilik-notes.json} wrote the Markdown over the note
     * file it was made from and said nothing (exit 0); the next opening found the note file unreadable and every
     * verdict gone. The export now refuses the note file in use and any other note file, and leaves both as they were.
     */
    @Test
    void anExportNeverWritesOverTheNoteFileOrAnotherNoteFile() throws Exception {
        byte[] before = Files.readAllBytes(notes);
        CliRun run = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString(), "-o", notes.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("refused: ", "is the note file these notes are saved in");
        assertThat(Files.readAllBytes(notes)).isEqualTo(before);

        Path other = dir.resolve("other-notes.json");
        Files.write(other, before);
        run = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString(), "-o", other.toString());
        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("holds Tilik notes (a note file)");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);

        Path export = dir.resolve("export.md"); // an earlier export is written over, as asked
        Files.writeString(export, "# an earlier export\n");
        run = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString(), "-o", export.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(export, StandardCharsets.UTF_8)).contains("Checked with the KCNA transcript");
    }

    @Test
    void exportsClaimReviewJsonLdToAFile() throws Exception {
        Path out = dir.resolve("claims.json");

        CliRun run = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString(), "--format",
                "claimreview", "--reviewer", "Cek Fakta", "-o", out.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("ClaimReview", "Cek Fakta");
    }

    @Test
    void claimReviewTakesTheFactChecksPageAsItsUrlAndAsksForItWhenNotGiven() throws Exception {
        String page = "https://cekfakta.example/korut";
        CliRun run = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString(), "--format",
                "claimreview", "--url", page);
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"url\" : \"" + page + "\"");
        assertThat(run.err()).doesNotContain("--url");

        CliRun none = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString(), "--format", "claimreview");
        assertThat(none.err()).contains("--url URL");
        CliRun bad = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString(), "--format",
                "claimreview", "--url", "cekfakta");
        assertThat(bad.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains("--url", "cekfakta");
    }

    @Test
    void markdownOfTheReviewedOnlyLeavesTheOthersOut() {
        CliRun all = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString());
        CliRun reviewed = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString(), "--reviewed");
        assertThat(reviewed.code()).as(reviewed.err()).isEqualTo(ExitCode.OK);
        assertThat(reviewed.out()).contains("Checked with the KCNA transcript", "Reviewed findings only");
        assertThat(CliRun.run(analyzer, "export", "--help").out()).contains("--reviewed", "--url");
        assertThat(all.out()).doesNotContain("Reviewed findings only");
    }

    /** A note alone rates no claim: the export said "[ ]" and nothing else, as if the note were lost. */
    @Test
    void claimReviewSaysWhichReviewedFindingsItLeavesOut() throws Exception {
        Path noteOnly = dir.resolve("note-only.json");
        Analysis analysis = analyzer.analyze(dir, RulesLoader.bundled(), Progress.NONE);
        assertThat(NoteStore.open(noteOnly).save(ReviewSession.fresh(analysis)
                .withNote(analysis.findings().get(0), "ask the ministry", Instant.parse("2024-10-25T10:00:00Z"))).ok()).isTrue();

        CliRun run = CliRun.run(analyzer, "export", dir.toString(), "--notes", noteOnly.toString(), "--format", "claimreview");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out().strip()).isEqualTo("[ ]");
        assertThat(run.err()).contains("1 of 1 reviewed finding not in the ClaimReview export").contains("claim rating");
        CliRun rated = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString(), "--format", "claimreview");
        assertThat(rated.err()).doesNotContain("not in the ClaimReview export");
    }

    @Test
    void anExistingOutputFileIsReplacedWholeByARenameNeverRewrittenInPlace() throws Exception {
        Path out = dir.resolve("report.md");
        Files.writeString(out, "old report", StandardCharsets.UTF_8);
        Path sameFile = Files.createLink(dir.resolve("hard-link.md"), out);

        CliRun run = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString(), "-o", out.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("Checked with the KCNA transcript");
        // A rename swaps the whole file in; a plain write would have changed the other name of the old file too.
        assertThat(Files.readString(sameFile, StandardCharsets.UTF_8)).isEqualTo("old report");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("tmp"));
        }
    }

    @Test
    void anOutputInAMissingFolderIsBadInputNamingTheFile() {
        Path out = dir.resolve("nope").resolve("report.md");

        CliRun run = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString(), "-o", out.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("tilik: cannot write " + out + ": ");
    }

    @Test
    void aMissingNoteFileIsBadInput() {
        CliRun run = CliRun.run(analyzer, "export", dir.toString(), "--notes", dir.resolve("none.json").toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("tilik: no note file at ").contains("none.json");
    }

    @Test
    void anUnreadableNoteFileIsBadInputAndLeftAlone() throws Exception {
        Files.writeString(notes, "{ not json", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(analyzer, "export", dir.toString(), "--notes", notes.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("notes.json");
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).isEqualTo("{ not json");
    }
}
