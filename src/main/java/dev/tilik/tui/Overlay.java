package dev.tilik.tui;

/** What sits on top of the reader and captures the keyboard; {@link None} when nothing does. */
public sealed interface Overlay {
    Mode mode();

    record None() implements Overlay {
        public Mode mode() {
            return Mode.READER;
        }
    }

    /**
     * The verdict menu; {@code seen} the stamp of the finding's review on screen when it opened
     * ({@code Review.basis}, null: nothing recorded), so a verdict chosen after another reader's came in
     * meanwhile is recorded as set on top of what was shown, and the merge sets the other's aside. {@code known}
     * false (the menu opened with no finding): the review as it stands when the digit is pressed. {@code unseen}:
     * the menu opened on a finding no frame had shown yet (keys typed faster than the frames): the verdict or
     * rating the digit replaces is set aside beside it, never replaced unseen.
     */
    record VerdictMenu(boolean known, java.time.Instant seen, boolean unseen) implements Overlay {
        public VerdictMenu() {
            this(false, null, false);
        }

        public Mode mode() {
            return Mode.VERDICT;
        }
    }

    /** The claim rating menu (ClaimReview's rating of the finding's claim). */
    record RatingMenu(boolean known, java.time.Instant seen, boolean unseen) implements Overlay {
        public RatingMenu() {
            this(false, null, false);
        }

        public Mode mode() {
            return Mode.RATING;
        }
    }

    /**
     * The note editor on one finding. {@code discardAsked}: Esc was pressed with the text changed
     * from the saved note, and the status line asked; Esc again discards, any other key goes on
     * editing (and asks no more). {@code openedOver}: the finding's saved note when the editor opened — a
     * different one there at Enter was saved meanwhile by another reader or the shell, and is kept beside
     * this one rather than replaced unseen.
     */
    record NoteEditor(String findingId, TextField field, boolean discardAsked, String openedOver) implements Overlay {
        public NoteEditor(String findingId, TextField field, String openedOver) {
            this(findingId, field, false, openedOver);
        }

        /** The same editor holding {@code other} text, no discard asked. */
        NoteEditor editing(TextField other) {
            return new NoteEditor(findingId, other, false, openedOver);
        }

        public Mode mode() {
            return Mode.NOTE;
        }
    }

    record SearchPrompt(TextField field) implements Overlay {
        public Mode mode() {
            return Mode.SEARCH_INPUT;
        }
    }

    record UrlPrompt(TextField field) implements Overlay {
        public Mode mode() {
            return Mode.URL_INPUT;
        }
    }

    record FilterMenu(Filter draft, int row) implements Overlay {
        public Mode mode() {
            return Mode.FILTER;
        }
    }

    record FindingList(int cursor) implements Overlay {
        public Mode mode() {
            return Mode.LIST;
        }
    }

    record ArticlePicker(int cursor) implements Overlay {
        public Mode mode() {
            return Mode.PICK;
        }
    }

    record StatementList(String fileName, int cursor) implements Overlay {
        public Mode mode() {
            return Mode.STATEMENTS;
        }
    }

    record Help(int scroll) implements Overlay {
        public Mode mode() {
            return Mode.HELP;
        }
    }

    Overlay NONE = new None();

    /**
     * Keys an earlier reader typed ahead of its load that were held back, not run: the note file
     * changed since they were typed, so the finding they were meant for may be another. They wait
     * for the user: run here, dropped, or left for the next opening, which asks again.
     */
    record HeldKeys(Backend.Recovered keys) implements Overlay {
        public Mode mode() {
            return Mode.HELD;
        }
    }

    /**
     * {@code q} was refused: the save before quitting failed ({@code why}, the save's own words; {@code copied} when a
     * copy holds every note). It holds the keyboard until the user answers — quit anyway, try the save again, or read
     * on — so what is typed next, believing the reader gone (a shell command), is never run as reader keys.
     */
    record QuitRefused(String why, boolean copied) implements Overlay {
        public Mode mode() {
            return Mode.QUIT_REFUSED;
        }
    }
}
