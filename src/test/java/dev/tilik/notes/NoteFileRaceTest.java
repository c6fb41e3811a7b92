package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static dev.tilik.review.ReviewFixtures.NUMBERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tilik.analysis.Analysis;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two readers on one folder save at the same moment: neither one's verdicts may silently vanish. */
class NoteFileRaceTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aSaveThatChecksWhileAnotherIsReplacingTheFileWaitsAndMergesWithIt() throws Exception {
        Path file = dir.resolve("tilik-notes.json");
        Analysis analysis = ReviewFixtures.analysis();
        NoteStore.open(file, SaveSteps.REAL, CLOCK).save(ReviewSession.fresh(analysis)
                .withNote(analysis.finding(NUMBERS).orElseThrow(), "before both", T0));

        CountDownLatch inMove = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SaveSteps pausedInTheRename = new SaveSteps() {
            @Override
            public void move(Path from, Path to) throws IOException {
                inMove.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                SaveSteps.super.move(from, to);
            }
        };
        NoteStore a = NoteStore.open(file, pausedInTheRename, CLOCK);
        NoteStore b = NoteStore.open(file, SaveSteps.REAL, CLOCK);
        ReviewSession opened = a.restore(analysis);

        CompletableFuture<SaveResult> aSaved = CompletableFuture.supplyAsync(() -> a.save(
                opened.withNote(analysis.finding(NUMBERS).orElseThrow(), "from A", T0.plusSeconds(1))));
        assertThat(inMove.await(30, TimeUnit.SECONDS)).as("A reached its rename").isTrue();

        AtomicReference<SaveResult> bSaved = new AtomicReference<>();
        Thread bThread = new Thread(() -> bSaved.set(b.save(
                opened.withNote(analysis.finding(DENY_VS_CONDITIONAL).orElseThrow(), "from B", T0.plusSeconds(2)))));
        bThread.start();
        // B either finished (it raced past A: the defect) or waits for A's write to end.
        await().atMost(Duration.ofSeconds(30)).until(() -> bSaved.get() != null
                || bThread.getState() == Thread.State.TIMED_WAITING || bThread.getState() == Thread.State.WAITING);
        release.countDown();
        SaveResult aResult = aSaved.get(30, TimeUnit.SECONDS);
        bThread.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(aResult.status()).isEqualTo(SaveResult.Status.SAVED);
        SaveResult bResult = bSaved.get();
        assertThat(bResult.merged()).as("B found A's write and merged it").isNotNull();
        assertThat(bResult.file()).isEqualTo(file);
        ReviewSession both = NoteStore.open(file, SaveSteps.REAL, CLOCK).restore(analysis);
        assertThat(both.note(NUMBERS)).isEqualTo("from A");
        assertThat(both.note(DENY_VS_CONDITIONAL)).isEqualTo("from B");
    }
}
