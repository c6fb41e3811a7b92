package dev.tilik.cli;

/** What Tilik's exit status means, for scripts. */
public final class ExitCode {
    /** Done; for {@code check}: no contradiction found. */
    public static final int OK = 0;
    /** {@code check} found at least one contradiction. */
    public static final int CONTRADICTIONS = 1;
    /** The input was unusable: unknown option, missing folder, malformed rule or gold file, no terminal. */
    public static final int BAD_INPUT = 2;
    /** Tilik itself failed; the log file has the details. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
