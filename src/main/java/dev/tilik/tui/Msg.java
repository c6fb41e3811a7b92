package dev.tilik.tui;

import dev.tilik.review.ReviewSession;
import java.time.Instant;

/** Everything that can happen to the reader: keys, resizes, and results of work done elsewhere. */
public sealed interface Msg {
    /**
     * A key pressed at {@code at} (the time verdicts and notes are stamped with); {@code shown} what the screen
     * showed when the key thread read it (null: not known, the state is taken as shown).
     */
    record KeyPressed(Key key, Instant at, Shown shown) implements Msg {
        public KeyPressed(Key key, Instant at) {
            this(key, at, null);
        }
    }

    /**
     * What the frame on the screen showed when a key was read: its {@code reviews} (null: no findings frame was
     * drawn yet, the loading screen or none), so a verdict another reader chose, taken in but not yet drawn, is
     * not what the key was chosen against; and the id of its {@code finding} (null: none), so a verdict typed on
     * a finding the keys before it moved to, faster than its frame was drawn ({@code n v 3}), or as the findings
     * arrived, is known to be chosen unseen.
     */
    record Shown(ReviewSession reviews, String finding) {
        /** A key read before any findings frame was drawn: nothing was seen. */
        static final Shown NOTHING = new Shown(null, null);
    }

    /**
     * Text pasted (bracketed paste) at {@code at}: {@code text} holds the first characters,
     * {@code length} counts them all, so a paste too big to keep is still measured.
     */
    record Pasted(String text, long length, Instant at) implements Msg {
    }

    /**
     * Enter read with more input already behind it (in the same read, or waiting when it was read):
     * a line break inside text pasted by a terminal that does not mark pastes. In an open text field
     * it is a space and editing goes on; anywhere else it is the Enter key.
     */
    record LineBreak(Instant at) implements Msg {
    }

    record Resized(int width, int height) implements Msg {
    }

    record Progressed(LoadProgress progress) implements Msg {
    }

    /**
     * The folder loaded; {@code notice} is what the status line must say first (see {@link Backend#openingNotice}),
     * or null; {@code recovered} the keys an earlier reader typed ahead and never ran (see
     * {@link Backend#recovered}), to run first, or null; {@code said} how many of the session's load problems the
     * notice already says ({@link Backend#problemsSaid}), left out of the count said before it.
     */
    record Loaded(ReviewSession session, String notice, Backend.Recovered recovered, Backend.Recovered held,
            int said) implements Msg {
        public Loaded(ReviewSession session) {
            this(session, null, null, null, 0);
        }

        public Loaded(ReviewSession session, String notice) {
            this(session, notice, null, null, 0);
        }

        public Loaded(ReviewSession session, String notice, Backend.Recovered recovered) {
            this(session, notice, recovered, null, 0);
        }

        public Loaded(ReviewSession session, String notice, Backend.Recovered recovered, Backend.Recovered held) {
            this(session, notice, recovered, held, 0);
        }
    }

    record LoadFailed(String message) implements Msg {
    }

    /**
     * A save finished; {@code forQuit} when it was the save before quitting; {@code notice} to show, or
     * null; {@code sent} the session saved and {@code merged} the reviews the note file holds after
     * another reader's notes were merged in (null when none were); {@code watched} when no key asked for
     * the save ({@link Effect.Save#watched()}).
     */
    record Saved(boolean forQuit, String notice, dev.tilik.review.ReviewSession sent,
                 java.util.Map<String, dev.tilik.review.Review> merged, boolean watched) implements Msg {
        public Saved(boolean forQuit, String notice, dev.tilik.review.ReviewSession sent,
                     java.util.Map<String, dev.tilik.review.Review> merged) {
            this(forQuit, notice, sent, merged, false);
        }

        public Saved(boolean forQuit, String notice) {
            this(forQuit, notice, null, null);
        }

        public Saved(boolean forQuit) {
            this(forQuit, null);
        }
    }

    /** Another reader saved the notes since this one last read or wrote them: a save merges theirs in. */
    record NotesChanged() implements Msg {
    }

    /** Nothing saved to the note file; {@code copied}: every verdict and note is in a copy elsewhere ({@link Backend.SavedElsewhere}). */
    record SaveFailed(String message, boolean forQuit, boolean copied) implements Msg {
        public SaveFailed(String message, boolean forQuit) {
            this(message, forQuit, false);
        }
    }

    /** Adding an article by URL is under way: {@code what} it is doing ("fetching", "analysing 3/40"). */
    record AddProgressed(String url, String what) implements Msg {
    }

    /** An article was added (or was already there): the folder's new analysis (null when unchanged) and what to say. */
    record Added(String url, Backend.Added result) implements Msg {
    }

    record AddFailed(String url, String message) implements Msg {
    }
}
