package dev.tilik.shell;

import dev.tilik.notes.NoteExport;
import picocli.CommandLine.Option;

/**
 * The options {@code tilik export} and the shell's {@code export} share ({@code --reviewed},
 * {@code --url}, {@code --reviewer}): one picocli mixin, so that the two commands take the same words
 * and make the same {@link NoteExport}.
 */
public final class ExportOptions {
    @Option(names = "--reviewer", paramLabel = "NAME", defaultValue = "Tilik",
            description = "The fact-checking organisation named as ClaimReview author (default: ${DEFAULT-VALUE}).")
    String reviewer;

    @Option(names = "--reviewed", description = "md: only the findings reviewed (a verdict, a note or a rating recorded)"
            + " and the orphaned notes, each with its number in the reader.")
    boolean reviewedOnly;

    @Option(names = "--url", paramLabel = "URL", description = "claimreview: the address of the page that publishes"
            + " your fact-check, each ClaimReview's url (the schema asks for it).")
    String url;

    /** The export asked for, as {@code format}. */
    public NoteExport export(NoteExport.Format format) {
        return new NoteExport(format, reviewedOnly, url, reviewer);
    }
}
