package dev.tilik.tui;

import java.util.Locale;

/**
 * Everything a key can do. The id ({@code next-finding}) is what the key override file names;
 * {@code hint} is the short word the status bar shows next to the key, or null to keep the
 * action out of the status bar (it is still in the help screen).
 */
public enum Action {
    NEXT_FINDING("Next finding", "finding"),
    PREV_FINDING("Previous finding", null),
    NEXT_MATCH("Next search match", "match"),
    PREV_MATCH("Previous search match", null),
    SCROLL_DOWN("Scroll the focused pane down", "scroll"),
    SCROLL_UP("Scroll the focused pane up", null),
    PAGE_DOWN("Scroll down a page", null),
    PAGE_UP("Scroll up a page", null),
    TOP("Go to the top", null),
    BOTTOM("Go to the bottom", null),
    FOCUS_NEXT("Focus: left article, right article, finding panel", "focus"),
    FOCUS_PREV("Focus the previous pane", null),
    VERDICT("Verdict menu (digits choose)", "verdict"),
    NOTE("Edit the note on this finding", "note"),
    RATING("Rate the claim for the ClaimReview export (digits choose, 0 clears)", "rate"),
    TAKE_BACK("Take back the verdict set aside when two readers chose differently", null),
    SEARCH("Search the articles", "search"),
    FILTER("Filter findings by type, severity, verdict", "filter"),
    LIST("List all findings", "list"),
    ALL_CITED("Every statement the finding cites, or the summary again", null),
    PICK_ARTICLES("Choose which two articles to compare", "articles"),
    STATEMENTS("Statements of the focused article", "statements"),
    ADD_URL("Add an article by URL to the folder (fetched and analysed while you read)", "add URL"),
    SAVE("Save now (autosave is always on)", null),
    HELP("Help: every key", "help"),
    BACK("Back: close, clear the search, leave the finding (again: return to it)", null),
    QUIT("Quit (saves first)", "quit"),
    QUIT_UNSAVED("Quit without saving (when saving failed)", null),
    SUSPEND("Suspend to the shell (fg resumes)", null),
    CHOOSE("Choose", "choose"),
    ACCEPT("Save / apply", "save"),
    CANCEL("Cancel", "cancel"),
    CLOSE_NOTE("Close the note editor; with changes not saved it asks first, and pressed again discards them",
            "cancel"),
    MOVE_DOWN("Move down", "move"),
    MOVE_UP("Move up", null),
    VALUE_NEXT("Next value", "change"),
    VALUE_PREV("Previous value", null),
    CLEAR("Clear all filters", "clear"),
    TO_LEFT("Show in the left pane", "left"),
    TO_RIGHT("Show in the right pane", "right"),
    CURSOR_LEFT("Cursor left", null),
    CURSOR_RIGHT("Cursor right", null),
    CURSOR_HOME("Cursor to start", null),
    CURSOR_END("Cursor to end", null),
    DELETE_BACK("Delete the character before the cursor", null),
    DELETE("Delete the character under the cursor", null),
    DELETE_WORD("Delete the word before the cursor", null),
    DELETE_TO_START("Delete everything before the cursor", null),
    RUN_HELD("Run the keys typed ahead and held back, here", "run them"),
    DROP_HELD("Drop the keys typed ahead and held back", "drop them"),
    LATER("Later: they wait, and the next opening asks again", "later");

    private final String description;
    private final String hint;

    Action(String description, String hint) {
        this.description = description;
        this.hint = hint;
    }

    public String description() {
        return description;
    }

    public String hint() {
        return hint;
    }

    /** The name used in the key override file, e.g. {@code next-finding}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
