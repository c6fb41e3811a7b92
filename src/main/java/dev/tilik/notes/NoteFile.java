package dev.tilik.notes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The note file's content, version 1. {@code findings} holds every review ever recorded, orphaned
 * ones included.
 *
 * @param version  format version; this Tilik reads and writes {@link #VERSION}
 * @param folder   the articles folder as the user named it, or null
 * @param articles the articles the notes were written against
 * @param findings one entry per reviewed finding, ids unique
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoteFile(int version, String folder, List<ArticleEntry> articles, List<FindingNote> findings) {
    public static final int VERSION = 1;

    public NoteFile {
        if (version != VERSION) {
            throw new IllegalArgumentException("version: expected " + VERSION + ", got " + version);
        }
        articles = articles == null ? List.of() : List.copyOf(articles);
        findings = findings == null ? List.of() : List.copyOf(findings);
        Set<String> ids = new HashSet<>();
        for (FindingNote n : findings) {
            if (!ids.add(n.id())) {
                throw new IllegalArgumentException("findings: id \"" + n.id() + "\" appears twice");
            }
        }
    }

    public static NoteFile empty() {
        return new NoteFile(VERSION, null, List.of(), List.of());
    }
}
