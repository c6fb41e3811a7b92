package dev.tilik.tui;

/** Which keys apply: the reader itself, or an overlay that captures the keyboard. */
public enum Mode {
    LOADING("while loading"),
    READER("reader"),
    SEARCH_RESULTS("after a search"),
    VERDICT("verdict menu"),
    RATING("rating menu"),
    NOTE("note editor"),
    SEARCH_INPUT("search prompt"),
    URL_INPUT("URL prompt"),
    FILTER("filter menu"),
    LIST("finding list"),
    PICK("article chooser"),
    STATEMENTS("statement list"),
    HELP("help screen"),
    HELD("keys held back"),
    QUIT_REFUSED("quit refused");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Where a key works, as the help screen and {@code docs/keys.md} both say it: the modes' labels in this order
     * ("reader, after a search"), or "everywhere".
     */
    static String where(java.util.Set<Mode> modes) {
        if (modes.containsAll(java.util.EnumSet.allOf(Mode.class))) {
            return "everywhere";
        }
        return String.join(", ", java.util.EnumSet.copyOf(modes).stream().map(Mode::label).toList());
    }

    /** Whether typed characters go into a text field (note editor, search and URL prompts). */
    public boolean typesText() {
        return this == NOTE || this == SEARCH_INPUT || this == URL_INPUT;
    }
}
