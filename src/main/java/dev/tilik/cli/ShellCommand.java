package dev.tilik.cli;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Progress;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveOnExit;
import dev.tilik.notes.SaveResult;
import dev.tilik.shell.LineCap;
import dev.tilik.shell.Shell;
import dev.tilik.shell.ShellState;
import dev.tilik.text.SafeText;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tilik shell [DIR]}: the line-mode shell over a folder's findings. Works on any terminal,
 * and on piped input for scripting (JLine then gives a dumb terminal). A hang-up or SIGTERM saves
 * the notes from a shutdown hook.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Step through the findings in a line-mode shell: list, show, next, prev, verdict, note, "
                + "rate, takeback, save, export, help, quit.",
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
        out.println("Reading " + SafeText.sanitize(input.articles().folder().toString()) + " …");
        out.flush();
        Analysis analysis = input.articles().analyze(ctx, Progress.NONE);
        input.indexed(ctx);
        NoteStore store = NoteStore.open(input.notesFile(), SideNotes.unsavedDir(ctx));
        if (Files.isRegularFile(input.notesFile())) {
            input.remember(ctx, input.notesFile());
        }
        if (input.notesNotice() != null) {
            out.println(SafeText.sanitize(input.notesNotice()));
        }
        String waiting = SideNotes.opening(input.notesFile(), store, false);
        if (waiting != null) {
            out.println(SafeText.sanitize(waiting));
        }
        store.otherFolder(analysis).forEach(p -> out.println("warning: " + SafeText.sanitize(p.toString())));
        dev.tilik.notes.ReaderLock lock = dev.tilik.notes.ReaderLock.take(input.notesFile()).releasedOnExit();
        ShellState state = new ShellState(store.restore(analysis), store, Clock.systemUTC()).watching(lock);
        SaveOnExit hook = SaveOnExit.install(store, state::session);
        boolean interactive = ctx.terminal().getAsBoolean();
        try (Terminal terminal = terminal(interactive)) {
            SaveResult last = Shell.run(state, terminal, interactive ? history() : null, interactive);
            if (Files.isRegularFile(input.notesFile())) {
                input.remember(ctx, input.notesFile());
            }
            String farewell = SideNotes.farewell(input.notesFile(), store);
            if (farewell != null) {
                err().println(farewell);
                err().flush();
            }
            return last.ok() ? ExitCode.OK : ExitCode.INTERNAL;
        } finally {
            hook.remove();
            lock.release();
        }
    }

    /**
     * The user's terminal; for piped input a dumb terminal over stdin with every line capped
     * ({@link LineCap}: a 9 MB line is skipped with a word, not read into memory).
     */
    private static Terminal terminal(boolean interactive) throws java.io.IOException {
        if (interactive) {
            return TerminalBuilder.builder().system(true).dumb(true).encoding(StandardCharsets.UTF_8).build();
        }
        return new DumbTerminal("tilik", "dumb", new LineCap(new FileInputStream(FileDescriptor.in)),
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
    }

    /** {@code $XDG_STATE_HOME/tilik/shell-history}, beside the log file. */
    private Path history() {
        return StateDir.of(ctx.env()).resolve("shell-history");
    }
}
