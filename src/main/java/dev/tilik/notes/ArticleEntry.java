package dev.tilik.notes;

import java.util.Objects;

/**
 * An article the notes were written against, as recorded in the note file.
 *
 * @param path   file name relative to the articles folder
 * @param sha256 hex digest of the file's bytes when the notes were saved
 */
public record ArticleEntry(String path, String sha256) {
    public ArticleEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256: expected 64 lowercase hex digits");
        }
    }
}
