package dev.tilik.tui;

import dev.tilik.review.ReviewSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Drives {@link Update} directly: no terminal, no threads. Keeps the effects asked for. */
final class Drive {
    static final Instant T0 = Instant.parse("2024-10-25T08:00:00Z");
    AppState state;
    final List<Effect> effects = new ArrayList<>();

    Drive(int width, int height) {
        this(width, height, Fixture.session());
    }

    /** Opens {@code session} as a reopen would: with the verdicts and notes it already has. */
    Drive(int width, int height, ReviewSession session) {
        state = AppState.initial(width, height, KeyTable.defaults());
        send(new Msg.Loaded(session));
    }

    static Drive loaded() {
        return new Drive(120, 40);
    }

    Drive send(Msg m) {
        Step step = Update.update(state, m);
        state = step.state();
        effects.addAll(step.effects());
        return this;
    }

    /** Key names as in the table ("n", "Enter"); a longer string that is no key name is typed. */
    Drive press(String... keys) {
        for (String k : keys) {
            if (k.length() == 1 || k.matches("[A-Z][A-Za-z]+|Ctrl-.")) {
                send(new Msg.KeyPressed(Key.of(k.equals(" ") ? "Space" : k), T0));
            } else {
                k.codePoints().forEach(c -> send(new Msg.KeyPressed(Key.ch((char) c), T0)));
            }
        }
        return this;
    }

    /** The screen {@code s} draws, row by row. */
    static String screen(AppState s) {
        Canvas c = View.render(s);
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < c.height(); y++) {
            sb.append(c.row(y)).append('\n');
        }
        return sb.toString();
    }

    String findingId() {
        return state.nav().findingId();
    }

    <T extends Effect> List<T> effects(Class<T> type) {
        return effects.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
