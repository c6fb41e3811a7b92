package dev.tilik.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The reader's own arguments read without picocli: {@code [DIR] [--rules DIR] [--notes FILE]
 * [--no-cache]}, each at most once, a value given as the next argument or after {@code =}. Building
 * picocli's model of the root command (its annotations read by reflection into proxies, its
 * converters and patterns) was the largest piece of a cached reopen's start-up before the terminal.
 * Anything else — another option, a value that starts with {@code -}, an option given twice, a second
 * folder, an empty value, a path this file system cannot name — is left to picocli, so help,
 * version, subcommands and every parse error read exactly as before.
 */
final class ReaderArguments {
    private static final String RULES = "--rules";
    private static final String NOTES = "--notes";
    private static final String NO_CACHE = "--no-cache";

    private ReaderArguments() {
    }

    /** The input {@code args} name when they are plain reader arguments, else null (picocli reads them). */
    static ReviewInput read(String... args) {
        if (Cli.namesMoreThanTheRoot(args)) {
            return null;
        }
        String folder = null;
        String rules = null;
        String notes = null;
        boolean noCache = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if ((a.equals(RULES) || a.equals(NOTES)) && i + 1 < args.length) {
                value = args[++i];
            }
            if (name.equals(NO_CACHE) && value == null && !noCache) {
                noCache = true;
            } else if (name.equals(RULES) && rules == null && plainValue(value)) {
                rules = value;
            } else if (name.equals(NOTES) && notes == null && plainValue(value)) {
                notes = value;
            } else if (!a.startsWith("-") && folder == null && plainValue(a)) {
                folder = a;
            } else {
                return null;
            }
        }
        try {
            FolderInput in = FolderInput.of(Path.of(folder == null ? FolderInput.DEFAULT_FOLDER : folder),
                    RulesOption.of(rules == null ? null : Path.of(rules)));
            in.noCache = noCache;
            return ReviewInput.of(in, NotesOption.of(notes == null ? null : Path.of(notes)));
        } catch (InvalidPathException e) {
            return null; // picocli tells it
        }
    }

    /** A value picocli would take as it is: given, not empty, not option-like. */
    private static boolean plainValue(String value) {
        return value != null && !value.isEmpty() && !value.startsWith("-");
    }
}
