package dev.tilik.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tilik}: the root of the command tree. */
@Command(name = "tilik", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Tilik: a terminal fact-check assistant for news articles.",
                "Reads a folder of articles, extracts who said what with which stance, and flags where "
                        + "sources disagree."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done; check: no contradiction found", "1:check: contradictions found",
                "2:bad input (unknown option, missing folder, malformed rules)", "3:internal error (see the log file)"})
public final class TilikCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    public TilikCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }

    CliContext context() {
        return ctx;
    }
}
