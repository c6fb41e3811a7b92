package dev.tilik.shell;

import dev.tilik.notes.AtomicWriter;
import dev.tilik.notes.NoteExport;
import dev.tilik.notes.NoteStore;
import dev.tilik.review.ReviewSession;
import dev.tilik.text.SafeText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ExportOptions options = new ExportOptions();

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
        NoteExport export = options.export(chosen == Format.md ? NoteExport.Format.MD : NoteExport.Format.CLAIMREVIEW);
        if (export.refusal() != null) {
            ctx.out().println("export: " + SafeText.sanitize(export.refusal()));
            return 2;
        }
        String mine = output == null ? null : NoteExport.refusal(output, ctx.state().store().file());
        if (mine != null) {
            ctx.out().println("export: refused: " + SafeText.sanitize(mine));
            return 2;
        }
        ReviewSession session = ctx.state().session();
        String text = export.render(session);
        if (output == null) {
            text.lines().map(SafeText::sanitize).forEach(l -> ShellOutput.verbatim(ctx.out(), l));
        }
        export.notices(session).forEach(n -> ctx.out().println("export: " + SafeText.sanitize(n)));
        if (output == null) {
            return 0;
        }
        try {
            NoteExport.write(output, text);
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
