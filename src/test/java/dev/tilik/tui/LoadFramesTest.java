package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.Progress;
import dev.tilik.review.ReviewSession;
import org.junit.jupiter.api.Test;

/**
 * A load that ends at once (a reopen served from the cache) draws its findings as the frame after
 * the first, with no progress frame between them; a held load still shows its progress.
 */
class LoadFramesTest {
    @Test
    void aLoadThatEndsAtOnceDrawsNoProgressFrame() throws Exception {
        Backend fast = new Backend() {
            @Override
            public ReviewSession load(Progress progress) {
                progress.step("reading the cache", 0, 1);
                progress.step("reading the cache", 1, 1);
                return Fixture.session();
            }

            @Override
            public void save(ReviewSession session) {
            }
        };
        try (VirtualRun run = new VirtualRun(80, 24, fast)) {
            run.await("loaded", AppState::isLoaded);
            assertThat(run.app.framesDrawn()).as("the loading frame, then the findings").isEqualTo(2);
        }
    }

    @Test
    void aHeldLoadShowsItsProgressAndThenTheFindings() throws Exception {
        FixtureBackend held = new FixtureBackend(Fixture::session, true);
        try (VirtualRun run = new VirtualRun(80, 24, held)) {
            run.awaitText("reading 1/2");
            int shown = run.app.framesDrawn();
            held.release();
            run.await("loaded", AppState::isLoaded);
            assertThat(run.app.framesDrawn()).isGreaterThan(shown);
        }
    }
}
