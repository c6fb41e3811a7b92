package dev.tilik.notes;

import dev.tilik.review.ReviewSession;
import dev.tilik.text.Counted;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

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
     * Why the export may not be written to {@code output}, or null: {@code output} is the note file
     * {@code notes} (the notes in use) or another Tilik note file (its first key {@code "version"}, as
     * Tilik writes one). {@code export -o tilik-notes.json} wrote the Markdown over the verdicts and
     * notes it was made from, and said "Exported".
     */
    public static String refusal(Path output, Path notes) {
        if (same(output, notes)) {
            return output + " is the note file these notes are saved in: the export would replace every verdict and"
                    + " note in it (give another file, e.g. -o notes-export." + (output.toString().endsWith(".json")
                    ? "json" : "md") + ")";
        }
        if (holdsNotes(output)) {
            return output + " holds Tilik notes (a note file): the export would replace them (give another file)";
        }
        return null;
    }

    private static boolean same(Path a, Path b) {
        if (b == null) {
            return false;
        }
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to the paths as written
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** A note file begins with its version, as Tilik writes it; an export (Markdown, a JSON-LD list) never does. */
    private static boolean holdsNotes(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[256];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false; // unreadable: the write says why
        }
        String start = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return NOTE_FILE_START.matcher(start).lookingAt();
    }

    private static final Pattern NOTE_FILE_START = Pattern.compile("\\s*\\{\\s*\"version\"\\s*:");

    /**
     * Writes {@code text} to {@code output} atomically: a reader of the file sees the old export or the
     * new one, never half ({@link AtomicWriter.NotSyncedException}: written, not forced to disk).
     */
    public static void write(Path output, String text) throws IOException {
        new AtomicWriter(SaveSteps.REAL).write(output, text.getBytes(StandardCharsets.UTF_8));
    }
}
