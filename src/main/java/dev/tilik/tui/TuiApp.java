package dev.tilik.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminal;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.review.ReviewSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader's runtime on any Lanterna screen (a real terminal, or {@code DefaultVirtualTerminal}
 * in tests): one UI thread runs {@link Update} on each message and draws {@link View}; a key
 * thread turns key strokes into messages; a worker thread loads and saves and reports back.
 * Frames go to the terminal through {@link ScreenPainter}, which writes only the cells that changed
 * since the last frame; after a resize or a resume the whole screen is redrawn. The {@link Screen}
 * is kept for what else Lanterna's screen does: the private mode, the size, the keys.
 */
public final class TuiApp {
    private static final long PROGRESS_EVERY_NANOS = 30_000_000L;
    /**
     * A frame that only moves the progress bar waits until this long after the frame before it: a
     * load served from the cache ends first, and its findings are the next frame (no progress frames
     * drawn on the way).
     */
    static final long PROGRESS_FRAME_NANOS = 200_000_000L;
    /** Lanterna's virtual terminal (tests) holds its lock while blocked in readInput, so there keys are polled. */
    private static final long KEY_POLL_NANOS = 8_000_000L;
    /**
     * What each key's frame cost, at debug level (off unless asked for, e.g.
     * {@code -Dorg.slf4j.simpleLogger.log.dev.tilik.tui.frames=debug}; it goes to the log file):
     * how long the key waited for the UI thread, the update, the view, the painting.
     */
    private static final class Frames {
        /** Made on the first key, not at start-up (see {@link #log()}). */
        static final Logger LOG = LoggerFactory.getLogger("dev.tilik.tui.frames");
    }

    private final Screen screen;
    private final Terminal terminal;
    private final Backend backend;
    private final ScreenPainter painter;
    private final KeyTable keys;
    private final KeyConfig keyConfig;
    private final Suspender suspender;
    private final BracketedPaste paste;
    private final HeldOutput output;
    /** Told the state the reader starts from, once the screen's size is known. */
    private final Consumer<AppState> started;
    private final BlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();
    /** How long quitting waits for saves already asked for (a save never waits on a lock longer than 2 s). */
    static final Duration SAVES_FINISH = Duration.ofSeconds(3);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "tilik-worker"));
    /** Adds articles by URL (fetch + analysis), beside the worker so saves never wait behind a fetch. */
    private final ExecutorService adder = Executors.newSingleThreadExecutor(r -> daemon(r, "tilik-add"));
    /**
     * The note-file watch (another reader saved: a save merges theirs in and this reader shows them) and
     * the repaint once a resize storm has settled.
     */
    private final ReaderTimers timers = new ReaderTimers(inbox::offer);
    private final Object frames = new Object();
    /** The keys typed ahead of the load: their journal and the hang-up hook's wait ({@link AheadJournal}). */
    private final AheadJournal ahead;
    private volatile AppState state;
    /** The state whose frame is on the screen now. */
    private volatile AppState drawn;
    private volatile boolean running;
    private boolean fullRedraw = true;
    private long lastFrame;
    /** When the last frame's canvas was ready (before it was painted): the frame log's split. */
    private long rendered;
    private final AtomicInteger framesDrawn = new AtomicInteger();

    public TuiApp(Screen screen, Terminal terminal, Backend backend, TuiOptions options, Suspender suspender) {
        this(screen, terminal, backend, options, suspender, BracketedPaste.NONE, HeldOutput.NONE);
    }

    /** {@code output} is what {@code terminal} writes to, held while a frame is drawn. */
    TuiApp(Screen screen, Terminal terminal, Backend backend, TuiOptions options, Suspender suspender,
           BracketedPaste paste, HeldOutput output) {
        this(screen, terminal, backend, options, suspender, paste, output, s -> { });
    }

    /**
     * As above; {@code started} is
     * told the state the reader starts from (its size known) before the first frame is drawn.
     */
    TuiApp(Screen screen, Terminal terminal, Backend backend, TuiOptions options, Suspender suspender,
           BracketedPaste paste, HeldOutput output, Consumer<AppState> started) {
        this.started = started;
        this.paste = paste;
        this.output = output;
        this.screen = screen;
        this.terminal = terminal;
        this.backend = backend;
        this.ahead = new AheadJournal(backend);
        this.painter = new ScreenPainter(new Theme(options.color()));
        this.keyConfig = KeyConfig.load(options.keyFile());
        this.keys = KeyTable.defaults().withOverrides(keyConfig.overrides()).withProblems(keyConfig.warnings());
        keyConfig.warnings().forEach(w -> log().warn("key file: {}", w));
        this.suspender = suspender;
    }

    /** Runs until the user quits; the screen is stopped (terminal restored) whatever happens. */
    public void run() throws IOException {
        running = true;
        screen.startScreen();
        paste.enable();
        TerminalResizeListener onResize = (t, size) -> inbox.offer(new Msg.Resized(size.getColumns(), size.getRows()));
        try {
            screen.setCursorPosition(null);
            TerminalSize size = screen.getTerminalSize();
            AppState first = AppState.initial(size.getColumns(), size.getRows(), keys);
            String keyProblems = KeyProblems.status(keys);
            state = keyProblems == null ? first : first.withStatus(keyProblems);
            started.accept(state);
            perform(new Effect.Load()); // on the worker while the first frame is drawn
            draw();
            terminal.addResizeListener(onResize);
            if (terminal instanceof OneSttyTerminal tty) { // a storm that ends at the size it began at still redraws
                tty.onResizeSignal(() -> timers.resizeSignal(() -> new Msg.Resized(state.width(), state.height())));
            }
            Thread input = daemon(this::readKeys, "tilik-keys");
            input.start();
            timers.watchNotes(() -> state.isLoaded(), backend::notesChangedElsewhere);
            loop();
        } finally {
            running = false;
            terminal.removeResizeListener(onResize);
            timers.close();
            worker.shutdown();
            adder.shutdownNow();
            finishSaves();
            try {
                paste.disable();
            } finally {
                screen.stopScreen();
            }
        }
    }

    /**
     * Lets the saves already asked for finish (the worker's threads are daemons: the exit after the
     * reader would cut them off), at most {@link #SAVES_FINISH}: Q right after a verdict, "quit
     * without saving" meant for a save that fails, dropped that verdict when its save was still queued.
     */
    private void finishSaves() {
        try {
            if (!worker.awaitTermination(SAVES_FINISH.toMillis(), TimeUnit.MILLISECONDS)) {
                log().warn("a save still running after {} on quitting", SAVES_FINISH);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The state now (for tests and the hang-up hook). */
    public AppState state() {
        return state;
    }

    /**
     * The state the hang-up hook saves. When keys typed ahead of the load wait for it (a verdict, a
     * rating, a note typed before the findings showed), a dropped connection no longer drops them: the
     * hook waits for the load, at most {@code bound}, and runs them on the findings as the reader would
     * have ({@link TypeAhead#onHangUp}). A load that fails or outlasts the bound leaves the state as it
     * is (nothing was recorded), and the log says which keys were not run.
     */
    public AppState stateForHangUp(Duration bound) {
        return hangUp(bound).state();
    }

    /**
     * What the hang-up hook saves ({@code state}) and, when the hook itself ran keys typed ahead on a
     * load that arrived while it waited, what they changed ({@code ran}, else null).
     */
    public record HangUp(AppState state, dev.tilik.review.ReviewChanges ran) {
    }

    /** {@link #stateForHangUp}, with what the keys typed ahead changed when the hook ran them. */
    public HangUp hangUp(Duration bound) {
        return ahead.hangUp(() -> state, bound);
    }

    /**
     * Whether keys typed ahead (or recovered) wait in a journal that the hang-up save may now let go
     * of ({@link Backend#typedAheadSaved}): kept and not yet known saved.
     */
    public boolean typedAheadUnsaved() {
        return ahead.unsaved(state);
    }

    /** How many frames were drawn so far (tests count them). */
    int framesDrawn() {
        return framesDrawn.get();
    }

    /** Waits until the state on screen satisfies {@code condition}; false when the deadline passes first. */
    public boolean await(Predicate<AppState> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (frames) {
            while (drawn == null || !condition.test(drawn)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(frames, left);
            }
            return true;
        }
    }

    private void loop() throws IOException {
        while (running) {
            Msg msg;
            try {
                msg = inbox.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long taken = System.nanoTime();
            Instant keyAt = msg instanceof Msg.KeyPressed k ? k.at() : null;
            boolean onlyProgress = handleQueued(msg);
            long updated = System.nanoTime();
            while (running && onlyProgress) {
                long wait = lastFrame + PROGRESS_FRAME_NANOS - System.nanoTime();
                Msg next = wait <= 0 ? null : poll(wait);
                if (next == null) {
                    break;
                }
                onlyProgress = handleQueued(next);
            }
            if (running) {
                draw();
                if (keyAt != null && Frames.LOG.isDebugEnabled()) {
                    long drawn = System.nanoTime();
                    Frames.LOG.debug("key {}: queued {} us, update {} us, view {} us, paint {} us", ((Msg.KeyPressed) msg).key(),
                            Duration.between(keyAt, Instant.now()).minusNanos(drawn - taken).toNanos() / 1000,
                            (updated - taken) / 1000, (rendered - updated) / 1000, (drawn - rendered) / 1000);
                }
            }
        }
    }

    /** Handles {@code msg} and every message queued behind it; true when all of them were load progress. */
    private boolean handleQueued(Msg msg) throws IOException {
        boolean onlyProgress = msg instanceof Msg.Progressed;
        handle(msg);
        Msg more;
        while (running && (more = inbox.poll()) != null) {
            onlyProgress &= more instanceof Msg.Progressed;
            handle(more);
        }
        return onlyProgress;
    }

    private Msg poll(long nanos) {
        try {
            return inbox.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the loop's next take() ends it
            return null;
        }
    }

    private void handle(Msg msg) throws IOException {
        if (msg instanceof Msg.Resized) {
            TerminalSize now = screen.doResizeIfNecessary();
            TerminalSize size = now != null ? now : screen.getTerminalSize();
            msg = new Msg.Resized(size.getColumns(), size.getRows());
            fullRedraw = true;
        }
        AppState before = state;
        Step step = Update.update(state, msg);
        state = step.state();
        ahead.afterStep(before, state, msg, step);
        for (Effect e : step.effects()) {
            perform(e);
        }
    }

    private void perform(Effect e) throws IOException {
        if (e instanceof Effect.Load) {
            worker.submit(this::load);
        } else if (e instanceof Effect.Save save) {
            worker.submit(() -> save(save.session(), save.forQuit(), save.watched()));
        } else if (e instanceof Effect.HeldKeys held) {
            worker.submit(() -> heldKeys(held.ran())); // after the save asked before it
        } else if (e instanceof Effect.AddUrl add) {
            adder.submit(() -> add(add.url()));
        } else if (e instanceof Effect.Exit) {
            running = false;
        } else if (e instanceof Effect.Suspend) {
            paste.disable();
            suspender.suspend(screen);
            paste.enable();
            fullRedraw = true;
        }
    }

    private void draw() throws IOException {
        TerminalSize resized = screen.doResizeIfNecessary();
        if (resized != null) {
            state = state.withSize(resized.getColumns(), resized.getRows());
            fullRedraw = true;
        }
        Canvas frame = View.render(state);
        rendered = System.nanoTime();
        // The frame is painted and published as one step: a waiter that reads the screen (under this
        // lock, in await) never sees the new frame's text beside the state of the frame before it.
        synchronized (frames) {
            output.hold();
            try {
                painter.paint(frame, terminal, fullRedraw);
            } finally {
                output.release();
            }
            fullRedraw = false;
            lastFrame = System.nanoTime();
            framesDrawn.incrementAndGet();
            drawn = state;
            frames.notifyAll();
        }
    }

    /**
     * How the key thread waits for keys on {@code terminal}: a blocking read (a key is handled the
     * moment it arrives, and an idle reader wakes no thread), except on Lanterna's virtual terminal,
     * whose blocking read would hold the lock its output needs.
     * <p>A stream terminal finds its size (after SIGWINCH, and in {@code startScreen} on resume) by a
     * cursor-position query whose reply comes on the input the key thread is blocked on. That still
     * works: the blocked read holds only the terminal's read lock; the asking thread's own reads
     * {@code tryLock} it and otherwise wait for the reported position, which the blocked reader stores
     * when the reply arrives instead of returning it as a key ({@code StreamBasedTerminal.readInput},
     * Lanterna 3.1.5) — provided the reply reaches the decoder whole, which {@link WholeSequenceInput}
     * sees to on a real terminal. {@code KeyReadTest} holds it with a fake tty; the tmux tests on the real one.
     */
    static boolean blocksForKeys(Terminal terminal) {
        return !(terminal instanceof VirtualTerminal);
    }

    private void readKeys() {
        PasteCollector input = new PasteCollector();
        boolean blocking = blocksForKeys(terminal);
        KeyStroke behind = null;
        while (running) {
            try {
                KeyStroke k = behind != null ? behind : blocking ? screen.readInput() : screen.pollInput();
                behind = null;
                if (k == null) {
                    LockSupport.parkNanos(KEY_POLL_NANOS);
                    continue;
                }
                if (k.getKeyType() == com.googlecode.lanterna.input.KeyType.Enter && !input.inPaste()) {
                    behind = screen.pollInput(); // input already there behind an Enter: a paste's line break
                }
                Msg.Shown shown = shown();
                input.accept(k, Instant.now(), behind != null).forEach(m -> inbox.offer(
                        m instanceof Msg.KeyPressed key ? new Msg.KeyPressed(key.key(), key.at(), shown) : m));
                if (k.getKeyType() == com.googlecode.lanterna.input.KeyType.EOF) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                log().warn("reading keys failed; quitting with a save", e);
                inbox.offer(new Msg.KeyPressed(Key.CTRL_C, Instant.now()));
                return;
            }
        }
    }

    /**
     * What the frame on the screen now shows: what a key read now was pressed against, though the state may
     * already hold more (another reader's verdict taken in, a finding moved to, the findings loaded: not yet drawn).
     */
    private Msg.Shown shown() {
        AppState onScreen = drawn;
        return onScreen == null || onScreen.session() == null ? Msg.Shown.NOTHING
                : new Msg.Shown(onScreen.session(), Findings.current(onScreen).map(Finding::id).orElse(null));
    }

    private void load() {
        AtomicLong last = new AtomicLong();
        Progress progress = (what, done, total) -> {
            long now = System.nanoTime();
            long before = last.get();
            if (done >= total || now - before > PROGRESS_EVERY_NANOS) {
                last.set(now);
                inbox.offer(new Msg.Progressed(new LoadProgress(what, done, total)));
            }
        };
        try {
            ReviewSession session = backend.load(progress);
            Msg.Loaded loaded = new Msg.Loaded(session, backend.openingNotice(), backend.recovered(), backend.held(),
                    backend.problemsSaid());
            ahead.loaded(loaded);
            inbox.offer(loaded);
        } catch (Exception | Error e) {
            ahead.loadFailed(e);
            log().error("loading failed", e);
            inbox.offer(new Msg.LoadFailed(message(e)));
        }
    }

    private void heldKeys(boolean ran) {
        try {
            backend.heldKeys(ran);
        } catch (RuntimeException e) {
            log().warn("the journal of the keys held back not removed", e);
        }
    }

    private void add(String url) {
        AtomicLong last = new AtomicLong();
        Progress progress = (what, done, total) -> {
            long now = System.nanoTime();
            if (done >= total || now - last.get() > PROGRESS_EVERY_NANOS * 10) {
                last.set(now);
                inbox.offer(new Msg.AddProgressed(url, total > 0 ? what + " " + done + "/" + total : what));
            }
        };
        try {
            inbox.offer(new Msg.Added(url, backend.add(url, progress)));
        } catch (Exception | Error e) {
            log().warn("adding {} failed", url, e);
            inbox.offer(new Msg.AddFailed(url, message(e)));
        }
    }

    private void save(ReviewSession session, boolean forQuit, boolean watched) {
        try {
            Backend.Saved saved = backend.saveMerging(session);
            ahead.saved();
            inbox.offer(new Msg.Saved(forQuit, saved.notice(), session, saved.merged(), watched));
        } catch (Exception | Error e) {
            ahead.saveFailed();
            log().error("saving failed", e);
            inbox.offer(new Msg.SaveFailed(message(e), forQuit, e instanceof Backend.SavedElsewhere));
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * The logger, made on first use: see {@code Cli.log}.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(TuiApp.class);
    }
}
