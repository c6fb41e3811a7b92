package dev.tilik.tui;

import dev.tilik.ingest.Progress;
import dev.tilik.review.ReviewSession;

/** What the reader needs from the rest of Tilik. Both methods run off the UI thread. */
public interface Backend {
    /** Load and analyse the articles (slow: models, NLP), reporting progress, and restore saved reviews. */
    ReviewSession load(Progress progress) throws Exception;

    /** Write the reviews (note file and its Markdown); called after every change and before quitting. */
    void save(ReviewSession session) throws Exception;

    /**
     * The save from the hang-up hook: must not wait behind a save in progress, and no save after
     * it may write an older session. Defaults to {@link #save}.
     */
    default void saveLast(ReviewSession session) throws Exception {
        save(session);
    }

    /**
     * Save, and say what the user must know about a save that worked differently than asked
     * (e.g. "the note file changed on disk: notes written to tilik-notes.conflict-….json"), or
     * null when there is nothing to say. Throw when nothing was saved. Defaults to {@link #save}.
     */
    default String saveAndReport(ReviewSession session) throws Exception {
        save(session);
        return null;
    }
}
