package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tilik.ingest.Progress;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A new user typed v 2 Q (Q meant as quit): the verdict's save was still queued on the worker, the
 * reader returned at once and the exit after it cut the daemon worker off — in tmux two runs in three
 * left no note file. Quitting now lets the saves already asked for finish (within a bound).
 */
class QuitUnsavedTest {
    /** Saves wait until the test lets them go. */
    private static final class SlowSaves implements Backend {
        final List<ReviewSession> saves = new CopyOnWriteArrayList<>();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public ReviewSession load(Progress progress) {
            return Fixture.session();
        }

        @Override
        public void save(ReviewSession session) throws Exception {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            saves.add(session);
        }
    }

    @Test
    void aVerdictWhoseSaveIsUnderWayIsSavedBeforeQQuits() throws Exception {
        SlowSaves backend = new SlowSaves();
        VirtualRun run = new VirtualRun(80, 24, backend);
        run.await("loaded", AppState::isLoaded).press("v", "2").awaitText("verdict: confirmed");
        assertThat(backend.started.await(10, TimeUnit.SECONDS)).as("the save began").isTrue();
        run.press("Q");
        await("the reader waiting for the save").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> !run.finished());
        backend.release.countDown();
        run.awaitExit();
        assertThat(backend.saves).hasSize(1);
        ReviewSession saved = backend.saves.get(0);
        assertThat(saved.verdict(saved.findings().get(0).id())).isEqualTo(Verdict.CONFIRMED);
        run.close();
    }
}
