package dev.tilik.shell;

import dev.tilik.text.SafeText;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The shell's command tree: one picocli command per thing a fact-checker does, printing to one writer. */
@Command(name = "", description = {"Tilik shell: step through the findings, record verdicts and notes.",
        "Every change is saved at once. Tab completes commands and values."},
        footer = {"", "Ctrl-D or quit leaves (saving first)."})
final class ShellCommands implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The tree for one shell session; parse errors print one line and a hint, never a stack trace. */
    static CommandLine build(ShellContext ctx) {
        CommandLine cl = new CommandLine(new ShellCommands());
        cl.addSubcommand(new ListCommand(ctx));
        cl.addSubcommand(new ShowCommand(ctx));
        cl.addSubcommand(new NextCommand(ctx));
        cl.addSubcommand(new PrevCommand(ctx));
        cl.addSubcommand(new VerdictCommand(ctx));
        cl.addSubcommand(new NoteCommand(ctx));
        cl.addSubcommand(new RateCommand(ctx));
        cl.addSubcommand(new TakeBackCommand(ctx));
        cl.addSubcommand(new SaveCommand(ctx));
        cl.addSubcommand(new ExportCommand(ctx));
        cl.addSubcommand(new QuitCommand(ctx));
        cl.addSubcommand(new CommandLine.HelpCommand());
        // Words are what the user typed, never "@file" to read; a note's words after its first are all text.
        cl.setExpandAtFiles(false);
        cl.getSubcommands().get("note").setStopAtPositional(true).setUnmatchedOptionsArePositionalParams(true);
        // The root has no name (commands are typed bare), so drop the space picocli puts before the name.
        cl.getCommandSpec().usageMessage().synopsisHeading("Usage:");
        // The root's own synopsis, "[COMMAND]", read as a word to type: say what a line holds instead.
        cl.getCommandSpec().usageMessage().customSynopsis(" COMMAND [ARGUMENTS] (help COMMAND tells one command's)");
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage().synopsisHeading("Usage:"));
        PrintWriter out = ctx.out();
        cl.setOut(out);
        cl.setErr(out);
        cl.setParameterExceptionHandler((e, args) -> {
            String said = plain(e);
            out.println(SafeText.sanitize(said) + (said.endsWith(")") ? "" : " (type help)"));
            return 2;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            out.println("error: " + SafeText.sanitize(String.valueOf(e.getMessage())));
            return 3;
        });
        return cl;
    }

    /**
     * A parse error in the user's words, not picocli's: a first word that names no command
     * ("unknown command: clear"), words a command has no place for ("show: \"x\" left over").
     */
    static String plain(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            CommandLine where = u.getCommandLine();
            String words = String.join(" ", u.getUnmatched());
            if (where.getParent() == null) {
                return "unknown command: " + words + " (the commands are "
                        + String.join(", ", where.getSubcommands().keySet().stream()
                        .filter(n -> where.getSubcommands().get(n).getCommandName().equals(n)).toList()) + ")";
            }
            return where.getCommandName() + ": \"" + words + "\" left over (help " + where.getCommandName()
                    + " says what it takes)";
        }
        return e.getMessage();
    }
}
