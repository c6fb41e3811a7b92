package dev.tilik.cli;

import dev.tilik.rules.Rules;
import dev.tilik.tui.TuiOptions;
import dev.tilik.tui.TuiRunner;
import dev.tilik.text.SafeText;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tilik [DIR]}: the root of the command tree; on its own it opens the full-screen reader. */
@Command(name = "tilik", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Tilik: a terminal fact-check assistant for news articles.",
                "Opens the reader over DIR: the articles side by side with their statements, the findings "
                        + "where sources disagree, verdicts and notes saved to the note file."})
public final class TilikCommand extends ContextCommand {
    @Mixin
    ReviewInput input;

    public TilikCommand(CliContext ctx) {
        super(ctx);
    }

    /** The reader over {@code input} read without picocli ({@link ReaderArguments}). */
    TilikCommand(CliContext ctx, ReviewInput input) {
        super(ctx);
        this.input = input;
    }

    @Override
    public Integer call() throws BadInputException {
        input.articles().warmUp(ctx); // the models parse on another core while the rules are read and the screen opens
        Rules rules = input.articles().prepare(ctx);
        String term = ctx.env().get("TERM");
        ReaderGate gate = ReaderGate.of(ctx.terminal().getAsBoolean(), term, ctx.terminfo());
        if (gate != ReaderGate.OPEN) {
            PrintWriter err = err();
            err.println("tilik: " + gate.message(term));
            err.flush();
            return gate == ReaderGate.DUMB ? shell() : ExitCode.BAD_INPUT;
        }
        input.indexed(ctx);
        ReaderBackend backend = new ReaderBackend(ctx, input.articles(), rules, input.notesFile(),
                input.notesNotice());
        int code;
        try {
            code = ctx.reader().open(backend, TuiOptions.fromEnvironment(ctx.env()));
        } finally {
            backend.close();
        }
        String farewell = backend.farewell(); // the screen is gone: one line on the terminal
        if (farewell != null) {
            err().println(farewell);
            err().flush();
        } else if (backend.notesAt() != null) {
            out().println(SafeText.sanitize(backend.notesAt()));
            out().flush();
        }
        return switch (code) {
            case TuiRunner.OK -> ExitCode.OK;
            case TuiRunner.NOT_A_TERMINAL -> ExitCode.BAD_INPUT;
            default -> ExitCode.INTERNAL;
        };
    }

    /** The line-mode shell over the same folder, notes and rules. */
    private int shell() {
        List<String> args = input.arguments();
        if (spec == null) { // read without picocli: the whole tree parses "shell" and its arguments, as a user's would
            args.add(0, "shell");
            return Cli.commandLine(ctx, out(), err()).execute(args.toArray(String[]::new));
        }
        CommandLine root = spec.commandLine();
        if (!root.getSubcommands().containsKey("shell")) { // the reader's tree holds the root alone
            Cli.configure(root.addSubcommand(new ShellCommand(ctx)), out(), err());
        }
        return root.getSubcommands().get("shell").execute(args.toArray(String[]::new));
    }
}
