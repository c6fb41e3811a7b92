package dev.tilik;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.tilik.analysis.Analyzer;
import dev.tilik.cli.Cli;
import dev.tilik.cli.CliContext;
import dev.tilik.cli.Terminfo;
import dev.tilik.tui.AppState;
import dev.tilik.tui.Backend;
import dev.tilik.tui.Suspender;
import dev.tilik.tui.TuiApp;
import dev.tilik.tui.TuiOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the build runs once under {@code -XX:ArchiveClassesAtExit} to make the class-data archive the
 * launcher starts with ({@code target/run/STAMP/tilik.jsa}, docs/PERFORMANCE.md): an archive holds only the
 * classes its run loaded, so this one run takes every path a user meets first — {@code check} on a
 * folder never seen (the cache written), the same {@code check} again (the folder entry read), and
 * the reader over the cached folder on a virtual terminal (first finding, next, a verdict saved,
 * quit), twice so the second reads the note file back; then it loads what a real terminal adds
 * ({@link #REAL_TERMINAL}). Works in a temporary folder it removes; prints
 * nothing; a path that fails only leaves its classes out of the archive.
 * <p>{@code java -XX:ArchiveClassesAtExit=tilik.jsa -cp tilik.jar dev.tilik.ArchiveTraining ARTICLES RULES}
 */
public final class ArchiveTraining {
    private static final Duration DEADLINE = Duration.ofMinutes(2);

    /**
     * What the reader on a real terminal loads before its first finding that the run on a virtual
     * terminal never does: {@code Main} and its set-up, the early load, Lanterna's Unix terminal and
     * key decoder, {@code stty}'s processes, the console, the signal handlers. Loaded, not run, so the
     * archive holds them; listed from a class-loading log of a cached reader reopen in tmux (those the
     * log shows read from the jar or the JDK's modules rather than the archive). A name missing from a
     * later jar or JDK is passed over.
     */
    static final List<String> REAL_TERMINAL = List.of(
            "com.googlecode.lanterna.input.AltAndCharacterPattern",
            "com.googlecode.lanterna.input.BasicCharacterPattern",
            "com.googlecode.lanterna.input.CharacterPattern",
            "com.googlecode.lanterna.input.CharacterPattern$Matching",
            "com.googlecode.lanterna.input.CtrlAltAndCharacterPattern",
            "com.googlecode.lanterna.input.CtrlAndCharacterPattern",
            "com.googlecode.lanterna.input.DefaultKeyDecodingProfile",
            "com.googlecode.lanterna.input.EscapeSequenceCharacterPattern",
            "com.googlecode.lanterna.input.EscapeSequenceCharacterPattern$1",
            "com.googlecode.lanterna.input.EscapeSequenceCharacterPattern$State",
            "com.googlecode.lanterna.input.InputDecoder",
            "com.googlecode.lanterna.input.KeyDecodingProfile",
            "com.googlecode.lanterna.input.KeyStroke$RealF3",
            "com.googlecode.lanterna.input.MouseAction",
            "com.googlecode.lanterna.input.MouseActionType",
            "com.googlecode.lanterna.input.MouseCharacterPattern",
            "com.googlecode.lanterna.input.NormalCharacterPattern",
            "com.googlecode.lanterna.input.ScreenInfoAction",
            "com.googlecode.lanterna.input.ScreenInfoCharacterPattern",
            "com.googlecode.lanterna.input.ScreenInfoCharacterPattern$1",
            "com.googlecode.lanterna.terminal.DefaultTerminalFactory",
            "com.googlecode.lanterna.terminal.ExtendedTerminal",
            "com.googlecode.lanterna.terminal.MouseCaptureMode",
            "com.googlecode.lanterna.terminal.TerminalFactory",
            "com.googlecode.lanterna.terminal.ansi.ANSITerminal",
            "com.googlecode.lanterna.terminal.ansi.ANSITerminal$1",
            "com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal",
            "com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal",
            "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal",
            "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal$1",
            "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal$CtrlCBehaviour",
            "com.googlecode.lanterna.terminal.ansi.UnixTerminal",
            "dev.tilik.LogSetup",
            "dev.tilik.Main",
            "dev.tilik.cache.CacheDir",
            "dev.tilik.cli.CompiledTerminfo",
            "dev.tilik.cli.ErrTerminal",
            "dev.tilik.cli.StateDir",
            "dev.tilik.tui.EarlyLoad",
            "dev.tilik.tui.NulFreeOutputStream",
            "dev.tilik.tui.OneSttyTerminal",
            "dev.tilik.tui.OneSttyTerminal$Batch",
            "dev.tilik.tui.OneSttyTerminal$Maker",
            "dev.tilik.tui.TtySuspender",
            "dev.tilik.tui.TuiRunner",
            "dev.tilik.tui.TuiRunner$LogFile",
            "dev.tilik.tui.WholeSequenceInput",
            "dev.tilik.tui.WholeSequenceInput$1",
            "dev.tilik.tui.WholeSequenceInput$State",
            "java.io.Console",
            "java.io.Console$2",
            "java.io.Console$3",
            "java.io.Console$LineReader",
            "java.io.InterruptedIOException",
            "java.lang.ApplicationShutdownHooks",
            "java.lang.ApplicationShutdownHooks$1",
            "java.lang.Process",
            "java.lang.Process$PipeInputStream",
            "java.lang.ProcessBuilder",
            "java.lang.ProcessBuilder$NullInputStream",
            "java.lang.ProcessBuilder$NullOutputStream",
            "java.lang.ProcessBuilder$Redirect",
            "java.lang.ProcessBuilder$Redirect$1",
            "java.lang.ProcessBuilder$Redirect$2",
            "java.lang.ProcessBuilder$Redirect$3",
            "java.lang.ProcessBuilder$Redirect$4",
            "java.lang.ProcessBuilder$Redirect$Type",
            "java.lang.ProcessBuilder$RedirectPipeImpl",
            "java.lang.ProcessEnvironment$StringEntry",
            "java.lang.ProcessEnvironment$StringEntrySet",
            "java.lang.ProcessEnvironment$StringEntrySet$1",
            "java.lang.ProcessHandleImpl$1",
            "java.lang.ProcessHandleImpl$ExitCompletion",
            "java.lang.ProcessImpl",
            "java.lang.ProcessImpl$1",
            "java.lang.ProcessImpl$LaunchMechanism",
            "java.lang.ProcessImpl$Platform",
            "java.lang.ProcessImpl$ProcessPipeInputStream",
            "java.lang.ProcessImpl$ProcessPipeOutputStream",
            "java.nio.StringCharBuffer",
            "java.util.Collections$UnmodifiableMap$UnmodifiableEntrySet$UnmodifiableEntry",
            "java.util.concurrent.CompletableFuture",
            "java.util.concurrent.CompletableFuture$AltResult",
            "java.util.concurrent.CompletableFuture$AsynchronousCompletionTask",
            "java.util.concurrent.CompletableFuture$Completion",
            "java.util.concurrent.CompletableFuture$ThreadPerTaskExecutor",
            "java.util.concurrent.CompletableFuture$UniAccept",
            "java.util.concurrent.CompletableFuture$UniCompletion",
            "java.util.concurrent.CompletableFuture$UniHandle",
            "java.util.concurrent.CompletionStage",
            "java.util.concurrent.ForkJoinTask",
            "java.util.concurrent.ForkJoinTask$Aux",
            "jdk.internal.access.JavaIOAccess",
            "picocli.CommandLine$1",
            "picocli.CommandLine$2",
            "picocli.CommandLine$IExecutionExceptionHandler",
            "picocli.CommandLine$IParameterExceptionHandler",
            "sun.misc.Signal",
            "sun.misc.Signal$InternalMiscHandler",
            "sun.misc.Signal$SunMiscHandler",
            "sun.misc.SignalHandler",
            "sun.nio.cs.ThreadLocalCoders",
            "sun.nio.cs.ThreadLocalCoders$1",
            "sun.nio.cs.ThreadLocalCoders$2",
            "sun.nio.cs.ThreadLocalCoders$Cache");

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        String articles = args[0];
        String rules = args[1];
        Path work = Files.createTempDirectory("tilik-archive");
        try {
            CliContext ctx = new CliContext(new Analyzer(), Map.of("TERM", "xterm-256color"), () -> true,
                    ArchiveTraining::read, Terminfo.JLINE, () -> false, work.resolve("cache"));
            PrintWriter none = new PrintWriter(Writer.nullWriter());
            String notes = work.resolve("notes.json").toString();
            for (int i = 0; i < 2; i++) {
                Cli.run(ctx, none, none, "check", articles, "--rules", rules, "--format", "json");
            }
            for (int i = 0; i < 2; i++) {
                Cli.run(ctx, none, none, articles, "--rules", rules, "--notes", notes);
            }
            loadOnly(REAL_TERMINAL);
            realRunsLambdas();
        } finally {
            delete(work);
        }
    }

    /** The reader on a virtual terminal: waits for the analysis, steps, gives a verdict, quits. */
    private static int read(Backend backend, TuiOptions options) {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 35));
        TuiApp app;
        try {
            app = new TuiApp(new TerminalScreen(terminal), terminal, backend, options, Suspender.NONE);
        } catch (IOException e) {
            return 1; // the virtual terminal does no I/O
        }
        Thread ui = new Thread(() -> {
            try {
                app.run();
            } catch (IOException e) {
                // the virtual terminal does no I/O
            }
        }, "tilik-training-reader");
        ui.setDaemon(true);
        ui.start();
        try {
            if (app.await(AppState::isLoaded, DEADLINE)) {
                type(terminal, "nv1");
                app.await(s -> s.session() != null && !s.session().reviews().isEmpty(), Duration.ofSeconds(10));
            }
            for (String keys : List.of("q", "Q")) {
                type(terminal, keys);
                ui.join(Duration.ofSeconds(10).toMillis());
                if (!ui.isAlive()) {
                    break;
                }
            }
            if (ui.isAlive()) {
                terminal.addInput(new KeyStroke('c', true, false));
                ui.join(Duration.ofSeconds(10).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Runs what a real start runs and the training's reader does not, for the lambdas it links:
     * {@code Main}'s context and uncaught-exception handler (made, not used or installed), and one
     * child process ({@code stty}'s, which the reader starts, links the JDK's process lambdas).
     */
    private static void realRunsLambdas() {
        Main.context().env();
        Main.uncaught().getClass();
        try {
            new ProcessBuilder("sh", "-c", "exit 0").redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            // no shell here: only the process classes' lambdas stay out of the archive
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void loadOnly(List<String> classes) {
        ClassLoader loader = ArchiveTraining.class.getClassLoader();
        for (String name : classes) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // renamed or gone in this jar or JDK: only that class stays out of the archive
            }
        }
    }

    private static void type(DefaultVirtualTerminal terminal, String keys) {
        keys.chars().forEach(c -> terminal.addInput(new KeyStroke((char) c, false, false)));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
