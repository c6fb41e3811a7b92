package dev.tilik.cli;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Progress;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveOnExit;
import dev.tilik.notes.SaveResult;
import dev.tilik.shell.Shell;
import dev.tilik.shell.ShellState;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tilik shell [DIR]}: the line-mode shell over a folder's findings. Works on any terminal,
 * and on piped input for scripting (JLine then gives a dumb terminal). A hang-up or SIGTERM saves
 * the notes from a shutdown hook.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Step through the findings in a line-mode shell: list, show, next, prev, verdict, note, "
                + "rate, save, export, help, quit.",
                "Reads commands from piped input too: printf 'list\\nquit\\n' | tilik shell articles"})
public final class ShellCommand extends ContextCommand {
    @Mixin
    ReviewInput input;

    public ShellCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        out.println("Reading " + input.articles().folder() + " …");
        out.flush();
        Analysis analysis = input.articles().analyze(ctx, Progress.NONE);
        NoteStore store = NoteStore.open(input.notesFile());
        ShellState state = new ShellState(store.restore(analysis), store, Clock.systemUTC());
        SaveOnExit hook = SaveOnExit.install(store, state::session);
        boolean interactive = ctx.terminal().getAsBoolean();
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true)
                .encoding(StandardCharsets.UTF_8).build()) {
            SaveResult last = Shell.run(state, terminal, interactive ? history() : null, interactive);
            return last.ok() ? ExitCode.OK : ExitCode.INTERNAL;
        } finally {
            hook.remove();
        }
    }

    /** {@code $XDG_STATE_HOME/tilik/shell-history}, beside the log file. */
    private Path history() {
        return StateDir.of(ctx.env(), System.getProperty("user.home")).resolve("shell-history");
    }
}
