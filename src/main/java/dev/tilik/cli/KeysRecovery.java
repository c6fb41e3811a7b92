package dev.tilik.cli;

import dev.tilik.notes.KeysJournal;
import dev.tilik.review.ReviewChanges;
import dev.tilik.tui.Backend;
import dev.tilik.tui.Key;
import dev.tilik.tui.Msg;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader's side of {@link KeysJournal}: this reader's keys typed ahead of the load kept on disk
 * as they come, and on opening the journals an earlier reader of the same notes left — keys to run
 * first ({@link #recovered}), what to say ({@link #notice}: that the hang-up save ran them), or keys
 * held back because the note file changed since they were typed ({@link #held}): the reader names
 * them and asks on every opening until the user runs or drops them ({@link #heldDone}).
 */
final class KeysRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(KeysRecovery.class);

    private final Path notes;
    private final ZoneId zone;
    private final KeysJournal journal;
    private final List<KeysJournal.Found> toRun = new ArrayList<>();
    /** Journals whose keys never ran while the note file changed since: they wait for the user's choice. */
    private final List<KeysJournal.Found> held = new ArrayList<>();
    private final List<String> said = new ArrayList<>();
    private boolean failed;

    KeysRecovery(Path notes, ZoneId zone) {
        this.notes = notes;
        this.zone = zone;
        this.journal = KeysJournal.of(notes);
    }

    /** Keeps a key typed ahead on disk; a journal that cannot be written is logged once (the key still waits in memory). */
    synchronized void keep(Msg typed) {
        KeysJournal.Entry e = entry(typed);
        if (e == null) {
            return;
        }
        try {
            journal.append(e);
        } catch (IOException | RuntimeException ex) {
            if (!failed) {
                LOG.warn("{}: keys typed ahead not kept on disk ({})", journal.file(), ex.toString());
            }
            failed = true;
        }
    }

    /**
     * Reads the journals earlier readers of {@code notes} left (call once the note file is open):
     * those whose keys ran on a hang-up are said and removed, those whose keys never ran wait to run
     * while the note file is as it was when they were typed, and are held back for the user otherwise.
     */
    synchronized void open() {
        for (KeysJournal.Found f : KeysJournal.left(notes)) {
            if (f.ran() != null) {
                if (!f.ran().equals(new KeysJournal.Ran(f.ran().at(), 0, 0, 0))) {
                    ReviewChanges c = new ReviewChanges(f.ran().verdicts(), f.ran().notes(), f.ran().ratings());
                    said.add("after the hang-up " + when(f.ran().at()) + ", the keys typed ahead ran: " + c + " saved");
                }
                KeysJournal.remove(f);
            } else if (f.entries().isEmpty()) {
                KeysJournal.remove(f);
            } else if (f.notesUnchanged(notes)) {
                toRun.add(f);
            } else {
                held.add(f); // named and asked on every opening until the user runs or drops them
            }
        }
    }

    /** What the opening must say of journals found (hang-up runs, keys kept unrun), or null. */
    synchronized String notice() {
        return said.isEmpty() ? null : String.join(" \u00B7 ", said);
    }

    /** The keys to run first, oldest journal first, or null when none wait. */
    synchronized Backend.Recovered recovered() {
        List<Msg> keys = new ArrayList<>();
        for (KeysJournal.Found f : toRun) {
            f.entries().stream().map(KeysRecovery::msg).forEach(keys::add);
        }
        return keys.isEmpty() ? null : new Backend.Recovered(keys, when(toRun.get(0).typed()));
    }

    /**
     * The keys held back (their journals' keys, oldest journal first: the note file changed since
     * they were typed), for the reader to name and ask about; null when none.
     */
    synchronized Backend.Recovered held() {
        List<Msg> keys = new ArrayList<>();
        for (KeysJournal.Found f : held) {
            f.entries().stream().map(KeysRecovery::msg).forEach(keys::add);
        }
        return keys.isEmpty() ? null : new Backend.Recovered(keys, when(held.get(0).typed()));
    }

    /** The user ran the held keys (and the save holding them is done) or dropped them: their journals go. */
    synchronized void heldDone(boolean ran) {
        for (KeysJournal.Found f : held) {
            LOG.info("{}: keys held back {} by the user", f.file(), ran ? "run" : "dropped");
            KeysJournal.remove(f);
        }
        held.clear();
    }

    /**
     * The keys ran and what they made is saved: the recovered journals go; this reader's goes too,
     * or, when the hang-up save ran its keys ({@code onHangUp}), keeps a last line for the next opening to say.
     */
    synchronized void saved(ReviewChanges onHangUp) {
        toRun.forEach(KeysJournal::remove);
        toRun.clear();
        if (onHangUp != null && !onHangUp.isEmpty() && journal.size() > 0) {
            try {
                journal.ran(new KeysJournal.Ran(Instant.now(), onHangUp.verdicts(), onHangUp.notes(), onHangUp.ratings()));
                return;
            } catch (IOException e) {
                LOG.warn("{}: not marked as run ({}); removed", journal.file(), e.toString());
            }
        }
        journal.discard();
    }

    /** {@code at 14:02 on 3 Dec}, in the user's zone. */
    String when(Instant t) {
        return DateTimeFormatter.ofPattern("'at' HH:mm 'on' d MMM", Locale.ENGLISH).withZone(zone).format(t);
    }

    static KeysJournal.Entry entry(Msg m) {
        if (m instanceof Msg.KeyPressed k) {
            return KeysJournal.Entry.key(k.key().name(), k.at());
        }
        if (m instanceof Msg.Pasted p) {
            return KeysJournal.Entry.paste(p.text(), p.length(), p.at());
        }
        if (m instanceof Msg.LineBreak b) {
            return KeysJournal.Entry.lineBreak(b.at());
        }
        return null;
    }

    static Msg msg(KeysJournal.Entry e) {
        return switch (e.kind()) {
            case KEY -> new Msg.KeyPressed(Key.of(e.text()), e.at());
            case PASTE -> new Msg.Pasted(e.text(), e.length(), e.at());
            case LINE_BREAK -> new Msg.LineBreak(e.at());
        };
    }
}
