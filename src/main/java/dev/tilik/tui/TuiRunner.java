package dev.tilik.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.tilik.review.ReviewSession;
import dev.tilik.text.SafeText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reader on the real terminal: forces Lanterna's text terminal in UTF-8 (never Swing,
 * whatever the locale), traps Ctrl-C (quit with saving instead of Lanterna's {@code System.exit}),
 * keeps stdout and stderr off the screen while it is up, saves on hang-up, and restores the
 * terminal before showing any crash.
 */
public final class TuiRunner {
    public static final int OK = 0;
    public static final int CRASHED = 1;
    public static final int NOT_A_TERMINAL = 2;

    private TuiRunner() {
    }

    public static int run(Backend backend, TuiOptions options) {
        if (System.console() == null) {
            System.err.println("tilik: the full-screen reader needs a terminal on stdin and stdout;"
                    + " use `tilik check` or `tilik shell` instead");
            return NOT_A_TERMINAL;
        }
        Path logFile = LogFile.configure();
        EarlyLoad early = EarlyLoad.start(backend); // reads the analysis and the notes while the terminal is set up
        backend = early;
        PrintStream out = System.out;
        PrintStream err = System.err;
        String tty = TtySuspender.read();
        Terminal terminal = null;
        TuiApp app = null;
        Thread hangup = null;
        try {
            HeldOutput held = new HeldOutput(out);
            OutputStream screenOut = new NulFreeOutputStream(held);
            if (tty != null) { // Lanterna's settings and the suspend key in one stty: see OneSttyTerminal
                terminal = OneSttyTerminal.open(new WholeSequenceInput(System.in), screenOut, StandardCharsets.UTF_8,
                        UnixLikeTerminal.CtrlCBehaviour.TRAP, tty, TtySuspender.READER_KEYS);
            } else {
                terminal = new DefaultTerminalFactory(screenOut, new WholeSequenceInput(System.in), StandardCharsets.UTF_8)
                        .setForceTextTerminal(true)
                        .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                        .createTerminal();
            }
            app = new TuiApp(new TerminalScreen(terminal), terminal, backend, options,
                    tty == null ? Suspender.NONE : new TtySuspender(tty), BracketedPaste.install(terminal, screenOut), held,
                    early::warm);
            hangup = hangupHook(app, backend);
            Runtime.getRuntime().addShutdownHook(hangup);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            System.setOut(quiet);
            System.setErr(quiet);
            app.run();
            return OK;
        } catch (Throwable e) {
            if (hungUp(hangup)) {
                // The terminal went away (SIGHUP, SIGTERM): Lanterna's own hook restored it under the
                // screen, which then failed to leave a mode it was no longer in. No crash: the hang-up
                // hook saves the notes, and there is no terminal to tell.
                log().info("the terminal hung up; the hang-up hook saves the notes ({})", e.toString());
                log().debug("what stopped the reader on the hang-up", e);
                return CRASHED;
            }
            log().error("the reader crashed", e);
            System.setOut(out);
            System.setErr(err);
            emergencySave(app, backend, false);
            err.println(SafeText.sanitize("tilik: the reader stopped on an error: " + TuiApp.message(e)
                    + (logFile == null ? "" : " (details in " + logFile + ")")));
            return CRASHED;
        } finally {
            System.setOut(out);
            System.setErr(err);
            if (hangup != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hangup);
                } catch (IllegalStateException shuttingDown) {
                    log().debug("already shutting down");
                }
            }
            close(terminal);
        }
    }

    /** The logger, made on first use (see {@code Cli.log}): the first frame does not wait for slf4j's set-up. */
    private static Logger log() {
        return LoggerFactory.getLogger(TuiRunner.class);
    }

    /**
     * Whether the JVM is shutting down because the terminal hung up: the hang-up hook has been started
     * (the JVM starts shutdown hooks only when it is going down), or the JVM refuses a new hook — it
     * starts its hooks one after another, and Lanterna's, restoring the terminal under the screen,
     * may fail the reader before ours has left {@code NEW}: that was logged as a crash.
     */
    static boolean hungUp(Thread hangup) {
        return hangup != null && (hangup.getState() != Thread.State.NEW || shuttingDown());
    }

    /** Whether the JVM is going down: it refuses a shutdown hook only then. */
    static boolean shuttingDown() {
        Thread probe = new Thread(() -> { }, "tilik-shutdown-probe");
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException goingDown) {
            return true;
        }
    }

    /** How long the hang-up hook waits for a load that keys typed ahead wait for ({@link TuiApp#stateForHangUp}). */
    static final java.time.Duration HANG_UP_LOAD = java.time.Duration.ofSeconds(120);

    private static Thread hangupHook(TuiApp app, Backend backend) {
        return new Thread(() -> emergencySave(app, backend, true), "tilik-hangup-save");
    }

    private static void emergencySave(TuiApp app, Backend backend, boolean last) {
        TuiApp.HangUp h = app == null ? null : last ? app.hangUp(HANG_UP_LOAD) : new TuiApp.HangUp(app.state(), null);
        AppState s = h == null ? null : h.state();
        ReviewSession session = s == null ? null : OverlayActions.withOpenNote(s, Instant.now());
        if (session == null) {
            return; // nothing loaded: keys typed ahead stay in their journal for the next opening
        }
        try {
            boolean saved;
            if (last) {
                saved = backend.saveLast(session);
            } else {
                backend.save(session);
                saved = true;
            }
            if (saved && app.typedAheadUnsaved()) {
                backend.typedAheadSaved(h.ran()); // the next opening says what the hang-up save ran
            }
        } catch (Exception e) {
            log().error("emergency save failed", e);
        }
    }

    private static void close(Terminal terminal) {
        if (terminal == null) {
            return;
        }
        try {
            terminal.close();
        } catch (IOException e) {
            log().warn("closing the terminal failed", e);
        } catch (IllegalStateException shuttingDown) {
            // a hang-up: Lanterna's close removes its shutdown hook, which the JVM refuses while going down
            // (it was logged as "ERROR command failed … Shutdown in progress"); its hook restores the terminal
            log().info("the terminal hung up: left to Lanterna's own hook to restore ({})", shuttingDown.getMessage());
        }
    }

    /** Where SLF4J writes while the screen is up: the configured file, else ~/.cache/tilik/tilik.log. */
    static final class LogFile {
        private static final String PROPERTY = "org.slf4j.simpleLogger.logFile";

        private LogFile() {
        }

        static Path configure() {
            String set = System.getProperty(PROPERTY);
            if (set != null && !set.equals("System.err") && !set.equals("System.out")) {
                return Path.of(set);
            }
            try {
                Path dir = Path.of(System.getProperty("user.home", "."), ".cache", "tilik");
                Files.createDirectories(dir);
                Path file = dir.resolve("tilik.log");
                System.setProperty(PROPERTY, file.toString());
                return file;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
