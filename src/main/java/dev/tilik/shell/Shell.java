package dev.tilik.shell;

import dev.tilik.ingest.Problem;
import dev.tilik.notes.SaveResult;
import dev.tilik.text.SafeText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.completer.AggregateCompleter;
import org.jline.reader.impl.completer.SystemCompleter;
import org.jline.terminal.Terminal;
import picocli.CommandLine;
import picocli.shell.jline3.PicocliCommands;

/**
 * The line-mode REPL: reads lines with JLine (history, Tab completion from the picocli tree), runs
 * them through {@link ShellCommands}, and saves on the way out. Works on a dumb terminal too, so
 * piped input scripts it ({@code printf 'list\nquit\n' | tilik shell}).
 */
public final class Shell {
    private static final String PROMPT = "tilik> ";
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private Shell() {
    }

    /**
     * Runs the shell until {@code quit} or end of input; returns the final save.
     *
     * @param history     where to keep the command history, or null for none
     * @param interactive false for piped input: no prompt, so a script's output is only the answers
     */
    public static SaveResult run(ShellState state, Terminal terminal, Path history, boolean interactive) {
        JLINE_LOG.setLevel(Level.OFF); // JLine logs through java.util.logging to stderr, over the shell
        String prompt = interactive ? PROMPT : "";
        PrintWriter out = interactive ? new ShellOutput(terminal.writer(), terminal::getWidth) : terminal.writer();
        AtomicBoolean quit = new AtomicBoolean();
        ShellContext ctx = new ShellContext(state, out, quit);
        CommandLine commands = ShellCommands.build(ctx);
        LineReader reader = reader(terminal, commands, history);
        greet(state, out);
        boolean end = false;
        while (!quit.get() && !end) {
            String line;
            try {
                line = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                continue; // Ctrl-C drops the line being typed, as in any shell
            } catch (EndOfFileException e) {
                line = e.getPartialLine(); // a script's last line may lack its newline
                end = true;
            }
            SaveResult caught = line == null || line.isBlank() ? null : state.catchUp();
            if (caught != null) {
                ctx.report(caught); // another reader's notes, merged in before the command reads them
            }
            execute(commands, reader.getParser(), line, out);
            out.flush();
        }
        SaveResult last = state.save();
        ctx.report(last);
        out.println(last.ok() ? SafeText.sanitize(dev.tilik.notes.NotePaths.notesAt(last.file())) : "Notes NOT saved.");
        out.flush();
        return last;
    }

    private static void execute(CommandLine commands, Parser parser, String line, PrintWriter out) {
        if (line == null || line.isBlank()) {
            return;
        }
        java.util.OptionalLong skipped = LineCap.skipped(line);
        if (skipped.isPresent()) {
            out.println(LineCap.message(skipped.getAsLong()));
            return;
        }
        List<String> words;
        try {
            words = parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words();
        } catch (SyntaxError e) {
            out.println(SafeText.sanitize(e.getMessage()) + " (type help)");
            return;
        }
        String[] args = NoteCommand.runs(words) ? NoteCommand.asTyped(line)
                : words.stream().filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (args.length > 0) {
            commands.execute(args);
        }
    }

    private static LineReader reader(Terminal terminal, CommandLine commands, Path history) {
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).appName("tilik")
                .completer(completer(commands)).parser(parser)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        if (history != null) {
            b.variable(LineReader.HISTORY_FILE, history);
        }
        return b.build();
    }

    /** Tab completion for command names, options and values, from the picocli tree. */
    static Completer completer(CommandLine commands) {
        SystemCompleter names = new PicocliCommands(commands).compileCompleters();
        names.compile();
        return new AggregateCompleter(names, new PositionalCompleter(commands));
    }

    private static void greet(ShellState state, PrintWriter out) {
        for (Problem p : state.store().problems()) {
            out.println(p.level().name().toLowerCase(java.util.Locale.ROOT) + ": " + SafeText.sanitize(p.toString()));
        }
        String other = state.openingWarning(); // here, not at the first save too, and wrapped at words as the shell's lines are
        if (other != null) {
            out.println("warning: " + SafeText.sanitize(other));
        }
        int n = state.findings().size();
        out.println(n + (n == 1 ? " finding" : " findings") + "; notes in "
                + SafeText.sanitize(state.store().file().toString()) + ". Type help, or list.");
        java.util.List<String> drafts = state.session().withDrafts().stream()
                .map(f -> Integer.toString(state.indexOf(f) + 1)).toList();
        if (!drafts.isEmpty()) { // the reader's editor was open when it quit or hung up: said, so that no note dropped it unseen
            out.println(drafts.size() == 1
                    ? "A note typed in the reader and never saved waits on finding " + drafts.get(0) + " (show "
                            + drafts.get(0) + " prints it)."
                    : "Notes typed in the reader and never saved wait on findings " + String.join(", ", drafts)
                            + " (show N prints one).");
        }
        out.flush();
    }
}
