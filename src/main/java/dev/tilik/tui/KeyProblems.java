package dev.tilik.tui;

import dev.tilik.text.Counted;

/**
 * What the reader says of the mistakes in the user's key file ({@code keys.conf}): they are listed
 * with the problems met while loading (Esc) and said in the status line from the first frame on,
 * kept there when the findings arrive (before, the load's own line replaced it at once and a
 * misspelt action was never seen).
 */
final class KeyProblems {
    private KeyProblems() {
    }

    /**
     * The status line for the key file's mistakes, the first one's words with the file's name alone
     * ("keys.conf:1: unknown action …"), or null when there is none.
     */
    static String status(KeyTable keys) {
        if (keys.problems().isEmpty()) {
            return null;
        }
        String first = keys.problems().get(0);
        int colon = first.indexOf(".conf:");
        int slash = colon < 0 ? -1 : Math.max(first.lastIndexOf('/', colon), first.lastIndexOf('\\', colon));
        String shown = first.substring(slash + 1);
        int more = keys.problems().size() - 1;
        return shown + (more > 0 ? " (and " + Counted.of(more, "more mistake") + ", Esc lists them)" : " (Esc lists it)");
    }

    /** {@code status} with the key file's mistakes said first, so that the load's own line never hides them. */
    static String before(KeyTable keys, String status) {
        String mine = status(keys);
        if (mine == null) {
            return status;
        }
        return status == null || status.isEmpty() ? mine : mine + " \u00B7 " + status;
    }
}
