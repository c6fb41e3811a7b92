package dev.tilik.ingest;

/**
 * Where the parse of a file (its articles as loaded and its problems) may be found again, by the
 * file's name and the hash of its bytes: a folder reopened after one file was added parses only
 * that file ({@link FolderLoader#parseFile(FolderFiles.File, ArticleParser, ParsedFiles)}). The
 * parse is a function of the name, the bytes and the rules, so whoever implements this keys it on
 * the rules too. {@link #NONE} remembers nothing.
 */
public interface ParsedFiles {
    /** Remembers nothing: every file is parsed. */
    ParsedFiles NONE = new ParsedFiles() {
        @Override
        public LoadedFolder get(String name, String sha256) {
            return null;
        }

        @Override
        public void put(String name, String sha256, LoadedFolder parsed) {
        }
    };

    /** The parse of the file {@code name} whose bytes hash to {@code sha256}, or null when not known. */
    LoadedFolder get(String name, String sha256);

    /** Remembers the parse of the file {@code name} whose bytes hash to {@code sha256}. */
    void put(String name, String sha256, LoadedFolder parsed);
}
