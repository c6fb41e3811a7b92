package dev.tilik.notes;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The note file's content, version 1. {@code findings} holds every review ever recorded, orphaned
 * ones included.
 *
 * @param version  format version; this Tilik reads and writes {@link #VERSION}
 * @param folder   the articles folder as the user named it, or null
 * @param articles the articles the notes were written against
 * @param findings one entry per reviewed finding, ids unique
 * @param extra    fields this version does not know (written by a later 1.x), kept and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoteFile(int version, String folder, List<ArticleEntry> articles, List<FindingNote> findings,
                       @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {
    public static final int VERSION = 1;

    public NoteFile {
        if (version != VERSION) {
            throw new IllegalArgumentException("version: expected " + VERSION + ", got " + version);
        }
        articles = articles == null ? List.of() : List.copyOf(articles);
        findings = findings == null ? List.of() : List.copyOf(findings);
        extra = unknownFields(extra);
        Set<String> ids = new HashSet<>();
        for (FindingNote n : findings) {
            if (!ids.add(n.id())) {
                throw new IllegalArgumentException("findings: id \"" + n.id() + "\" appears twice");
            }
        }
    }

    public static NoteFile empty() {
        return new NoteFile(VERSION, null, List.of(), List.of(), Map.of());
    }

    /** An unmodifiable copy of unknown fields, in file order (null → none). */
    static Map<String, JsonNode> unknownFields(Map<String, JsonNode> fields) {
        return fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
