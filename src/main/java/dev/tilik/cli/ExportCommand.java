package dev.tilik.cli;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Problem;
import dev.tilik.ingest.Progress;
import dev.tilik.notes.AtomicWriter;
import dev.tilik.notes.ClaimReviewExport;
import dev.tilik.notes.MarkdownExport;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveSteps;
import dev.tilik.review.ReviewSession;
import dev.tilik.text.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

    @Option(names = "--reviewer", paramLabel = "NAME", defaultValue = "Tilik",
            description = "The fact-checking organisation named as ClaimReview author (default: ${DEFAULT-VALUE}).")
    String reviewer;

    @Option(names = "--reviewed", description = "md: only the findings reviewed (a verdict, a note or a rating recorded)"
            + " and the orphaned notes, each with its number in the reader.")
    boolean reviewedOnly;

    @Option(names = "--url", paramLabel = "URL", description = "claimreview: the address of the page that publishes"
            + " your fact-check, each ClaimReview's url (the schema asks for it).")
    String url;

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
        for (Problem p : store.problems()) {
            if (p.level() == Problem.Level.ERROR) {
                throw new BadInputException(p.toString());
            }
        }
        Analysis analysis = input.articles().analyze(ctx, Progress.NONE);
        ReviewSession session = store.restore(analysis);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new BadInputException("--url: expected the http(s) address of the page publishing the fact-check, got "
                    + SafeText.sanitize(url));
        }
        String text = format == Format.CLAIMREVIEW ? ClaimReviewExport.render(session, reviewer, url)
                : reviewedOnly ? MarkdownExport.reviewed(session) : MarkdownExport.render(session);
        if (format == Format.CLAIMREVIEW) {
            left(session);
            if (url == null) {
                err().println("tilik: no url in the ClaimReview export: give the address of the page that publishes"
                        + " the fact-check with --url URL (the schema asks for it)");
                err().flush();
            }
        }
        if (output != null) {
            write(text);
        } else {
            PrintWriter out = out();
            out.print(text);
            out.flush();
        }
        return ExitCode.OK;
    }

    /**
     * Says on standard error which reviewed findings the ClaimReview export leaves out (a note alone,
     * or a verdict that rates nothing): an empty {@code [ ]} on its own read as if nothing was saved.
     */
    private void left(ReviewSession session) {
        long reviewed = session.reviews().values().stream().filter(r -> !r.isBlank()).count();
        long out = session.reviews().values().stream().filter(r -> !r.isBlank())
                .filter(r -> ClaimReviewExport.rating(r).isEmpty() || r.compared().isEmpty()).count();
        if (out > 0) {
            err().println("tilik: " + out + " of " + reviewed + " reviewed finding" + (reviewed == 1 ? "" : "s")
                    + " not in the ClaimReview export: it needs a claim rating (r in the reader, rate in the shell)"
                    + " or a verdict that rates (confirmed, divergence, needs sources)");
            err().flush();
        }
    }

    /** Writes the export atomically: a reader of FILE sees the old export or the new one, never half. */
    private void write(String text) throws BadInputException {
        try {
            new AtomicWriter(SaveSteps.REAL).write(output, text.getBytes(StandardCharsets.UTF_8));
        } catch (AtomicWriter.NotSyncedException e) {
            err().println("tilik: warning: " + e.getMessage());
            err().flush();
        } catch (IOException e) {
            throw new BadInputException("cannot write " + output + ": " + NoteStore.describe(e));
        }
    }
}
