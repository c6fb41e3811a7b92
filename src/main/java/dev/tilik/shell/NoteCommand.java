package dev.tilik.shell;

import dev.tilik.findings.Finding;
import dev.tilik.text.SafeText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "note", aliases = "e",
        description = "Write the current finding's note (the rest of the line), or print it.")
final class NoteCommand implements Callable<Integer> {
    private final ShellContext ctx;

    @Option(names = "--clear", description = "Remove the note.")
    boolean clear;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The note.")
    List<String> words;

    NoteCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Finding f = Target.resolve(ctx, null);
        if (f == null) {
            return 1;
        }
        if (!clear && (words == null || words.isEmpty())) {
            String note = ctx.state().session().note(f.id());
            ctx.out().println(note.isEmpty() ? "(no note)" : SafeText.sanitize(note));
            return 0;
        }
        String text = clear ? "" : String.join(" ", words);
        ctx.report(ctx.state().note(f, text));
        ctx.out().println(clear ? "Note removed." : "Note saved.");
        return 0;
    }
}
