package dev.tilik.shell;

import dev.tilik.notes.AtomicWriter;
import dev.tilik.notes.ClaimReviewExport;
import dev.tilik.notes.MarkdownExport;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveSteps;
import dev.tilik.review.ReviewSession;
import dev.tilik.text.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Print or write the notes as Markdown or ClaimReview JSON-LD.")
final class ExportCommand implements Callable<Integer> {
    /** What the shell exports. */
    enum Format { md, claimreview }

    private final ShellContext ctx;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default: md).")
    Format format;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "The same, as the command line's export takes it: ${COMPLETION-CANDIDATES}.")
    Format formatOption;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of printing.")
    Path output;

    @Option(names = "--reviewer", paramLabel = "NAME", defaultValue = "Tilik",
            description = "The organisation named as ClaimReview author (default: ${DEFAULT-VALUE}).")
    String reviewer;

    ExportCommand(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (format != null && formatOption != null && format != formatOption) {
            ctx.out().println("export: two formats given (" + format + " and -f " + formatOption + "); give one");
            return 2;
        }
        Format chosen = formatOption != null ? formatOption : format != null ? format : Format.md;
        ReviewSession session = ctx.state().session();
        String text = chosen == Format.md ? MarkdownExport.render(session) : ClaimReviewExport.render(session, reviewer);
        if (output == null) {
            text.lines().map(SafeText::sanitize).forEach(ctx.out()::println);
            return 0;
        }
        try {
            new AtomicWriter(SaveSteps.REAL).write(output, text.getBytes(StandardCharsets.UTF_8));
        } catch (AtomicWriter.NotSyncedException e) {
            ctx.out().println("warning: " + SafeText.sanitize(e.getMessage()));
        } catch (IOException e) {
            ctx.out().println("error: export not written: " + SafeText.sanitize(NoteStore.describe(e)));
            return 1;
        }
        ctx.out().println("Exported to " + SafeText.sanitize(output.toString()) + ".");
        return 0;
    }
}
