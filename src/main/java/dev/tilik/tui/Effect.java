package dev.tilik.tui;

import dev.tilik.review.ReviewSession;

/** Work {@link Update} asks for; the runtime does it off the UI thread and reports back with a {@link Msg}. */
public sealed interface Effect {
    record Load() implements Effect {
    }

    /**
     * Save {@code session}; {@code forQuit} before quitting; {@code watched} when no key asked for it: the note
     * file changed on disk (another reader saved) and a save merges theirs in — it says something only when it
     * brought something.
     */
    record Save(ReviewSession session, boolean forQuit, boolean watched) implements Effect {
        public Save(ReviewSession session, boolean forQuit) {
            this(session, forQuit, false);
        }
    }

    /** Fetch the article at {@code url} into the folder and analyse it again, in the background. */
    record AddUrl(String url) implements Effect {
    }

    /** The keys held back were run ({@code ran}) or dropped: their journals go, after the saves asked before. */
    record HeldKeys(boolean ran) implements Effect {
    }

    /** End the app (the terminal is restored by the runtime). */
    record Exit() implements Effect {
    }

    /** Hand the terminal back and stop the process until it is resumed (Ctrl-Z). */
    record Suspend() implements Effect {
    }
}
