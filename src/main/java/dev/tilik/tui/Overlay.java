package dev.tilik.tui;

/** What sits on top of the reader and captures the keyboard; {@link None} when nothing does. */
public sealed interface Overlay {
    Mode mode();

    record None() implements Overlay {
        public Mode mode() {
            return Mode.READER;
        }
    }

    record VerdictMenu() implements Overlay {
        public Mode mode() {
            return Mode.VERDICT;
        }
    }

    /** The claim rating menu (ClaimReview's rating of the finding's claim). */
    record RatingMenu() implements Overlay {
        public Mode mode() {
            return Mode.RATING;
        }
    }

    /**
     * The note editor on one finding. {@code discardAsked}: Esc was pressed with the text changed
     * from the saved note, and the status line asked; Esc again discards, any other key goes on
     * editing (and asks no more).
     */
    record NoteEditor(String findingId, TextField field, boolean discardAsked) implements Overlay {
        public NoteEditor(String findingId, TextField field) {
            this(findingId, field, false);
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
}
