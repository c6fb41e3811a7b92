package dev.tilik.tui;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The reader's two timers, on one daemon thread, each ending in a message for the UI loop: the
 * note-file watch ({@link #watchNotes}: another reader saved, and a save merges their notes in) and
 * the repaint after a resize signal ({@link #resizeSignal}: once at once, once more when the terminal
 * has settled). Neither ever touches the state or the screen itself.
 */
final class ReaderTimers implements AutoCloseable {
    /** How often the watch looks whether another reader (a second window, a shell) saved the notes. */
    static final Duration WATCH_EVERY = Duration.ofMillis(1500);
    /** After a resize signal the whole screen is painted again this long after, the terminal settled. */
    static final Duration SETTLE = Duration.ofMillis(150);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tilik-notes-watch");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Msg> inbox;
    private final Duration watchEvery;
    private final Duration settle;

    ReaderTimers(Consumer<Msg> inbox) {
        this(inbox, WATCH_EVERY, SETTLE);
    }

    /** With other periods (tests). */
    ReaderTimers(Consumer<Msg> inbox, Duration watchEvery, Duration settle) {
        this.inbox = inbox;
        this.watchEvery = watchEvery;
        this.settle = settle;
    }

    /**
     * Every {@link #WATCH_EVERY}, while {@code loaded} holds and {@code changedElsewhere} says the note
     * file changed on disk, tells the loop {@link Msg.NotesChanged}. A check that throws is logged and the
     * watch goes on.
     */
    void watchNotes(BooleanSupplier loaded, BooleanSupplier changedElsewhere) {
        long every = watchEvery.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (loaded.getAsBoolean() && changedElsewhere.getAsBoolean()) {
                    inbox.accept(new Msg.NotesChanged());
                }
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(TuiApp.class).warn("looking whether the notes changed elsewhere", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * A resize signal: {@code resized} (the size now) goes to the loop at once, and again once the storm
     * has settled — a frame painted while the terminal was still taking its last size can be lost, and no
     * later signal comes to paint it again. {@code resized} is asked each time, so the second carries the
     * size then. After {@link #close} only the first is told (a signal while the last saves finish).
     */
    void resizeSignal(Supplier<Msg> resized) {
        inbox.accept(resized.get());
        try {
            timer.schedule(() -> inbox.accept(resized.get()), settle.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // closed: the reader is quitting (waiting for its last saves), no repaint is owed
        }
    }

    /** Stops both timers; nothing is told after. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
