package dev.tilik.statements;

import dev.tilik.model.Stance;

/**
 * A developer's trace of which step of {@link StanceClassifier} decided each statement's stance, for measuring each
 * reading's precision against a gold: off unless the JVM runs with {@code -Dtilik.stanceTrace=true}, and then
 * written to standard error only, never into the product's output. Each line is tab-separated: {@code STANCE-RULE
 * file claimStart rule stance} as a statement is built, {@code STANCE-GOLD file claimStart found gold} as the
 * evaluation compares it (docs/ACCURACY.md, branch h24so24, for the table it gave).
 */
public final class StanceTrace {
    private static final boolean ON = Boolean.getBoolean("tilik.stanceTrace");

    private StanceTrace() {
    }

    /** True when the trace is written. */
    public static boolean on() {
        return ON;
    }

    static void decided(String file, int claimStart, String rule, Stance stance) {
        if (ON) {
            System.err.println("STANCE-RULE\t" + file + "\t" + claimStart + "\t" + rule + "\t" + stance.id());
        }
    }

    /** The evaluation's comparison of one statement's stance with the gold's. */
    public static void compared(String file, Statement found, Stance gold) {
        if (ON) {
            System.err.println("STANCE-GOLD\t" + file + "\t" + found.claim().start() + "\t" + found.stance().id()
                    + "\t" + gold.id());
        }
    }
}
