package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.Progress;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import org.junit.jupiter.api.Test;

/** Key flows through the real runtime: keys in, saves out, the app ending when asked. */
class RuntimeFlowTest {
    @Test
    void verdictNoteAndQuitLeaveEverythingSaved() throws Exception {
        FixtureBackend backend = new FixtureBackend();
        try (VirtualRun run = new VirtualRun(100, 30, backend)) {
            run.await("loaded", AppState::isLoaded).press("n", "v", "2", "e", "two outlets, one line")
                    .awaitText("two outlets, one line");
            // Enter with keys already queued behind it would be a pasted line break: the note is saved first.
            run.press("Enter").await("note saved", s -> s.mode() == Mode.READER).press("q");
            run.awaitExit();
            assertThat(run.failure()).isNull();
        }
        ReviewSession last = backend.lastSave();
        assertThat(last.verdict("f-denyassert")).isEqualTo(Verdict.CONFIRMED);
        assertThat(last.note("f-denyassert")).isEqualTo("two outlets, one line");
        assertThat(backend.saves).hasSizeGreaterThanOrEqualTo(3);
    }

    /** A typed draft survives one Esc (the editor asks); the second Esc cancels without saving. */
    @Test
    void escTwiceCancelsTheEditorWithoutSaving() throws Exception {
        FixtureBackend backend = new FixtureBackend();
        try (VirtualRun run = new VirtualRun(100, 30, backend)) {
            run.await("loaded", AppState::isLoaded).press("e", "draft").awaitText("draft").press("Esc");
            run.awaitText("Esc again discards your changes");
            assertThat(run.screen()).contains("draft");
            run.press("Esc").await("editor closed", s -> s.mode() == Mode.READER);
            assertThat(run.screen()).doesNotContain("draft");
            assertThat(backend.saves).isEmpty();
        }
    }

    @Test
    void aFailedSaveIsShownAndQuittingWaitsForTheUser() throws Exception {
        FixtureBackend backend = new FixtureBackend();
        backend.failSaves = true;
        try (VirtualRun run = new VirtualRun(100, 30, backend)) {
            run.await("loaded", AppState::isLoaded).press("v", "2").awaitText("notes NOT saved: disk full");
            run.press("q").awaitText("Q quits without saving");
            assertThat(run.finished()).isFalse();
            run.press("Q").awaitExit();
        }
    }

    @Test
    void aFailedLoadSaysWhyAndQQuits() throws Exception {
        Backend broken = new Backend() {
            @Override
            public ReviewSession load(Progress progress) throws Exception {
                throw new java.io.IOException("rules/id.json:3:7: stance: expected one of assert, deny");
            }

            @Override
            public void save(ReviewSession session) {
                throw new AssertionError("nothing to save");
            }
        };
        try (VirtualRun run = new VirtualRun(80, 24, broken)) {
            run.awaitText("rules/id.json:3:7").press("q").awaitExit();
        }
    }

    @Test
    void ctrlCQuitsWithASaveEvenFromAnOverlay() throws Exception {
        FixtureBackend backend = new FixtureBackend();
        try (VirtualRun run = new VirtualRun(80, 24, backend)) {
            run.await("loaded", AppState::isLoaded).press("l").await("list", s -> s.mode() == Mode.LIST);
            run.press("Ctrl-C").awaitExit();
        }
        assertThat(backend.saves).hasSize(1);
    }

    @Test
    void aSaveNoticeFromTheBackendReachesTheStatusBar() throws Exception {
        FixtureBackend inner = new FixtureBackend();
        Backend conflicted = new Backend() {
            @Override
            public ReviewSession load(Progress progress) throws Exception {
                return inner.load(progress);
            }

            @Override
            public void save(ReviewSession session) throws Exception {
                inner.save(session);
            }

            @Override
            public String saveAndReport(ReviewSession session) throws Exception {
                save(session);
                return "note file changed on disk: wrote tilik-notes.conflict-1.json";
            }
        };
        try (VirtualRun run = new VirtualRun(120, 30, conflicted)) {
            run.await("loaded", AppState::isLoaded).press("s").awaitText("wrote tilik-notes.conflict-1.json");
        }
    }
}
