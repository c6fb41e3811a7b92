package dev.tilik;

import dev.tilik.analysis.Analyzer;
import dev.tilik.cache.CacheDir;
import dev.tilik.cli.Cli;
import dev.tilik.cli.CliContext;
import dev.tilik.cli.ErrTerminal;
import dev.tilik.cli.ExitCode;
import dev.tilik.cli.StateDir;
import dev.tilik.cli.Terminfo;
import dev.tilik.tui.TuiRunner;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/** Entry point: sets up logging and UTF-8 output, runs the command tree, exits. The only {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogSetup.toFile(System.getenv());
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(stdout);
        System.setErr(stderr);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        CliContext ctx = context();
        Thread.setDefaultUncaughtExceptionHandler(uncaught());
        int code;
        try {
            code = Cli.run(ctx, out, err, args);
        } catch (Throwable e) { // even printing the failure failed (out of memory again): still not 1
            code = ExitCode.INTERNAL;
        }
        System.exit(code);
    }

    /**
     * The context of a real run. {@link ArchiveTraining} makes one too, so that the class-data
     * archive holds its lambdas' classes: a lambda the training never ran is spun at run time
     * (a class generated and defined) on every start.
     */
    static CliContext context() {
        return new CliContext(new Analyzer(), System.getenv(), () -> System.console() != null,
                TuiRunner::run, Terminfo.JLINE, ErrTerminal::isTerminal,
                CacheDir.of(System.getenv(), StateDir.home(System.getenv())));
    }

    /** What logs a thread's uncaught exception (made by {@link ArchiveTraining} too, as {@link #context}). */
    static Thread.UncaughtExceptionHandler uncaught() {
        return (t, e) -> LoggerFactory.getLogger(Main.class).error("uncaught in thread " + t.getName(), e);
    }
}
