package dev.tilik.tui;

import dev.tilik.review.ReviewSession;
import java.util.Objects;

/**
 * Everything the reader shows, in one immutable value. {@link Update} makes the next state from a
 * message; the views read nothing else.
 *
 * @param session  the analysis with the reviews, null until loaded
 * @param progress what loading is doing (shown until the session arrives)
 * @param failure  why loading failed, or null
 * @param status   the message in the status bar ("saved", why a key is disabled), or ""
 * @param saving   saves asked for and not yet reported back
 * @param quitting true once the user asked to quit; the app ends when the save reports back
 * @param ahead    keys (and pastes) typed while the folder loads, in order: they run on the findings
 *                 when the load arrives, as if typed then ({@link TypeAhead})
 * @param saves    whether the last save reached the note file ({@link Saves}): the status bar's quit hint follows it
 */
public record AppState(ReviewSession session, LoadProgress progress, String failure, Nav nav, Overlay overlay,
                       Filter filter, Search search, String status, int width, int height, int saving,
                       boolean quitting, KeyTable keys, java.util.List<Msg> ahead, Saves saves) {

    /**
     * What the last save did. On a folder the reader cannot write (read-only, a full disk) {@code q} saves first and
     * refuses to quit when the save fails, yet the status bar still said "q quit": it says then what quits.
     */
    public enum Saves {
        /** No save failed since the last that reached the note file (or none was asked for yet). */
        OK,
        /** The last save reached neither the note file nor a copy: Q quits without saving. */
        FAILING,
        /** The last save could not write the note file and wrote every verdict and note to a copy elsewhere. */
        IN_COPY
    }

    public AppState {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(nav, "nav");
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(keys, "keys");
        status = status == null ? "" : status;
        ahead = ahead == null ? java.util.List.of() : java.util.List.copyOf(ahead);
        saves = saves == null ? Saves.OK : saves;
        width = Math.max(0, width);
        height = Math.max(0, height);
    }

    public static AppState initial(int width, int height, KeyTable keys) {
        return new AppState(null, LoadProgress.START, null, Nav.START, Overlay.NONE, Filter.ALL, null, "",
                width, height, 0, false, keys, java.util.List.of(), Saves.OK);
    }

    public boolean isLoaded() {
        return session != null;
    }

    /** The key context now: loading, an overlay, a search with results, or the reader. */
    public Mode mode() {
        if (!isLoaded()) {
            return Mode.LOADING;
        }
        if (!(overlay instanceof Overlay.None)) {
            return overlay.mode();
        }
        return search != null ? Mode.SEARCH_RESULTS : Mode.READER;
    }

    public AppState withSession(ReviewSession s) {
        return new AppState(s, progress, failure, nav, overlay, filter, search, status, width, height, saving,
                quitting, keys, ahead, saves);
    }

    public AppState withProgress(LoadProgress p) {
        return new AppState(session, p, failure, nav, overlay, filter, search, status, width, height, saving,
                quitting, keys, ahead, saves);
    }

    public AppState withFailure(String why) {
        return new AppState(session, progress, why, nav, overlay, filter, search, status, width, height, saving,
                quitting, keys, ahead, saves);
    }

    public AppState withNav(Nav n) {
        return new AppState(session, progress, failure, n, overlay, filter, search, status, width, height, saving,
                quitting, keys, ahead, saves);
    }

    public AppState withOverlay(Overlay o) {
        return new AppState(session, progress, failure, nav, o, filter, search, status, width, height, saving,
                quitting, keys, ahead, saves);
    }

    public AppState withFilter(Filter f) {
        return new AppState(session, progress, failure, nav, overlay, f, search, status, width, height, saving,
                quitting, keys, ahead, saves);
    }

    public AppState withSearch(Search s) {
        return new AppState(session, progress, failure, nav, overlay, filter, s, status, width, height, saving,
                quitting, keys, ahead, saves);
    }

    public AppState withStatus(String s) {
        return new AppState(session, progress, failure, nav, overlay, filter, search, s, width, height, saving,
                quitting, keys, ahead, saves);
    }

    public AppState withSize(int w, int h) {
        return new AppState(session, progress, failure, nav, overlay, filter, search, status, w, h, saving,
                quitting, keys, ahead, saves);
    }

    public AppState withSaving(int n) {
        return new AppState(session, progress, failure, nav, overlay, filter, search, status, width, height,
                Math.max(0, n), quitting, keys, ahead, saves);
    }

    public AppState withQuitting(boolean q) {
        return new AppState(session, progress, failure, nav, overlay, filter, search, status, width, height, saving,
                q, keys, ahead, saves);
    }

    /** The same state holding {@code typed} as the keys typed ahead of the load. */
    public AppState withAhead(java.util.List<Msg> typed) {
        return new AppState(session, progress, failure, nav, overlay, filter, search, status, width, height, saving,
                quitting, keys, typed, saves);
    }

    public AppState withSaves(Saves what) {
        return new AppState(session, progress, failure, nav, overlay, filter, search, status, width, height, saving,
                quitting, keys, ahead, what);
    }
}
