package dev.tilik.statements;

import dev.tilik.model.Stance;

/**
 * A developer's trace of which step of {@link StanceClassifier} decided each statement's stance, for measuring each
 * reading's precision against a gold: off unless the JVM runs with {@code -Dtilik.stanceTrace=true}, and then
 * written to standard error only, never into the product's output. Each line is tab-separated: {@code STANCE-RULE
 * file claimStart rule stance} as a statement is built, {@code STANCE-TURN file claimStart step from to basis} as a
 * later step (the folder passes: a proposition's relative stance, opposite sides, answered accusations …) turns a
 * built statement's stance, {@code step} the class and method that asked, and {@code STANCE-GOLD file claimStart
 * found gold} as the evaluation compares it (docs/ACCURACY.md, branch h24so24, for the table it gave; h33sa for why
 * the turns are wanted: which folder step makes a false denial).
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

    /** A later step turning {@code s}'s stance to {@code to} for {@code why}: written when the trace is on. */
    static void turned(Statement s, Stance to, StanceBasis why) {
        if (ON && s.stance() != to) {
            System.err.println(turnLine(s, to, why, caller(3)));
        }
    }

    /** The {@code STANCE-TURN} line for a turn asked by {@code step}; none when the stance stays. */
    static String turnLine(Statement s, Stance to, StanceBasis why, String step) {
        if (s.stance() == to) {
            return null;
        }
        return "STANCE-TURN\t" + s.fileName() + "\t" + s.claim().start() + "\t" + step + "\t" + s.stance().id() + "\t"
                + to.id() + "\t" + why;
    }

    /** {@code Class.method} of the frame {@code skip} frames above this method's caller's caller. */
    static String caller(int skip) {
        return StackWalker.getInstance().walk(frames -> frames.skip(skip).findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("?"));
    }

    /** The evaluation's comparison of one statement's stance with the gold's. */
    public static void compared(String file, Statement found, Stance gold) {
        if (ON) {
            System.err.println("STANCE-GOLD\t" + file + "\t" + found.claim().start() + "\t" + found.stance().id()
                    + "\t" + gold.id());
        }
    }
}
