package dev.tilik.ingest;

/** A file in the articles folder that Tilik will not or cannot read; the message says why. */
public final class FileRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public FileRefusedException(String message) {
        super(message);
    }
}
