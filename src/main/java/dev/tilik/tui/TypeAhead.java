package dev.tilik.tui;

import dev.tilik.text.Counted;
import java.time.Instant;
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
     * The keys typed while loading were read before any frame: none of the loaded reviews was on the screen. A
     * verdict or rating they replace that the note file held ({@code loaded}) is set aside beside its replacement,
     * in the state and in every save the keys asked for, never replaced unseen; the panel shows it under the
     * verdict and {@code b} takes it back. Their own choices, made again, replace each other as on the screen.
     */
    static Step unseenSetAside(dev.tilik.review.ReviewSession loaded, Step ran) {
        dev.tilik.review.ReviewSession kept = ran.state().session().settingAsideReplaced(loaded);
        if (kept.equals(ran.state().session())) {
            return ran;
        }
        List<Effect> effects = ran.effects().stream().map(e -> e instanceof Effect.Save save
                ? new Effect.Save(save.session().settingAsideReplaced(loaded), save.forQuit(), save.watched())
                : e).toList();
        return new Step(ran.state().withSession(kept), effects);
    }

    /**
     * What the hang-up hook saves when the connection dropped while keys waited for the load and the
     * load then arrived ({@code loaded}): the keys run on the findings as if the screen had stayed,
     * quitting included (a {@code q} at the end, or the Ctrl-C a closed terminal sends, must not stop
     * the verdict before it). The effects are the hook's to skip: it saves the result itself.
     */
    static AppState onHangUp(AppState s, dev.tilik.review.ReviewSession loaded) {
        return onHangUp(s, new Msg.Loaded(loaded, null));
    }

    /** As above, the load as it arrived: keys recovered from an earlier reader's journal run first. */
    static AppState onHangUp(AppState s, Msg.Loaded loaded) {
        return Update.update(s.withQuitting(false), loaded).state();
    }

    /**
     * {@code loaded} with the keys an earlier reader typed ahead and was cut off from running
     * ({@code recovered}, from its journal) run on the findings first, as they would have run on its
     * screen: from the finding the load opens on, each stamped with the time it was typed. A note
     * being typed when it was cut off is kept, as quitting keeps it; a quit, a suspend or a URL among
     * them does nothing now. One save holds what they made, and the status line says what was
     * recovered and from when. This reader's own keys typed ahead wait behind them.
     */
    static Step recover(AppState loaded, Backend.Recovered recovered) {
        return run(loaded, recovered, false);
    }

    /** As {@link #recover}; {@code held}: keys held back that the user chose to run here, said so. */
    private static Step run(AppState loaded, Backend.Recovered recovered, boolean held) {
        java.util.List<Msg> own = loaded.ahead();
        AppState s = loaded.withAhead(List.of());
        for (Msg m : recovered.keys()) {
            s = Update.update(s.withQuitting(false), m).state();
        }
        Instant last = recovered.keys().stream().map(TypeAhead::at).filter(java.util.Objects::nonNull)
                .reduce((a, b) -> b).orElse(Instant.EPOCH);
        dev.tilik.review.ReviewSession kept = OverlayActions.withOpenNote(s, last);
        s = s.withSession(kept).withOverlay(Overlay.NONE).withQuitting(false).withSaving(loaded.saving()).withAhead(own);
        dev.tilik.review.ReviewChanges made = dev.tilik.review.ReviewChanges.between(loaded.session(), kept);
        String said = held ? "ran the keys typed ahead " + recovered.from() + " here: "
                        + (made.isEmpty() ? "they changed nothing" : made + " saved")
                : made.isEmpty() ? "keys typed ahead " + recovered.from() + " recovered: " + made + " among them"
                : "recovered " + made + " typed ahead " + recovered.from() + " (the reader was cut off while loading)";
        if (made.isEmpty()) {
            return Step.of(s.withStatus(said));
        }
        Step save = Update.save(s, false, said);
        return new Step(save.state().withStatus(said), save.effects());
    }

    /**
     * The status after the keys ran: what {@code recovered} says stays in front (the user must read
     * it on the first frame), with anything this reader's own keys said after it.
     */
    static AppState told(AppState s, String recovered) {
        String now = s.status();
        if (now.isEmpty() || now.equals(recovered) || now.equals(Update.SAVING) || now.equals("saved")) {
            return s.withStatus(recovered);
        }
        return s.withStatus(recovered + " \u00B7 " + now);
    }

    private static Instant at(Msg m) {
        return m instanceof Msg.KeyPressed k ? k.at() : m instanceof Msg.Pasted p ? p.at()
                : m instanceof Msg.LineBreak b ? b.at() : null;
    }

    /**
     * The load with the keys held back ({@code held}: typed ahead by an earlier reader, not run because
     * the note file changed since) named in the status line and asked about: run here, drop, or later
     * ({@link Overlay.HeldKeys}). Asked only when nothing else is open; otherwise named, and the next
     * opening asks.
     */
    static Step askHeld(Step loaded, Backend.Recovered held) {
        if (held == null || held.keys().isEmpty()) {
            return loaded;
        }
        AppState s = loaded.state();
        String said = Counted.of(held.keys().size(), "key") + " typed ahead " + held.from()
                + " held back: the note file changed since";
        s = s.withStatus(s.status().isEmpty() ? said : said + " \u00B7 " + s.status());
        if (s.overlay() instanceof Overlay.None && !s.quitting()) {
            s = s.withOverlay(new Overlay.HeldKeys(held));
        }
        return new Step(s, loaded.effects());
    }

    /** A key in the held-back keys' question: run them here, drop them, or leave them for the next opening. */
    static Step held(AppState s, Overlay.HeldKeys held, Action a) {
        AppState closed = s.withOverlay(Overlay.NONE);
        String keys = Counted.of(held.keys().keys().size(), "key") + " typed ahead " + held.keys().from();
        return switch (a) {
            case RUN_HELD -> {
                Step ran = run(closed, held.keys(), true);
                List<Effect> effects = new ArrayList<>(ran.effects());
                effects.add(new Effect.HeldKeys(true));
                yield new Step(ran.state(), effects);
            }
            case DROP_HELD -> new Step(closed.withStatus("dropped the " + keys), List.of(new Effect.HeldKeys(false)));
            case LATER -> Step.of(closed.withStatus(keys + " still held back: the next opening asks again"));
            default -> Step.of(s);
        };
    }

    /** What the loading screen shows of the waiting keys, e.g. {@code n v 2}; empty when none wait. */
    static String shown(AppState s) {
        return shown(s.ahead());
    }

    /** {@code keys} as a line, e.g. {@code v 2 (paste of 12 characters) Enter}. */
    static String shown(List<Msg> keys) {
        StringBuilder sb = new StringBuilder();
        for (Msg m : keys) {
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
