package dev.tilik.cli;

import dev.tilik.analysis.FolderAnalyzer;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * What commands need from the outside world, injected so tests control it.
 *
 * @param analyzer  runs the pipeline on a folder
 * @param env       environment variables ({@code System::getenv} in production)
 * @param terminal  true when stdin and stdout are a terminal ({@code System.console() != null})
 */
public record CliContext(FolderAnalyzer analyzer, Function<String, String> env, BooleanSupplier terminal) {
    public CliContext {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(terminal, "terminal");
    }
}
