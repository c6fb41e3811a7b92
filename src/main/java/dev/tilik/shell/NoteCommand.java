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
            "The note is kept as typed, quotation marks and all. A note that starts with a number: "
                    + "quote it (note \"3 sources\")."})
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
        if (!text.isEmpty() && Target.names(ctx, text.get(0))) {
            which = text.get(0);
            text = text.subList(1, text.size());
        }
        boolean remove = clear || text.equals(List.of("--clear")); // note N --clear: the option after the finding
        if (remove) {
            text = List.of();
        }
        Finding f = Target.resolve(ctx, which);
        if (f == null) {
            return 1;
        }
        int number = ctx.state().indexOf(f) + 1;
        if (!remove && text.isEmpty()) {
            String note = ctx.state().session().note(f.id());
            ctx.out().println(note.isEmpty() ? "(no note)" : SafeText.sanitize(note));
            FindingText.draft(ctx.state().session(), f, number - 1, ctx.out());
            return 0;
        }
        String before = ctx.state().session().note(f.id());
        String draft = ctx.state().session().draft(f.id()); // a saved note takes the draft's place, as the reader's Enter does
        String note = remove ? "" : unquoteNumber(String.join(" ", text));
        boolean saved = ctx.saved(ctx.state().note(f, note));
        if (!saved) {
            return 1;
        }
        ctx.out().println((remove ? "Note removed from " : "Note saved on ") + Target.named(ctx, f) + ".");
        if (!before.isEmpty() && !before.equals(note)) {
            Target.replaced(ctx, before, "note " + number + " " + quoted(before));
        }
        if (!draft.isEmpty() && !draft.equals(note)) {
            ctx.out().println("It replaced the draft " + FindingText.DRAFT + ": " + SafeText.sanitize(draft));
            ctx.out().println("To save it as the note instead: note " + number + " " + SafeText.sanitize(quoted(draft)));
        }
        return 0;
    }

    /** The note as {@code note N} must be given it to write it again: a leading number quoted. */
    static String quoted(String note) {
        return !note.isEmpty() && Character.isDigit(note.charAt(0)) ? "\"" + note + "\"" : note;
    }

    /** Whether {@code words} (as the shell's parser split them) run this command. */
    static boolean runs(List<String> words) {
        String first = words.stream().filter(w -> !w.isEmpty()).findFirst().orElse("");
        return first.equals("note") || first.equals("e");
    }

    /**
     * The line split at white space and nothing else: a note is the rest of the line as typed, so
     * its quotation marks, apostrophes and backslashes stay (the shell's parser takes them away).
     */
    static String[] asTyped(String line) {
        return line.strip().split("\\s+");
    }

    /** {@code "3 sources"} → {@code 3 sources}: the one quoting a note needs, so its number is not a finding. */
    static String unquoteNumber(String text) {
        boolean quoted = text.length() > 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"));
        return quoted && Character.isDigit(text.charAt(1)) ? text.substring(1, text.length() - 1) : text;
    }

}
