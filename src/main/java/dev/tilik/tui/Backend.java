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
     * it may write an older session; true when the notes reached the note file. Defaults to {@link #save}.
     */
    default boolean saveLast(ReviewSession session) throws Exception {
        save(session);
        return true;
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
     * How many of the loaded analysis's problems {@link #openingNotice} already says (a note file's values left out,
     * an unreadable note file kept): the status line's count of problems leaves them out, so it does not say them
     * twice; Esc still lists every one. Asked after {@link #openingNotice}.
     */
    default int problemsSaid() {
        return 0;
    }

    /**
     * Keeps a key (a paste, a line break) typed while the folder loads where it survives the reader
     * (a journal beside the note file, forced to the disk before this returns), so that a hang-up
     * during a load however long, or a kill, loses nothing typed. Called on the UI thread, in order.
     */
    default void typedAhead(Msg typed) {
    }

    /**
     * The keys an earlier reader of these notes typed while its load ran and never ran (it was cut
     * off: a kill, a hang-up during a load longer than the hang-up save waits), to run on the
     * findings before this reader's own, or null. Asked once, after {@link #load}.
     */
    default Recovered recovered() {
        return null;
    }

    /**
     * The keys an earlier reader typed ahead and never ran that are held back: the note file changed
     * since they were typed, so the finding they were meant for may be another. The reader names them
     * and asks what to do ({@link #heldKeys}); null when none. Asked once, after {@link #load}.
     */
    default Recovered held() {
        return null;
    }

    /**
     * The user ran the keys {@link #held} gave ({@code ran}: after the save holding what they made) or
     * dropped them: their journals go. Not called when the user leaves them for the next opening.
     */
    default void heldKeys(boolean ran) {
    }

    /**
     * Keys typed ahead of a load, found again: {@code keys} in the order typed, each with its time,
     * and {@code from}, when they were typed, as the status line says it ("at 14:02 on 3 Dec").
     */
    record Recovered(java.util.List<Msg> keys, String from) {
        public Recovered {
            keys = java.util.List.copyOf(keys);
        }
    }

    /**
     * The keys typed ahead (this reader's and the recovered ones) ran, and the save holding what they
     * made reached the note file: their journal can go. {@code onHangUp} with what they changed when
     * the hang-up save ran them itself (the next opening says so), else null.
     */
    default void typedAheadSaved(dev.tilik.review.ReviewChanges onHangUp) {
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

    /**
     * What a save gave the reader: {@code notice} as {@link #saveAndReport} says it, and {@code merged}:
     * the reviews the note file holds now that another reader's saved notes were merged with the
     * session's (the reader takes them on every finding not changed since the save was asked), or null.
     */
    record Saved(String notice, java.util.Map<String, dev.tilik.review.Review> merged) {
    }

    /**
     * A save that could not write the note file but wrote every verdict and note to a copy elsewhere (the state
     * folder's {@code unsaved}): quitting then loses nothing, and the reader says so instead of "quits without saving".
     */
    final class SavedElsewhere extends java.io.IOException {
        public SavedElsewhere(String message) {
            super(message);
        }
    }

    /** Saves as {@link #saveAndReport} does, and gives back what the save merged in. */
    default Saved saveMerging(ReviewSession session) throws Exception {
        return new Saved(saveAndReport(session), null);
    }

    /**
     * Whether another reader saved the notes since this reader last read or wrote them (cheap: no read
     * of the file's bytes); the reader then saves, which merges their notes in. Asked every few seconds.
     */
    default boolean notesChangedElsewhere() {
        return false;
    }
}
