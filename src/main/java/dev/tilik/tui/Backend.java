package dev.tilik.tui;

import dev.tilik.analysis.Analysis;
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
     * What adding an article by URL gave.
     *
     * @param analysis the folder analysed again with the new article, or null when the folder did not change
     * @param notice   what to tell the user ("added kompas-com_x.txt", "already in the folder: x.txt")
     */
    record Added(Analysis analysis, String notice) {
    }

    /**
     * Fetches the article at {@code url} into the open folder and analyses the folder again,
     * reporting progress; throws with the reason (HTTP 404, host not found, not an article) when
     * nothing was added. Runs off the UI thread, beside saves.
     */
    default Added add(String url, Progress progress) throws Exception {
        throw new UnsupportedOperationException("adding articles by URL is not available here");
    }

    /**
     * What the status line must say once the notes are open (notes waiting in a side file, not
     * loaded, and how to merge them), or null. Asked after {@link #load}.
     */
    default String openingNotice() {
        return null;
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
