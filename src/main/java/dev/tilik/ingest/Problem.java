package dev.tilik.ingest;

import java.util.Objects;

/**
 * Something the user should be told about the input, located: a file skipped, a fallback
 * decoding, a language without rules. {@code where} is a file name, optionally with
 * {@code :line:col}.
 */
public record Problem(Level level, String where, String message) {
    public enum Level { INFO, WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
