package dev.tilik.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The key thread's view of the input: outside a paste each stroke becomes its keys; between the
 * {@link BracketedPaste.Mark}s every stroke is collected as text (Enter as a line break, Tab as a
 * tab, Esc and control keys dropped) and the paste becomes one {@link Msg.Pasted} when it ends.
 * Without the markers (a terminal that does not bracket pastes) a paste is told by what follows its
 * line breaks: an Enter with more input already behind it is a {@link Msg.LineBreak}.
 * Holds at most {@link #MAX_KEPT} characters and counts the rest, so a huge paste costs no memory.
 * Not thread-safe: one per key thread.
 */
final class PasteCollector {
    static final int MAX_KEPT = 64 * 1024;

    private StringBuilder text;
    private long length;

    /** The messages {@code k} makes now: keys, a finished paste, or nothing while a paste goes on. */
    List<Msg> accept(KeyStroke k, Instant at) {
        return accept(k, at, false);
    }

    /**
     * As {@link #accept(KeyStroke, Instant)}, told whether more input was already there behind
     * {@code k}: an unmarked Enter with more behind it is a {@link Msg.LineBreak} (a user's lone
     * Enter never has anything behind it; a paste's line break does).
     */
    List<Msg> accept(KeyStroke k, Instant at, boolean more) {
        if (k instanceof BracketedPaste.Mark mark) {
            if (mark.isStart()) {
                List<Msg> unfinished = finish(at);
                text = new StringBuilder();
                length = 0;
                return unfinished;
            }
            return finish(at);
        }
        if (text == null) {
            if (more && k.getKeyType() == KeyType.Enter) {
                return List.of(new Msg.LineBreak(at));
            }
            List<Msg> out = new ArrayList<>();
            for (Key key : LanternaKeys.keys(k)) {
                out.add(new Msg.KeyPressed(key, at));
            }
            return out;
        }
        return switch (k.getKeyType()) {
            case Character -> k.isCtrlDown() ? List.of() : add(k.getCharacter());
            case Enter -> add('\n');
            case Tab -> add('\t');
            case EOF -> {
                List<Msg> out = new ArrayList<>(finish(at));
                out.add(new Msg.KeyPressed(Key.CTRL_C, at));
                yield out;
            }
            default -> List.of();
        };
    }

    boolean inPaste() {
        return text != null;
    }

    private List<Msg> add(char c) {
        length++;
        if (text.length() < MAX_KEPT) {
            text.append(c);
        }
        return List.of();
    }

    private List<Msg> finish(Instant at) {
        if (text == null) {
            return List.of();
        }
        Msg pasted = new Msg.Pasted(text.toString(), length, at);
        text = null;
        return List.of(pasted);
    }
}
