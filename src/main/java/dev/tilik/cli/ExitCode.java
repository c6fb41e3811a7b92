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

    /** The heading of every command's exit-status section. */
    static final String HEADING = "%nExit status:%n";

    /**
     * What each status means, for every command's {@code --help} alike (README's table says the
     * same): one list, so that no command's help leaves it out or says it otherwise.
     */
    static final java.util.Map<String, String> MEANINGS = meanings();

    private static java.util.Map<String, String> meanings() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(Integer.toString(OK), "done; check: no contradiction found");
        m.put(Integer.toString(CONTRADICTIONS), "check: contradictions found");
        m.put(Integer.toString(BAD_INPUT), "bad input: unknown option, missing folder, malformed rules or gold file, "
                + "no terminal for the reader; add: a URL could not be added (the others were)");
        m.put(Integer.toString(INTERNAL), "internal failure, out of memory included (the details are in the log file); "
                + "shell: the notes could not be saved; never 1");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Gives {@code cl} and every subcommand under it the one exit-status section. */
    static picocli.CommandLine document(picocli.CommandLine cl) {
        cl.getCommandSpec().usageMessage().exitCodeListHeading(HEADING).exitCodeList(MEANINGS);
        cl.getSubcommands().values().forEach(ExitCode::document);
        return cl;
    }

    private ExitCode() {
    }
}
