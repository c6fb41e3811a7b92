package dev.tilik.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every Tilik command shares: the injected {@link CliContext} and its own picocli spec, which
 * gives the writers the command tree prints to (so tests capture them); a command run without
 * picocli ({@link ReaderArguments}) is given its writers instead.
 */
abstract class ContextCommand implements Callable<Integer> {
    final CliContext ctx;

    @Spec
    CommandSpec spec;

    private PrintWriter out;
    private PrintWriter err;

    ContextCommand(CliContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    /** This command, to be called without picocli, printing to {@code out} and {@code err}. */
    final ContextCommand writingTo(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        return this;
    }

    final PrintWriter out() {
        return spec == null ? out : spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec == null ? err : spec.commandLine().getErr();
    }

    /** Progress on stderr while a folder is analysed, when stderr is a terminal; close it to wipe the line. */
    final TerminalProgress progress() {
        return TerminalProgress.on(err(), ctx.errTerminal().getAsBoolean(), System::nanoTime);
    }
}
