package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.model.FindingType;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.tui.Backend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader's status bar hears from a save: conflict copies, recovered files, failures. */
class ReaderBackendTest {
    @TempDir
    Path dir;

    Backend backendFor(Path notes) {
        List<Backend> opened = new ArrayList<>();
        CliContext ctx = new CliContext(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), Map.of("TERM", "xterm"),
                () -> true, (backend, options) -> {
                    opened.add(backend);
                    return 0;
                });
        CliRun run = CliRun.run(ctx, dir.toString(), "--notes", notes.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        return opened.get(0);
    }

    static ReviewSession noted(ReviewSession session, String note) {
        Finding f = session.findings().get(0);
        return session.withVerdict(f, Verdict.CONFIRMED, Instant.now()).withNote(f, note, Instant.now());
    }

    @Test
    void anOrdinarySaveHasNothingToSay() throws Exception {
        Backend backend = backendFor(dir.resolve("n.json"));
        ReviewSession session = backend.load(Progress.NONE);

        assertThat(backend.saveAndReport(noted(session, "satu"))).isNull();
        assertThat(Files.readString(dir.resolve("n.json"), StandardCharsets.UTF_8)).contains("satu");
    }

    @Test
    void aNoteFileDamagedOnDiskSendsTheNotesToAConflictCopyAndSaysSo() throws Exception {
        Path notes = dir.resolve("n.json");
        Backend backend = backendFor(notes);
        ReviewSession session = backend.load(Progress.NONE);
        backend.saveAndReport(noted(session, "satu"));
        // damaged by the other writer: it cannot be merged into, so the notes go to a copy
        String theirs = Files.readString(notes, StandardCharsets.UTF_8).replace("satu\"", "milik orang lain\",,");
        Files.writeString(notes, theirs, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(notes, FileTime.from(Instant.now().plusSeconds(5)));

        String notice = backend.saveAndReport(noted(session, "dua"));

        assertThat(notice).matches("note file changed elsewhere: notes go to \u2026conflict-\\d{8}T\\d{6}Z\\.json");
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).isEqualTo(theirs);
    }

    @Test
    void aNoteFileAnotherReaderSavedIsMergedAndTheReaderIsToldAndGivenTheirReviews() throws Exception {
        Path notes = dir.resolve("n.json");
        Backend mine = backendFor(notes);
        Backend theirs = backendFor(notes);
        ReviewSession session = mine.load(Progress.NONE);
        ReviewSession other = theirs.load(Progress.NONE);
        mine.saveAndReport(noted(session, "satu"));
        assertThat(theirs.notesChangedElsewhere()).isTrue();
        Finding f = other.findings().get(0);
        Backend.Saved saved = theirs.saveMerging(other.withRating(f, dev.tilik.review.Rating.SALAH, Instant.now()));

        assertThat(saved.notice()).isEqualTo("merged another reader's notes: 1 finding from theirs");
        assertThat(saved.merged().get(f.id())).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(r.note()).isEqualTo("satu");
            assertThat(r.rating()).isEqualTo(dev.tilik.review.Rating.SALAH);
        });
        assertThat(dev.tilik.notes.NotePaths.conflicts(notes)).isEmpty();
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).contains("satu", "confirmed", "salah");
        assertThat(mine.notesChangedElsewhere()).isTrue();
    }

    /** Issue 11 row 10: the copy was never mentioned again, and the status line lost its middle. */
    @Test
    void aConflictCopyFitsTheStatusLineAndIsNamedAgainOnReopening() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("a-rather-long-folder-name/for-the-notes"))
                .resolve("tilik-notes.json");
        Backend backend = backendFor(notes);
        ReviewSession session = backend.load(Progress.NONE);
        backend.saveAndReport(noted(session, "satu"));
        String readable = Files.readString(notes);
        Files.writeString(notes, readable.replace("satu\"", "lain\",,"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(notes, FileTime.from(Instant.now().plusSeconds(5)));

        String notice = backend.saveAndReport(noted(session, "dua"));
        Files.writeString(notes, readable, StandardCharsets.UTF_8); // the other writer mends it
        dev.tilik.tui.AppState shown = dev.tilik.tui.AppState.initial(100, 30, dev.tilik.tui.KeyTable.defaults())
                .withSession(session).withStatus(notice);
        String shortCopy = notice.substring(notice.lastIndexOf(' ') + 1);
        assertThat(shortCopy).startsWith("\u2026conflict-");
        String copy = "tilik-notes." + shortCopy.substring(1);
        assertThat(dev.tilik.tui.View.render(shown).row(29)).contains(notice);

        ReviewSession reopened = backendFor(notes).load(Progress.NONE);
        assertThat(reopened.analysis().problems()).anySatisfy(p -> assertThat(p.toString())
                .endsWith(copy + ": holds notes saved when tilik-notes.json was changed by someone else; it is not"
                        + " loaded (merge it: tilik notes merge " + notes.resolveSibling(copy) + " --notes " + notes + ")"));
    }

    /**
     * Notes sent to a conflict copy (two readers on one note file) were mentioned on reopening only
     * under Esc, nothing was said on quitting, and at 80 columns the copy's name was cut. Now the
     * status line says where the notes wait and how to merge them, whole at 80 columns, and a line
     * printed once the screen is gone names where they went.
     */
    @Test
    void notesInAConflictCopyAreSaidWholeAt80ColumnsOnOpeningAndOnTheTerminalOnQuitting() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        List<String> notices = new ArrayList<>();
        CliContext ctx = new CliContext(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), Map.of("TERM", "xterm"),
                () -> true, (backend, options) -> {
                    try { // what a reader whose note file another reader changed does
                        ReviewSession session = backend.load(Progress.NONE);
                        backend.saveAndReport(noted(session, "satu"));
                        String readable = Files.readString(notes);
                        Files.writeString(notes, readable.replace("satu\"", "lain\",,"), StandardCharsets.UTF_8);
                        Files.setLastModifiedTime(notes, FileTime.from(Instant.now().plusSeconds(5)));
                        notices.add(backend.saveAndReport(noted(session, "dua")));
                        Files.writeString(notes, readable.replace("satu", "lain"), StandardCharsets.UTF_8); // mended
                        return 0;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        CliRun run = CliRun.run(ctx, dir.toString(), "--notes", notes.toString());
        assertThat(run.code()).isEqualTo(ExitCode.OK);
        Path copy = dev.tilik.notes.NotePaths.conflicts(notes).get(0);
        String stamp = copy.getFileName().toString().substring("tilik-notes.".length());
        assertThat(notices.get(0)).isEqualTo("note file changed elsewhere: notes go to \u2026" + stamp);
        assertThat(run.err()).isEqualTo("tilik: your notes were saved to " + copy + ", not " + notes
                + "; merge them: tilik notes merge " + copy + " --notes " + notes + "\n");

        Backend reopened = backendFor(notes);
        ReviewSession session = reopened.load(Progress.NONE);
        String opening = reopened.openingNotice();
        assertThat(opening).isEqualTo("notes waiting in \u2026" + stamp + ", not loaded: tilik notes merge");
        dev.tilik.tui.AppState shown = dev.tilik.tui.Update.update(
                dev.tilik.tui.AppState.initial(80, 24, dev.tilik.tui.KeyTable.defaults()),
                new dev.tilik.tui.Msg.Loaded(session, opening)).state();
        // after the count of load problems (round 31, C1), whole
        assertThat(shown.status()).endsWith(opening);
        assertThat(dev.tilik.tui.StatusRows.message(dev.tilik.tui.View.render(shown), 24, 3)).isEqualTo(shown.status());
        assertThat(dev.tilik.tui.StatusRows.message(dev.tilik.tui.View.render(shown.withStatus(notices.get(0))), 24, 2))
                .isEqualTo(notices.get(0));
        assertThat(dev.tilik.tui.View.render(shown).row(23)).contains("reviewed 1/1");
        assertThat(((ReaderBackend) reopened).farewell()).isEqualTo("tilik: notes still waiting, not loaded, in " + copy
                + "; merge them: tilik notes merge " + copy + " --notes " + notes);

        CliRun merge = CliRun.run(ctx, "notes", "merge", copy.toString(), "--notes", notes.toString());
        assertThat(merge.code()).as(merge.err()).isEqualTo(ExitCode.OK);
        assertThat(merge.out()).contains("1 updated (1 with both notes kept)");
        assertThat(copy).doesNotExist();
        Path md = dev.tilik.notes.NotePaths.markdown(notes);
        assertThat(merge.out()).as("the Markdown does not go on showing the notes from before the merge")
                .contains(md + " written again from the merged notes.");
        assertThat(Files.readString(md, StandardCharsets.UTF_8)).contains("from " + copy.getFileName() + ": dua");
        Backend merged = backendFor(notes);
        ReviewSession all = merged.load(Progress.NONE);
        assertThat(merged.openingNotice()).isNull();
        assertThat(all.note(all.findings().get(0).id())).isEqualTo("lain \u00B7 from " + copy.getFileName() + ": dua");
    }

    /**
     * Round forty (h40ux): a paragraph a fact-checker wrote into tilik-notes.md, under the findings, went with the
     * next verdict, unsaid. Now the save keeps it in a copy and the status line names it; a merge does the same.
     */
    @Test
    void textWrittenIntoTheMarkdownIsKeptAsideByTheNextSaveAndByAMergeAndSaid() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        Path md = dev.tilik.notes.NotePaths.markdown(notes);
        Backend backend = backendFor(notes);
        ReviewSession session = backend.load(Progress.NONE);
        assertThat(backend.saveAndReport(noted(session, "satu"))).isNull();
        String mine = Files.readString(md, StandardCharsets.UTF_8) + "\nMy own paragraph.\n";
        Files.writeString(md, mine, StandardCharsets.UTF_8);

        String notice = backend.saveAndReport(noted(session, "dua"));

        String said = md + ": held text Tilik did not write and is written anew on every change; that text is kept in ";
        assertThat(notice).startsWith(said);
        Path kept = dir.resolve(notice.substring(said.length()));
        assertThat(kept.getFileName().toString()).matches("tilik-notes\\.edited-\\d{8}T\\d{6}Z\\.md");
        assertThat(Files.readString(kept, StandardCharsets.UTF_8)).isEqualTo(mine);
        assertThat(Files.readString(md, StandardCharsets.UTF_8)).contains("dua").doesNotContain("My own paragraph");

        String again = Files.readString(md, StandardCharsets.UTF_8) + "Another paragraph.\n";
        Files.writeString(md, again, StandardCharsets.UTF_8);
        Path side = dir.resolve("tilik-notes.conflict-20241025T083000Z.json");
        Files.copy(notes, side);
        CliContext ctx = new CliContext(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), Map.of("TERM", "xterm"),
                () -> true, (b, options) -> 0);
        CliRun merge = CliRun.run(ctx, "notes", "merge", side.toString(), "--notes", notes.toString());
        assertThat(merge.code()).as(merge.err()).isEqualTo(ExitCode.OK);
        assertThat(merge.out()).contains(md + " written again from the merged notes; it held text Tilik did not write"
                + " and is written anew on every change; that text is kept in tilik-notes.edited-");
        try (java.util.stream.Stream<Path> all = Files.list(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().contains(".edited-")).map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).containsExactlyInAnyOrder(mine, again);
        }
    }

    @Test
    void notesSavedBesideACorruptFileAreSaidOnQuittingAndWaitOnceItIsMended() throws Exception {
        Path notes = dir.resolve("n.json");
        Files.writeString(notes, "{ not json", StandardCharsets.UTF_8);
        ReaderBackend backend = (ReaderBackend) backendFor(notes);
        backend.saveAndReport(noted(backend.load(Progress.NONE), "satu"));
        Path recovered = dir.resolve("n.recovered.json");
        assertThat(backend.farewell()).startsWith("tilik: your notes were saved to " + recovered + ", not " + notes
                + " (which could not be read and is kept as it was); mend n.json or move it aside, then merge them: "
                + "tilik notes merge " + recovered + " --notes " + notes);

        Files.delete(notes); // mended: a fresh note file, the recovered notes waiting beside it
        Backend mended = backendFor(notes);
        mended.load(Progress.NONE);
        assertThat(mended.openingNotice()).isEqualTo("notes waiting in \u2026recovered.json, not loaded: tilik notes merge");
    }

    /**
     * A new user's review: the farewell's advice, "merge them: tilik notes merge …recovered.json --notes n.json", failed
     * with the corrupt note file's own error. The merge now says what to do, and done so, the advice works.
     */
    @Test
    void theMergeTheFarewellAdvisesSaysWhatToDoWithTheCorruptFileAndWorksOnceItIsMovedAside() throws Exception {
        Path notes = dir.resolve("n.json");
        Files.writeString(notes, "{ not json", StandardCharsets.UTF_8);
        ReaderBackend backend = (ReaderBackend) backendFor(notes);
        backend.saveAndReport(noted(backend.load(Progress.NONE), "satu"));
        Path recovered = dir.resolve("n.recovered.json");
        CliContext ctx = new CliContext(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), Map.of("TERM", "xterm"),
                () -> true, (b, options) -> 0);
        CliRun refused = CliRun.run(ctx, "notes", "merge", recovered.toString(), "--notes", notes.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("mend " + notes + ", or move it aside");
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).as("kept as it was").isEqualTo("{ not json");
        Files.move(notes, dir.resolve("n.broken.json"));
        CliRun merged = CliRun.run(ctx, "notes", "merge", recovered.toString(), "--notes", notes.toString());
        assertThat(merged.code()).as(merged.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).contains("satu");
    }

    /**
     * A value of the note file that cannot be read (a {@code seen} stamp that is no time) is left out and the rest
     * shown; the status line says so on the first frame and names the copy of the file as it was, and saves go on
     * into the note file itself.
     */
    @Test
    void aBadValueInTheNoteFileIsSaidOnOpeningAndTheReviewsShow() throws Exception {
        Path notes = dir.resolve("n.json");
        Backend first = backendFor(notes);
        ReviewSession session = first.load(Progress.NONE);
        first.saveAndReport(noted(session, "satu"));
        String saved = Files.readString(notes, StandardCharsets.UTF_8);
        Files.writeString(notes, saved.contains("\"seen\"") ? saved.replaceFirst("\"seen\" : \"[^\"]*\"", "\"seen\" : \"noon\"")
                : saved.replaceFirst("\"updated\" : \"", "\"seen\" : \"noon\",\n    \"updated\" : \""), StandardCharsets.UTF_8);

        Backend again = backendFor(notes);
        ReviewSession shown = again.load(Progress.NONE);
        assertThat(shown.reviews()).as("the review is shown, its bad stamp aside").hasSize(1);
        assertThat(again.openingNotice()).matches(
                "note file: a value not readable left out \\(Esc lists it\\); as it was: \u2026as-read-[0-9a-f]{12}\\.json");
        assertThat(again.saveAndReport(noted(shown, "dua"))).isNull();
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).contains("dua").doesNotContain("noon");
    }

    @Test
    void aCorruptNoteFileIsKeptAndTheFirstSaveSaysWhereTheNotesWent() throws Exception {
        Path notes = dir.resolve("n.json");
        Files.writeString(notes, "{ not json", StandardCharsets.UTF_8);
        Backend backend = backendFor(notes);
        ReviewSession session = backend.load(Progress.NONE);

        String opening = backend.openingNotice();
        assertThat(opening).as("the reviews look gone (reviewed 0/N) unless the opening says why")
                .isEqualTo("note file unreadable, kept: notes go to \u2026recovered.json");
        dev.tilik.tui.AppState shown = dev.tilik.tui.Update.update(
                dev.tilik.tui.AppState.initial(80, 24, dev.tilik.tui.KeyTable.defaults()),
                new dev.tilik.tui.Msg.Loaded(session, opening)).state();
        assertThat(shown.status()).endsWith(opening); // after the count of load problems (round 31, C1), whole
        assertThat(dev.tilik.tui.StatusRows.message(dev.tilik.tui.View.render(shown), 24, 3)).isEqualTo(shown.status());

        String first = backend.saveAndReport(noted(session, "satu"));
        String second = backend.saveAndReport(noted(session, "dua"));

        assertThat(first).contains("n.recovered.json");
        assertThat(second).isNull();
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).isEqualTo("{ not json");
    }

    @Test
    void aFailedSaveThrowsWithTheReason() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("notes"));
        Backend backend = backendFor(folder.resolve("n.json"));
        ReviewSession session = backend.load(Progress.NONE);
        Files.delete(dev.tilik.notes.ReaderLock.of(folder.resolve("n.json"))); // the folder goes, the reader's lock with it
        Files.delete(folder);

        assertThatThrownBy(() -> backend.saveAndReport(noted(session, "satu")))
                .isInstanceOf(IOException.class).hasMessage("n.json: no such file or folder: " + folder)
                .as("where and why: the reader's status line says it was not saved");
    }

    /**
     * A note file that cannot be written (here its folder went away; a full disk is the same to the
     * store, {@code notes.FullDiskTest}) lost the last note silently on hang-up. The notes go to a
     * copy in the state folder; the status line names the file, the reason and the copy; the line
     * printed once the reader is gone gives the merge command; the next opening says where they wait.
     */
    @Test
    void notesThatCannotBeSavedGoToTheStateFolderAndAreSaidOnQuittingAndOnTheNextOpening() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("cek"));
        Path notes = folder.resolve("tilik-notes.json");
        Path state = dir.resolve("state");
        List<String> failures = new ArrayList<>();
        List<Boolean> copied = new ArrayList<>();
        Map<String, String> env = Map.of("TERM", "xterm", "XDG_STATE_HOME", state.toString());
        CliContext ctx = new CliContext(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), env,
                () -> true, (backend, options) -> {
                    try {
                        ReviewSession session = backend.load(Progress.NONE);
                        backend.saveAndReport(noted(session, "satu"));
                        Files.delete(notes);
                        Files.delete(folder.resolve("tilik-notes.md"));
                        Files.delete(dev.tilik.notes.ReaderLock.of(notes)); // the reader's lock beside them
                        Files.delete(folder);
                        backend.saveAndReport(noted(session, "dua, typed last"));
                        return 0;
                    } catch (IOException e) {
                        failures.add(e.getMessage());
                        copied.add(e instanceof dev.tilik.tui.Backend.SavedElsewhere);
                        return 0;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        CliRun run = CliRun.run(ctx, dir.toString(), "--notes", notes.toString());
        assertThat(run.code()).isEqualTo(ExitCode.OK);
        Path unsaved = state.resolve("tilik/unsaved");
        List<Path> copies;
        try (var files = Files.list(unsaved)) {
            copies = files.toList();
        }
        assertThat(copies).singleElement();
        Path copy = copies.get(0);
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).contains("dua, typed last");
        assertThat(failures).singleElement().asString()
                .startsWith("tilik-notes.json: no such file or folder: " + folder)
                .endsWith("; a copy is in " + SideNotes.shown(copy));
        assertThat(copied).as("the reader is told quitting loses nothing (its Q is not \"quits without saving\")")
                .containsExactly(true);
        assertThat(run.err()).isEqualTo("tilik: your last notes could not be saved to " + notes + "; they are in " + copy
                + "; merge them once it can be written: tilik notes merge " + copy + " --notes " + notes + "\n");

        Files.createDirectory(folder);
        CliContext again = new CliContext(CheckCommandTest.returning(FindingType.DENY_VS_ASSERT), env, () -> true,
                (backend, options) -> {
                    try {
                        backend.load(Progress.NONE);
                        failures.add(backend.openingNotice());
                        return 0;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        CliRun reopened = CliRun.run(again, dir.toString(), "--notes", notes.toString());
        assertThat(reopened.code()).isEqualTo(ExitCode.OK);
        // The reopened reader shows "reviewed 0/10": it says how many reviews wait and that they are kept, the copy's
        // name whole on its own (its long path was cut at 80 columns), so the work does not look lost (round 31, C2).
        assertThat(failures.get(1)).isEqualTo("1 review not saved last time is kept, not shown: in " + copy.getFileName()
                + " (" + SideNotes.shown(unsaved) + "): tilik notes merge");
        assertThat(reopened.err()).contains("notes still waiting, not loaded, in " + copy);
    }
}
