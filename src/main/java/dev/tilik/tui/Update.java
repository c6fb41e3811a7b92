package dev.tilik.tui;

import java.time.Instant;
import java.util.Optional;

/**
 * The reader's one update function: {@code (state, message) → (state, effects)}. No I/O, no clock
 * (key messages carry their time), no terminal: every test can drive it directly.
 */
public final class Update {
    static final String SAVING = "saving\u2026";
    /** How the status line's word on a resumed review starts ({@link Navigate#resumedSaid}). */
    static final String RESUMED = Navigate.RESUMED;

    private Update() {
    }

    public static Step update(AppState s, Msg msg) {
        if (msg instanceof Msg.Resized r) {
            return Step.of(s.withSize(r.width(), r.height()));
        }
        if ((msg instanceof Msg.Pasted || msg instanceof Msg.LineBreak) && TypeAhead.waiting(s)) {
            return Step.of(TypeAhead.hold(s, msg));
        }
        if (msg instanceof Msg.Pasted p) {
            return Step.of(s.quitting() ? s : OverlayActions.paste(OverlayActions.goOnEditing(s), p));
        }
        if (msg instanceof Msg.LineBreak b) {
            return s.quitting() || !s.mode().typesText() ? key(s, Key.ENTER, b.at())
                    : Step.of(OverlayActions.type(OverlayActions.goOnEditing(s), ' '));
        }
        if (msg instanceof Msg.Progressed p) {
            return Step.of(s.withProgress(p.progress().after(s.progress())));
        }
        if (msg instanceof Msg.Loaded l) {
            AppState loaded = Navigate.resume(s.withSession(l.session()).withFailure(null));
            String resumed = Navigate.resumedSaid(loaded); // said after a load problem or a notice below
            if (resumed != null) {
                loaded = loaded.withStatus(resumed);
            }
            int problems = Math.max(0, l.session().analysis().problems().size() - l.said());
            int orphans = l.session().orphans().size();
            // The count of problems and of notes on findings gone goes first: a note-file notice beside it never hides
            // it (a file skipped, or read as windows-1252, was said only to whoever pressed Esc).
            String counted = problems + orphans == 0 ? null
                    : (problems > 0 ? dev.tilik.text.Counted.of(problems, "problem") + " while loading" : "")
                    + (problems > 0 && orphans > 0 ? ", " : "")
                    + (orphans > 0 ? dev.tilik.text.Counted.of(orphans, "note") + " on findings gone" : "")
                    + " (Esc shows them in the panel)";
            String opening = java.util.stream.Stream.of(counted, l.notice(), resumed).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(" \u00B7 "));
            if (counted != null || l.notice() != null) {
                loaded = loaded.withStatus(opening);
            }
            String keyed = KeyProblems.status(s.keys());
            if (keyed != null && !loaded.status().startsWith(keyed)) { // the key file's mistakes stay said
                loaded = loaded.withStatus(KeyProblems.before(s.keys(), loaded.status()));
            }
            if (l.recovered() == null || l.recovered().keys().isEmpty()) {
                return TypeAhead.askHeld(afterLoad(loaded), l.held());
            }
            // Keys an earlier reader was cut off from running go first, where they were meant to, then this one's.
            Step recovered = TypeAhead.recover(loaded, l.recovered());
            Step after = afterLoad(recovered.state());
            java.util.List<Effect> effects = new java.util.ArrayList<>(recovered.effects());
            effects.addAll(after.effects());
            AppState told = TypeAhead.told(after.state(), recovered.state().status());
            if (keyed != null && !told.status().startsWith(keyed)) {
                told = told.withStatus(KeyProblems.before(s.keys(), told.status()));
            }
            return TypeAhead.askHeld(new Step(told, effects), l.held());
        }
        if (msg instanceof Msg.LoadFailed f) {
            String notRun = TypeAhead.notRun(s);
            return Step.of(s.withFailure(f.message() + (notRun == null ? "" : " (" + notRun + ")"))
                    .withAhead(java.util.List.of()));
        }
        if (msg instanceof Msg.NotesChanged) {
            // Another reader saved: a save merges their notes in, and its answer brings them here.
            return s.isLoaded() && s.saving() == 0 && !s.quitting()
                    ? Step.of(s.withSaving(1), new Effect.Save(s.session(), false, true)) : Step.of(s);
        }
        if (msg instanceof Msg.Saved saved) {
            AppState next = s.withSaving(s.saving() - 1).withSaves(AppState.Saves.OK);
            if (saved.merged() != null && saved.sent() != null && next.isLoaded()) {
                next = next.withSession(next.session().adopting(saved.sent(), saved.merged()));
            }
            if (saved.notice() != null) {
                next = next.withStatus(saved.notice());
            }
            if (saved.forQuit()) {
                return Step.of(next, new Effect.Exit());
            }
            // A save no key asked for (the note file changed on disk) speaks only of what it brought in.
            boolean waiting = next.status().equals(SAVING) || next.status().isEmpty() && !saved.watched();
            return Step.of(next.saving() == 0 && waiting ? next.withStatus("saved") : next);
        }
        if (msg instanceof Msg.SaveFailed failed) {
            AppState next = s.withSaving(s.saving() - 1).withQuitting(false)
                    .withSaves(failed.copied() ? AppState.Saves.IN_COPY : AppState.Saves.FAILING)
                    .withStatus("notes NOT saved: " + failed.message() + (failed.forQuit()
                            ? " (" + keyOf(s, Action.QUIT_UNSAVED) + (failed.copied() ? " quits, every note kept in that copy)"
                                    : " quits without saving)")
                            : " \u00B7 " + keyOf(s, Action.SAVE) + " tries again"));
            // A refused quit holds the keyboard until answered: what is typed next, believing the reader gone (a
            // shell command, h42ux), ran as reader keys ("ls -l" listed findings, "e…" wrote a note unseen).
            return Step.of(failed.forQuit() ? next.withOverlay(new Overlay.QuitRefused(failed.message(), failed.copied()))
                    : next);
        }
        if (msg instanceof Msg.AddProgressed || msg instanceof Msg.Added || msg instanceof Msg.AddFailed) {
            return AddActions.update(s, msg);
        }
        Msg.KeyPressed k = (Msg.KeyPressed) msg;
        return key(s, k.key(), k.at(), k);
    }

    /**
     * The loaded state with the keys typed while loading run on it ({@link TypeAhead}); the opening
     * notice stays unless one of those keys said something of its own.
     */
    private static Step afterLoad(AppState opened) {
        AppState loaded = OverlayActions.draftsTold(opened);
        java.util.List<Msg> waiting = loaded.ahead();
        if (waiting.isEmpty()) {
            return Step.of(loaded);
        }
        String notice = loaded.status();
        Step run = TypeAhead.unseenSetAside(loaded.session(),
                TypeAhead.replay(Step.of(loaded.withAhead(java.util.List.of())), waiting));
        if (!run.state().status().isEmpty()) {
            return run;
        }
        String ran = "ran the " + dev.tilik.text.Counted.of(waiting.size(), "key") + " typed while loading";
        return new Step(run.state().withStatus(notice.isEmpty() ? ran
                : notice.startsWith(RESUMED) ? ran + " \u00B7 " + notice : notice), run.effects());
    }

    /** The key that does {@code action} while reading, as the user's key table has it. */
    private static String keyOf(AppState s, Action action) {
        return keyOf(s, Mode.READER, action);
    }

    /** The key that does {@code action} in {@code mode}, as the user's key table has it. */
    static String keyOf(AppState s, Mode mode, Action action) {
        return s.keys().binding(mode, action).filter(b -> !b.keys().isEmpty())
                .map(b -> b.keys().get(0).name()).orElse(action.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * What a key with no action in the reader says: a verdict digit, how to give that verdict; a key that works only
     * after a search (N, found as a new user, hR19b: "no action on N"), that it does and how to search.
     */
    private static String noAction(AppState s, Key key) {
        dev.tilik.review.Verdict meant = key.typed() == 0 ? null : dev.tilik.review.Verdict.ofDigit((char) key.typed());
        String why = meant == null ? "" : ": the verdict " + meant.label() + " is " + keyOf(s, Action.VERDICT) + " then " + key.name();
        Optional<Binding> later = s.mode() == Mode.READER ? s.keys().find(Mode.SEARCH_RESULTS, key) : Optional.empty();
        if (meant == null && later.isPresent()) {
            String what = later.get().description();
            why = ": " + Character.toLowerCase(what.charAt(0)) + what.substring(1) + " works "
                    + Mode.where(java.util.Set.of(Mode.SEARCH_RESULTS)) + ", " + keyOf(s, Action.SEARCH) + " searches";
        }
        return "no action on " + key.name() + why + " (? lists every key)";
    }

    /** What a key other than the three answers says while a refused quit waits: it did nothing, and the answers. */
    static String refusedKey(AppState s, Key key) {
        return key.name() + " did nothing: the quit was refused, the notes NOT saved \u00B7 "
                + keyOf(s, Mode.QUIT_REFUSED, Action.QUIT_UNSAVED) + " quits anyway \u00B7 "
                + keyOf(s, Mode.QUIT_REFUSED, Action.QUIT) + " tries the save again \u00B7 "
                + keyOf(s, Mode.QUIT_REFUSED, Action.CANCEL) + " goes back to reading";
    }

    private static Step key(AppState s, Key key, Instant at) {
        return key(s, key, at, null);
    }

    /** {@code shown}: the key as read, with what the screen showed then (null, or not stamped: the state's). */
    private static Step key(AppState s, Key key, Instant at, Msg.KeyPressed shown) {
        if (s.quitting()) {
            return Step.of(s);
        }
        if (TypeAhead.waiting(s) && !TypeAhead.actsNow(s, key)) {
            return Step.of(TypeAhead.hold(s, new Msg.KeyPressed(key, at)));
        }
        Mode mode = s.mode();
        Optional<Binding> found = s.keys().find(mode, key);
        if (found.filter(b -> b.action() == Action.CLOSE_NOTE).isEmpty()) {
            s = OverlayActions.goOnEditing(s);
        }
        if (found.isEmpty()) {
            if (mode.typesText() && key.typed() != 0) {
                return Step.of(OverlayActions.type(s, key.typed()));
            }
            if (mode == Mode.READER || mode == Mode.SEARCH_RESULTS) {
                return Step.of(s.withStatus(noAction(s, key)));
            }
            if (mode == Mode.QUIT_REFUSED) {
                return Step.of(s.withStatus(refusedKey(s, key)));
            }
            return Step.of(s);
        }
        Binding b = found.get();
        String why = b.guard().check(s);
        if (why != null) {
            return Step.of(s.withStatus(why));
        }
        AppState clean = s.withStatus("");
        return switch (b.action()) {
            case QUIT -> mode == Mode.NOTE ? quitFromNote(clean, at) : quit(clean, at);
            case QUIT_UNSAVED -> Step.of(clean, new Effect.Exit());
            case SUSPEND -> Step.of(clean, new Effect.Suspend());
            case SAVE -> save(clean, false, SAVING);
            case TAKE_BACK -> ReaderActions.takeBack(clean, at);
            default -> mode == Mode.READER || mode == Mode.SEARCH_RESULTS
                    ? ReaderActions.perform(clean, b.action(), shown)
                    : OverlayActions.perform(clean, b.action(), key, at);
        };
    }

    /** Quits after a save, the note being written in an open editor included. */
    static Step quit(AppState s, Instant at) {
        if (s.session() == null) {
            return Step.of(s, new Effect.Exit());
        }
        AppState kept = s.withSession(OverlayActions.withOpenNote(s, at));
        return save(kept.withQuitting(true).withOverlay(Overlay.NONE), true, "saving before quitting…");
    }

    /**
     * Ctrl-C in the note editor quits, as everywhere; the note typed and never confirmed with Enter
     * is kept as a draft beside the saved note ({@link OverlayActions#withOpenNote}), never in its place.
     */
    static Step quitFromNote(AppState s, Instant at) {
        if (s.session() == null || !(s.overlay() instanceof Overlay.NoteEditor n) || !OverlayActions.changed(s, n)) {
            return quit(s, at);
        }
        AppState kept = s.withSession(OverlayActions.withOpenNote(s, at));
        return save(kept.withQuitting(true).withOverlay(Overlay.NONE), true,
                "saving before quitting\u2026 (the note typed kept as a draft; the saved note stays)");
    }

    /** Ask for a save of the session as it is now (autosave after every verdict or note). */
    static Step save(AppState s, boolean forQuit, String status) {
        if (s.session() == null) {
            return Step.of(s);
        }
        AppState next = s.withSaving(s.saving() + 1).withStatus(status);
        return Step.of(next, new Effect.Save(s.session(), forQuit));
    }
}
