package dev.tilik.cli;

import dev.tilik.rules.Rules;
import dev.tilik.tui.TuiOptions;
import dev.tilik.tui.TuiRunner;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tilik [DIR]}: the root of the command tree; on its own it opens the full-screen reader. */
@Command(name = "tilik", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Tilik: a terminal fact-check assistant for news articles.",
                "Opens the reader over DIR: the articles side by side with their statements, the findings "
                        + "where sources disagree, verdicts and notes saved to the note file."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done; check: no contradiction found", "1:check: contradictions found",
                "2:bad input (unknown option, missing folder, malformed rules, no terminal)",
                "3:internal error (see the log file)"})
public final class TilikCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Mixin
    FolderInput input;

    @Mixin
    NotesOption notes;

    public TilikCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws BadInputException {
        ctx.analyzer().prepare(); // the models parse on another core while the rules are read and the screen opens
        Rules rules = input.prepare();
        ReaderGate gate = ReaderGate.of(ctx.terminal().getAsBoolean(), ctx.env()::get);
        if (gate != ReaderGate.OPEN) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("tilik: " + gate.message());
            err.flush();
            return gate == ReaderGate.DUMB ? shell() : ExitCode.BAD_INPUT;
        }
        int code = ctx.reader().open(new ReaderBackend(ctx, input, rules, notes.file()),
                TuiOptions.fromEnvironment(ctx.env()));
        return switch (code) {
            case TuiRunner.OK -> ExitCode.OK;
            case TuiRunner.NOT_A_TERMINAL -> ExitCode.BAD_INPUT;
            default -> ExitCode.INTERNAL;
        };
    }

    /** The line-mode shell over the same folder, notes and rules. */
    private int shell() {
        List<String> args = new ArrayList<>(List.of(input.folder().toString(), "--notes", notes.file().toString()));
        if (input.rulesDir() != null) {
            args.addAll(List.of("--rules", input.rulesDir().toString()));
        }
        return spec.commandLine().getSubcommands().get("shell").execute(args.toArray(String[]::new));
    }
}
