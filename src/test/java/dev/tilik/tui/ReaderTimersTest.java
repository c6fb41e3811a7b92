package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The reader's timers, apart from the reader: what each tells the loop, and when. */
class ReaderTimersTest {
    private final BlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();

    @Test
    void theWatchSaysTheNotesChangedOnlyOnceLoadedAndOnlyWhenTheyDid() throws InterruptedException {
        AtomicBoolean loaded = new AtomicBoolean(false);
        AtomicBoolean changed = new AtomicBoolean(true);
        AtomicInteger looks = new AtomicInteger();
        try (ReaderTimers timers = new ReaderTimers(inbox::offer, Duration.ofMillis(5), Duration.ofMillis(5))) {
            timers.watchNotes(loaded::get, () -> {
                looks.incrementAndGet();
                return changed.get();
            });
            assertThat(inbox.poll(100, TimeUnit.MILLISECONDS)).isNull(); // not loaded: nothing, nothing asked
            assertThat(looks).hasValue(0);
            loaded.set(true);
            assertThat(inbox.poll(5, TimeUnit.SECONDS)).isInstanceOf(Msg.NotesChanged.class);
            changed.set(false);
            awaitLooks(looks, looks.get() + 2); // every look begun before the flag has told the loop by now
            inbox.clear();
            awaitLooks(looks, looks.get() + 3);
            assertThat(inbox.poll(50, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void aWatchWhoseLookThrowsGoesOn() throws InterruptedException {
        AtomicInteger looks = new AtomicInteger();
        try (ReaderTimers timers = new ReaderTimers(inbox::offer, Duration.ofMillis(5), Duration.ofMillis(5))) {
            timers.watchNotes(() -> true, () -> {
                if (looks.incrementAndGet() == 1) {
                    throw new IllegalStateException("the note file's folder is gone");
                }
                return true;
            });
            assertThat(inbox.poll(5, TimeUnit.SECONDS)).isInstanceOf(Msg.NotesChanged.class);
            assertThat(looks.get()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aResizeSignalIsToldAtOnceAndAgainWithTheSizeOnceSettled() throws InterruptedException {
        AtomicInteger asked = new AtomicInteger();
        try (ReaderTimers timers = new ReaderTimers(inbox::offer, Duration.ofHours(1), Duration.ofMillis(50))) {
            // the size is asked each time: the terminal took 200 columns by the time the storm settled
            timers.resizeSignal(() -> new Msg.Resized(asked.incrementAndGet() == 1 ? 80 : 200, 24));
            assertThat(inbox.poll()).isEqualTo(new Msg.Resized(80, 24)); // at once, on the signal's thread
            assertThat(inbox.poll(5, TimeUnit.SECONDS)).isEqualTo(new Msg.Resized(200, 24));
            assertThat(asked).hasValue(2);
        }
    }

    @Test
    void closedTimersTellNothing() throws InterruptedException {
        ReaderTimers timers = new ReaderTimers(inbox::offer, Duration.ofMillis(5), Duration.ofMillis(20));
        timers.watchNotes(() -> true, () -> true);
        assertThat(inbox.poll(5, TimeUnit.SECONDS)).isNotNull();
        timers.resizeSignal(() -> new Msg.Resized(1, 1));
        timers.close();
        while (inbox.poll(100, TimeUnit.MILLISECONDS) != null) { // what a look running at the close still told
            inbox.clear();
        }
        assertThat(inbox.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    /**
     * The reader closes its timers before it waits for the last saves, the screen still up: a resize signal then
     * scheduled its second repaint on a shut executor, and the signal's thread died of a RejectedExecutionException
     * (logged as uncaught). A signal after the close is told at once, nothing scheduled, nothing thrown.
     */
    @Test
    void aResizeSignalAfterTheCloseThrowsNothing() throws InterruptedException {
        ReaderTimers timers = new ReaderTimers(inbox::offer, Duration.ofHours(1), Duration.ofMillis(5));
        timers.close();
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> timers.resizeSignal(() -> new Msg.Resized(80, 24)));
        assertThat(inbox.poll()).isEqualTo(new Msg.Resized(80, 24));
        assertThat(inbox.poll(100, TimeUnit.MILLISECONDS)).isNull();
    }

    private static void awaitLooks(AtomicInteger looks, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        Object gate = new Object();
        synchronized (gate) {
            while (looks.get() < atLeast && System.nanoTime() < deadline) {
                gate.wait(5);
            }
        }
        assertThat(looks.get()).isGreaterThanOrEqualTo(atLeast);
    }
}
