package dev.tilik.shell;

import dev.tilik.findings.Finding;
import dev.tilik.text.SafeText;
import java.util.function.Predicate;

/** Which finding a command acts on: the one named, else the current one. */
final class Target {
    private Target() {
    }

    /** The finding, made the current one when named, or null after telling the user why there is none. */
    static Finding select(ShellContext ctx, String which) {
        Finding f = resolve(ctx, which);
        if (f != null) {
            ctx.state().select(f.id());
        }
        return f;
    }

    /**
     * The finding a command writes to, or null after telling the user why there is none. Naming one
     * ({@code note 5 …}) does not make it the current one: only moving does (next, prev, show).
     */
    static Finding resolve(ShellContext ctx, String which) {
        ShellState state = ctx.state();
        if (state.findings().isEmpty()) {
            ctx.out().println("No findings.");
            return null;
        }
        if (which == null) {
            return state.current().orElseThrow();
        }
        return state.find(which).orElseGet(() -> {
            ctx.out().println("No finding " + SafeText.sanitize(which) + " (1 to " + state.findings().size() + ", or an id).");
            return null;
        });
    }

    /** A word that names a finding: a number (in range or not: never silently something else) or a finding id. */
    static boolean names(ShellContext ctx, String word) {
        return word.matches("[0-9]+") || ctx.state().findings().stream().anyMatch(f -> f.id().equals(word));
    }

    /**
     * The finding and the value of a command that takes both ({@code verdict}, {@code rate}): the
     * finding first, as {@code note} and {@code show} take it ({@code verdict 3 confirmed}), or the
     * value first, the older order ({@code verdict confirmed 3}), when only one reading holds.
     * Returns {finding or null, value}, or null after saying why the words read both ways
     * ({@code verdict 2 3}: a digit is a verdict too).
     */
    static String[] findingAndValue(ShellContext ctx, String command, String first, String second,
                                    Predicate<String> isValue) {
        if (second == null) {
            return new String[] {null, first};
        }
        boolean findingFirst = names(ctx, first) && isValue.test(second);
        boolean valueFirst = isValue.test(first) && names(ctx, second);
        if (findingFirst && valueFirst) {
            ctx.out().println(command + " " + SafeText.sanitize(first) + " " + SafeText.sanitize(second)
                    + " reads two ways (a digit is a " + command + " too): name the " + command
                    + ", after the finding: " + command + " N " + command.toUpperCase(java.util.Locale.ROOT));
            return null;
        }
        return valueFirst ? new String[] {second, first} : new String[] {first, second};
    }

    /**
     * As {@link #findingAndValue}, over every word typed after the command: a value of several words,
     * as the reader shows it ({@code rate 7 belum terbukti}, {@code verdict needs sources}), is read
     * whole, after the finding or before it.
     */
    static String[] findingAndWords(ShellContext ctx, String command, java.util.List<String> words,
                                    Predicate<String> isValue) {
        int n = words.size();
        String all = String.join(" ", words);
        if (n == 1 || n == 2 && !isValue.test(all)) {
            return findingAndValue(ctx, command, words.get(0), n == 1 ? null : words.get(1), isValue);
        }
        if (isValue.test(all)) {
            return new String[] {null, all};
        }
        String rest = String.join(" ", words.subList(1, n));
        String before = String.join(" ", words.subList(0, n - 1));
        if (!isValue.test(rest) && isValue.test(before)) {
            return findingAndValue(ctx, command, before, words.get(n - 1), isValue);
        }
        return findingAndValue(ctx, command, words.get(0), rest, isValue);
    }

    /**
     * After a write that replaced what a finding held: what it was and the command that puts it
     * back, so a write on the wrong finding loses nothing.
     */
    static void replaced(ShellContext ctx, String before, String putBack) {
        ctx.out().println("It replaced: " + SafeText.sanitize(before));
        ctx.out().println("To put it back: " + SafeText.sanitize(putBack));
    }

    /** {@code finding 5 (numbers disagree: Figures for tentara disagree)}: which finding a reply is about. */
    static String named(ShellContext ctx, Finding f) {
        return "finding " + (ctx.state().indexOf(f) + 1) + " (" + f.type().label() + ": " + SafeText.sanitize(f.title()) + ")";
    }
}
