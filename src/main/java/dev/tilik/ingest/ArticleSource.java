package dev.tilik.ingest;

import java.util.List;

/**
 * Where articles come from: a list of named items and each item's bytes. A folder today
 * ({@link FolderSource}); fetched pages tomorrow. Which items become articles, and how, is the
 * business of the {@link ArticleFormat}s, never of the source.
 */
public interface ArticleSource {
    /** What problems about the whole source are located at, e.g. the folder's path. */
    String where();

    /** Every item's name; the whole source failing is one {@link SourceException}. */
    List<String> list() throws SourceException;

    /** The bytes of one listed item, within the source's limits. */
    byte[] read(String item) throws FileRefusedException;

    /** The source as a whole cannot be listed (no such folder, not a folder, unreadable). */
    final class SourceException extends Exception {
        private static final long serialVersionUID = 1L;

        public SourceException(String message) {
            super(message);
        }
    }
}
