package dev.tilik.notes;

import dev.tilik.review.ReviewSession;
import dev.tilik.text.Counted;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One export of the notes, as {@code tilik export} and the shell's {@code export} both ask for it:
 * the format, {@code --reviewed} (Markdown: the reviewed findings and orphaned notes only),
 * ClaimReview's {@code --url} (the page publishing the fact-check) and {@code --reviewer}. The two
 * commands differ only in where they print what this says.
 */
public record NoteExport(Format format, boolean reviewedOnly, String url, String reviewer) {
    /** What the notes are exported as. */
    public enum Format { MD, CLAIMREVIEW }

    public NoteExport {
        Objects.requireNonNull(format, "format");
        reviewer = reviewer == null ? "Tilik" : reviewer;
    }

    /** Why the request cannot be exported (a {@code --url} that is no http(s) address), or null. */
    public String refusal() {
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            return "--url: expected the http(s) address of the page publishing the fact-check, got " + url;
        }
        return null;
    }

    /** The export's text. */
    public String render(ReviewSession session) {
        return format == Format.CLAIMREVIEW ? ClaimReviewExport.render(session, reviewer, url)
                : reviewedOnly ? MarkdownExport.reviewed(session) : MarkdownExport.render(session);
    }

    /**
     * What to say beside the export: for ClaimReview, the reviewed findings it leaves out (a note
     * alone, or a verdict that rates nothing — an empty {@code [ ]} on its own reads as if nothing was
     * saved) and a missing {@code --url}; an option the format does not take.
     */
    public List<String> notices(ReviewSession session) {
        List<String> out = new ArrayList<>();
        if (format == Format.CLAIMREVIEW) {
            long reviewed = session.reviews().values().stream().filter(r -> !r.isBlank()).count();
            long left = session.reviews().values().stream().filter(r -> !r.isBlank())
                    .filter(r -> ClaimReviewExport.rating(r).isEmpty() || r.compared().isEmpty()).count();
            if (left > 0) {
                out.add(left + " of " + Counted.of(reviewed, "reviewed finding")
                        + " not in the ClaimReview export: it needs a claim rating (r in the reader, rate in the shell)"
                        + " or a verdict that rates (confirmed, needs sources)");
            }
            if (url == null) {
                out.add("no url in the ClaimReview export: give the address of the page that publishes"
                        + " the fact-check with --url URL (the schema asks for it)");
            }
            if (reviewedOnly) {
                out.add("--reviewed is for md: ClaimReview holds only the rated findings anyway");
            }
        } else if (url != null) {
            out.add("--url is for claimreview: the Markdown export has no url");
        }
        return out;
    }

    /**
     * Writes {@code text} to {@code output} atomically: a reader of the file sees the old export or the
     * new one, never half ({@link AtomicWriter.NotSyncedException}: written, not forced to disk).
     */
    public static void write(Path output, String text) throws IOException {
        new AtomicWriter(SaveSteps.REAL).write(output, text.getBytes(StandardCharsets.UTF_8));
    }
}
