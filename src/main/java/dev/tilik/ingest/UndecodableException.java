package dev.tilik.ingest;

/** The bytes of a file are not text Tilik can read (binary, empty, unsupported encoding). */
public final class UndecodableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Problem.Level level;

    public UndecodableException(Problem.Level level, String message) {
        super(message);
        this.level = level;
    }

    /** How serious it is: an empty file is {@code INFO}, a binary one {@code WARNING}. */
    public Problem.Level level() {
        return level;
    }
}
