package dev.tilik.cli;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Problem;
import dev.tilik.ingest.Progress;
import dev.tilik.notes.AtomicWriter;
import dev.tilik.notes.NoteExport;
import dev.tilik.notes.NoteStore;
import dev.tilik.review.ReviewSession;
import dev.tilik.shell.ExportOptions;
import dev.tilik.text.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tilik export --format md|claimreview}: the recorded verdicts and notes, to read or to publish. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the verdicts and notes recorded on a folder's findings.",
                "As md (Markdown, to read or mail) or claimreview (schema.org ClaimReview JSON-LD)."})
public final class ExportCommand extends ContextCommand {
    /** What {@code --format} accepts. */
    public enum Format { MD, CLAIMREVIEW }

    @Mixin
    ReviewInput input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "md or claimreview (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ExportOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    public ExportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws Exception {
        input.indexed(ctx);
        if (!Files.isRegularFile(input.notesFile())) {
            throw new BadInputException("no note file at " + input.notesFile() + " (review findings first, or name one with --notes)");
        }
        if (input.notesNotice() != null) {
            err().println("tilik: " + SafeText.sanitize(input.notesNotice()));
            err().flush();
        }
        NoteStore store = NoteStore.open(input.notesFile());
        if (store.problems().stream().anyMatch(p -> p.level() == Problem.Level.ERROR)) {
            // the reader and the shell went on in the recovery sibling: name it, so the notes they saved can be exported
            java.util.List<java.nio.file.Path> recovered = dev.tilik.notes.NotePaths.recoveries(input.notesFile());
            throw new BadInputException(store.problems().stream().filter(p -> p.level() == Problem.Level.ERROR)
                    .findFirst().orElseThrow() + (recovered.isEmpty() ? ""
                    : "; the notes saved since are in " + recovered.get(recovered.size() - 1) + ": export them with --notes "
                    + recovered.get(recovered.size() - 1)));
        }
        // what opening left out of the note file (or found beside it) is said, as the reader and the shell say it
        for (Problem p : store.problems()) {
            err().println("tilik: " + p.level().name().toLowerCase(java.util.Locale.ROOT) + ": "
                    + SafeText.sanitize(p.toString()));
        }
        NoteExport export = options.export(format == Format.CLAIMREVIEW ? NoteExport.Format.CLAIMREVIEW
                : NoteExport.Format.MD);
        if (export.refusal() != null) {
            throw new BadInputException(SafeText.sanitize(export.refusal()));
        }
        String mine = output == null ? null : NoteExport.refusal(output, input.notesFile());
        if (mine != null) {
            throw new BadInputException("refused: " + SafeText.sanitize(mine));
        }
        Analysis analysis = input.articles().analyze(ctx, Progress.NONE);
        ReviewSession session = store.restore(analysis);
        String text = export.render(session);
        for (String notice : export.notices(session)) {
            err().println("tilik: " + SafeText.sanitize(notice));
        }
        err().flush();
        if (output != null) {
            write(text);
        } else {
            PrintWriter out = out();
            out.print(text);
            out.flush();
        }
        return ExitCode.OK;
    }

    /** Writes the export atomically: a reader of FILE sees the old export or the new one, never half. */
    private void write(String text) throws BadInputException {
        try {
            NoteExport.write(output, text);
        } catch (AtomicWriter.NotSyncedException e) {
            err().println("tilik: warning: " + e.getMessage());
            err().flush();
        } catch (IOException e) {
            throw new BadInputException("cannot write " + output + ": " + NoteStore.describe(e));
        }
    }
}
