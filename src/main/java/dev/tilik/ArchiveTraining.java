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
 * launcher starts with ({@code target/tilik.jsa}, docs/PERFORMANCE.md): an archive holds only the
 * classes its run loaded, so this one run takes every path a user meets first — {@code check} on a
 * folder never seen (the cache written), the same {@code check} again (the folder entry read), and
 * the reader over the cached folder on a virtual terminal (first finding, next, a verdict saved,
 * quit), twice so the second reads the note file back. Works in a temporary folder it removes; prints
 * nothing; a path that fails only leaves its classes out of the archive.
 * <p>{@code java -XX:ArchiveClassesAtExit=tilik.jsa -cp tilik.jar dev.tilik.ArchiveTraining ARTICLES RULES}
 */
public final class ArchiveTraining {
    private static final Duration DEADLINE = Duration.ofMinutes(2);

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
