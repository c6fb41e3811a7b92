package dev.tilik.shell;

import dev.tilik.findings.Finding;
import dev.tilik.text.SafeText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "note", aliases = "e",
        description = {"Write a finding's note (the rest of the line), or print it: note [N|ID] [TEXT...].",
            "N (a number) or ID first names the finding, as in verdict and rate; without it, the current one.",
            "A note that starts with a number: quote it (note \"3 sources\")."})
final class NoteCommand implements Callable<Integer> {
    private final ShellContext ctx;

    @Option(names = "--clear", description = "Remove the note.")
    boolean clear;

    @Parameters(arity = "0..*", paramLabel = "[N|ID] TEXT", description = "The finding (optional), then the note.")
    List<String> words;

    NoteCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        List<String> text = words == null ? List.of() : words;
        String which = null;
        if (!text.isEmpty() && names(text.get(0))) {
            which = text.get(0);
            text = text.subList(1, text.size());
        }
        Finding f = Target.resolve(ctx, which);
        if (f == null) {
            return 1;
        }
        if (!clear && text.isEmpty()) {
            String note = ctx.state().session().note(f.id());
            ctx.out().println(note.isEmpty() ? "(no note)" : SafeText.sanitize(note));
            return 0;
        }
        boolean saved = ctx.saved(ctx.state().note(f, clear ? "" : String.join(" ", text)));
        if (!saved) {
            return 1;
        }
        ctx.out().println(clear ? "Note removed." : "Note saved.");
        return 0;
    }

    /** A first word that names a finding: a number (in range or not: never silently text) or a finding id. */
    private boolean names(String word) {
        return word.matches("[0-9]+") || ctx.state().findings().stream().anyMatch(f -> f.id().equals(word));
    }
}
