package dev.tilik.cli;

import dev.tilik.text.SafeTextWriter;
import java.io.PrintWriter;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Builds Tilik's one command tree, shared by the batch CLI and the shell, and runs it. */
public final class Cli {
    private Cli() {
    }

    /**
     * The logger, made on first use: slf4j-simple's set-up (its date format's locale data) is a sixth
     * of a cached reopen's start-up, and a run that goes well logs nothing.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Cli.class);
    }

    /** The subcommands' names ({@code CliTest} holds them to the tree's). */
    static final Set<String> SUBCOMMANDS = Set.of("check", "eval", "export", "shell", "add", "notes");

    /** The command tree, printing to {@code out} and {@code err}. */
    public static CommandLine commandLine(CliContext ctx, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new TilikCommand(ctx));
        cl.addSubcommand(new CheckCommand(ctx));
        cl.addSubcommand(new EvalCommand(ctx));
        cl.addSubcommand(new ExportCommand(ctx));
        cl.addSubcommand(new ShellCommand(ctx));
        cl.addSubcommand(new AddCommand(ctx));
        cl.addSubcommand(NotesCommand.commandLine(ctx));
        configure(cl, out, err);
        cl.setExecutionStrategy(Cli::rootArgumentsRead);
        return cl;
    }

    /**
     * Runs the command asked for, as picocli's {@code RunLast} does, unless the root was given a folder or an option
     * before a subcommand ({@code tilik --rules mine check articles}): picocli reads them as the reader's and the
     * subcommand would run on its defaults, silently without them. That is bad input, told with where they go.
     */
    private static int rootArgumentsRead(ParseResult parsed) {
        if (parsed.hasSubcommand()) {
            java.util.List<String> given = new java.util.ArrayList<>();
            parsed.matchedOptions().stream().filter(o -> !o.usageHelp() && !o.versionHelp())
                    .forEach(o -> {
                        given.add(o.longestName());
                        if (o.arity().max() > 0) {
                            given.addAll(o.originalStringValues());
                        }
                    });
            parsed.matchedPositionals().forEach(p -> given.addAll(p.originalStringValues()));
            if (!given.isEmpty()) {
                String command = parsed.subcommand().commandSpec().name();
                PrintWriter err = parsed.commandSpec().commandLine().getErr();
                err.println("tilik: " + String.join(" ", given) + " before '" + command + "' would not be read: put it "
                        + "after the command (tilik " + command + " … " + String.join(" ", given) + ")");
                err.flush();
                return ExitCode.BAD_INPUT;
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /**
     * The tree {@code args} need. Arguments that name no subcommand, ask for no help or version
     * and read no {@code @file} run the root command (the reader) and nothing else, so only its
     * model is built: picocli builds each command's model from its annotations by reflection, and
     * the five subcommands' were half of the model's cost on every reader start. A parse error on
     * that root is handed to the whole tree, which tells it as before (its usage lists the commands).
     * Plain reader arguments do not come here at all ({@link ReaderArguments}).
     */
    static CommandLine forArguments(CliContext ctx, PrintWriter out, PrintWriter err, String... args) {
        if (namesMoreThanTheRoot(args)) {
            return commandLine(ctx, out, err);
        }
        CommandLine root = configure(new CommandLine(new TilikCommand(ctx)), out, err);
        root.setParameterExceptionHandler((e, again) -> commandLine(ctx, out, err).execute(again));
        return root;
    }

    /** True when {@code args} may need a subcommand, the usage of the whole tree, or an argument file. */
    static boolean namesMoreThanTheRoot(String... args) {
        for (String a : args) {
            if (SUBCOMMANDS.contains(a) || a.startsWith("@") || a.startsWith("-") && !a.startsWith("--")
                    || a.equals("--help") || a.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    /** The settings every tree gets, set after its subcommands were added so that they reach them too. */
    static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Cli::handle);
        return ExitCode.document(cl);
    }

    /**
     * Parses and runs {@code args}; returns the exit status (see {@link ExitCode}). Everything on
     * {@code err} (messages naming files, rules and options the user gave, picocli's own errors)
     * passes through {@link SafeTextWriter}: an escape sequence in a folder name is shown, never
     * run by the terminal. Anything a command throws past picocli (an {@link Error} such as
     * {@link OutOfMemoryError}, which picocli does not catch) is {@link ExitCode#INTERNAL}, never
     * the JVM's 1, which scripts read as "contradictions found".
     */
    public static int run(CliContext ctx, PrintWriter out, PrintWriter err, String... args) {
        PrintWriter safeErr = new PrintWriter(new SafeTextWriter(err), true);
        int code;
        try {
            ReviewInput plain = ReaderArguments.read(args);
            code = plain == null ? forArguments(ctx, out, safeErr, args).execute(args)
                    : reader(ctx, plain, out, safeErr);
        } catch (OutOfMemoryError e) {
            code = failed(safeErr, "out of memory (give Java more, e.g. JDK_JAVA_OPTIONS=-Xmx2g)", e);
        } catch (RuntimeException | Error e) {
            code = failed(safeErr, e.toString(), e);
        }
        out.flush();
        safeErr.flush();
        return code;
    }

    /**
     * The reader over plain arguments, called as picocli would call it: its exit status, or what
     * {@link #handle} makes of an exception it throws.
     */
    static int reader(CliContext ctx, ReviewInput input, PrintWriter out, PrintWriter err) {
        try {
            return new TilikCommand(ctx, input).writingTo(out, err).call();
        } catch (Exception e) {
            return handle(e, err);
        }
    }

    private static int failed(PrintWriter err, String what, Throwable e) {
        log().error("command failed", e);
        err.println("tilik: internal error: " + what + " (details in the log file)");
        err.flush();
        return ExitCode.INTERNAL;
    }

    private static int handle(Exception e, CommandLine cl, ParseResult parsed) {
        return handle(e, cl.getErr());
    }

    private static int handle(Exception e, PrintWriter err) {
        if (e instanceof BadInputException) {
            err.println("tilik: " + e.getMessage());
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        log().error("command failed", e);
        err.println("tilik: " + e + " (details in the log file)");
        err.flush();
        return ExitCode.INTERNAL;
    }
}
