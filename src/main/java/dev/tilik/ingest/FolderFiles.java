package dev.tilik.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A folder's article files as read, before any format parses them ({@link FolderLoader#read}):
 * each file a format reads, in name order, with its bytes and their SHA-256, or why it was
 * refused; or why the folder itself could not be listed. The ordered names and hashes are what a
 * cached analysis of the whole folder is keyed on, so a reopen can tell it is unchanged without
 * parsing a file; {@link FolderLoader#parse} then reads the same bytes, never the disk again.
 *
 * @param where  what problems about the whole folder are located at (its path)
 * @param files  the files, in name order
 * @param failed why the folder could not be listed, or null
 */
public record FolderFiles(String where, List<File> files, Problem failed) {
    public FolderFiles {
        Objects.requireNonNull(where, "where");
        files = List.copyOf(files);
    }

    /**
     * One file: its bytes and their hash, or the refusal (size cap, symlink, FIFO…) that kept it unread.
     * The bytes are handed to {@link FolderLoader#parse} and released file by file as they are parsed.
     */
    public static final class File {
        private final String name;
        private final String sha256;
        private final Problem refused;
        private byte[] bytes;

        File(String name, byte[] bytes) {
            this.name = Objects.requireNonNull(name, "name");
            this.bytes = Objects.requireNonNull(bytes, "bytes");
            this.sha256 = FolderLoader.sha256(bytes);
            this.refused = null;
        }

        File(String name, Problem refused) {
            this.name = Objects.requireNonNull(name, "name");
            this.refused = Objects.requireNonNull(refused, "refused");
            this.sha256 = null;
        }

        public String name() {
            return name;
        }

        /** The hex SHA-256 of the file's bytes, or null when it was refused. */
        public String sha256() {
            return sha256;
        }

        /** Why the file was not read, or null. */
        public Problem refused() {
            return refused;
        }

        /** The bytes once, for parsing; null afterwards (and for a refused file). */
        synchronized byte[] take() {
            byte[] b = bytes;
            bytes = null;
            return b;
        }
    }
}
