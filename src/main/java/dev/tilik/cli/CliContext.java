package dev.tilik.cli;

import dev.tilik.analysis.FolderAnalyzer;
import dev.tilik.tui.Backend;
import dev.tilik.tui.TuiOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What commands need from the outside world, injected so tests control it.
 *
 * @param analyzer  runs the pipeline on a folder
 * @param env       environment variables ({@code System.getenv()} in production)
 * @param terminal  true when stdin and stdout are a terminal ({@code System.console() != null})
 * @param reader    opens the full-screen reader ({@code TuiRunner::run} in production)
 * @param terminfo  the terminal database, asked whether {@code TERM} can address the cursor
 * @param errTerminal true when stderr is a terminal ({@link ErrTerminal#isTerminal()}): progress is shown there
 * @param cacheDir  where each article's analysis is kept between runs ({@link dev.tilik.cache.CacheDir} in
 *                  production), or null for no cache (tests stay hermetic unless they pass a folder)
 */
public record CliContext(FolderAnalyzer analyzer, Map<String, String> env, BooleanSupplier terminal, Reader reader,
        Terminfo terminfo, BooleanSupplier errTerminal, Path cacheDir) {

    /** Opens the reader over a backend and returns its exit status. */
    @FunctionalInterface
    public interface Reader {
        int open(Backend backend, TuiOptions options);
    }

    public CliContext {
        Objects.requireNonNull(analyzer, "analyzer");
        env = Map.copyOf(env);
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(terminfo, "terminfo");
        Objects.requireNonNull(errTerminal, "errTerminal");
    }

    /** A context without an analysis cache. */
    public CliContext(FolderAnalyzer analyzer, Map<String, String> env, BooleanSupplier terminal, Reader reader,
                      Terminfo terminfo, BooleanSupplier errTerminal) {
        this(analyzer, env, terminal, reader, terminfo, errTerminal, null);
    }

    /** A context asking JLine's terminal database, with stderr taken for a pipe (no progress shown), no cache. */
    public CliContext(FolderAnalyzer analyzer, Map<String, String> env, BooleanSupplier terminal, Reader reader) {
        this(analyzer, env, terminal, reader, Terminfo.JLINE, () -> false);
    }
}
