package dev.tilik.tui;

import dev.tilik.text.Counted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keys typed while the folder loads. A fact-checker who types {@code n v 2} before the first
 * finding shows means them for the findings, as in a shell that reads ahead: they wait, listed on
 * the loading screen, and run on the findings in order, each with the time it was typed, as soon as
 * the load arrives (they used to be dropped without a word). Ctrl-C and Ctrl-Z act at once; {@code q}
 * quits at once when nothing waits, and otherwise waits behind the keys typed before it
 * ({@code v 2 q}: the verdict, then quitting with a save). Pastes and line breaks wait the same way.
 * A failed load runs none of them and says how many it dropped.
 */
final class TypeAhead {
    /** The most messages that wait; any more are dropped, and the loading screen says so. */
    static final int MAX = 64;
    static final String FULL = "only the first " + MAX + " wait: the rest were dropped";

    private TypeAhead() {
    }

    /** Whether a key now waits for the load instead of acting. */
    static boolean waiting(AppState s) {
        return !s.isLoaded() && s.failure() == null && !s.quitting();
    }

    /** Whether {@code key} acts at once while loading (quit, suspend) rather than waiting. */
    static boolean actsNow(AppState s, Key key) {
        Optional<Binding> b = s.keys().find(Mode.LOADING, key);
        if (b.isEmpty()) {
            return false;
        }
        Action a = b.get().action();
        return a == Action.SUSPEND || a == Action.QUIT && (s.ahead().isEmpty() || key.equals(Key.CTRL_C));
    }

    /** {@code s} with {@code msg} waiting behind the others (dropped past {@link #MAX}). */
    static AppState hold(AppState s, Msg msg) {
        if (s.ahead().size() >= MAX) {
            return s.withStatus(FULL);
        }
        List<Msg> next = new ArrayList<>(s.ahead());
        next.add(msg);
        return s.withAhead(next);
    }

    /** Runs the waiting messages on the loaded state {@code loaded}, in order; their effects in order after {@code first}'s. */
    static Step replay(Step first, List<Msg> waiting) {
        AppState s = first.state();
        List<Effect> effects = new ArrayList<>(first.effects());
        for (Msg m : waiting) {
            Step step = Update.update(s, m);
            s = step.state();
            effects.addAll(step.effects());
        }
        return new Step(s, effects);
    }

    /**
     * What the hang-up hook saves when the connection dropped while keys waited for the load and the
     * load then arrived ({@code loaded}): the keys run on the findings as if the screen had stayed,
     * quitting included (a {@code q} at the end, or the Ctrl-C a closed terminal sends, must not stop
     * the verdict before it). The effects are the hook's to skip: it saves the result itself.
     */
    static AppState onHangUp(AppState s, dev.tilik.review.ReviewSession loaded) {
        return Update.update(s.withQuitting(false), new Msg.Loaded(loaded, null)).state();
    }

    /** What the loading screen shows of the waiting keys, e.g. {@code n v 2}; empty when none wait. */
    static String shown(AppState s) {
        StringBuilder sb = new StringBuilder();
        for (Msg m : s.ahead()) {
            String k = m instanceof Msg.KeyPressed p ? p.key().name()
                    : m instanceof Msg.Pasted p ? "(paste of " + p.length() + " characters)" : "Enter";
            sb.append(sb.length() == 0 ? "" : " ").append(k);
        }
        return sb.toString();
    }

    /** What a failed load says of the keys it did not run, or null when none waited. */
    static String notRun(AppState s) {
        int n = s.ahead().size();
        return n == 0 ? null : Counted.of(n, "key") + " typed while loading not run";
    }
}
