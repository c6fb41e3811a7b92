package dev.tilik.tui;

/**
 * A one-line text being edited, with the cursor as a char index. Immutable. Holds at most
 * {@link #MAX_LENGTH} chars (the note limit, see docs/notes.md); what would go over is refused,
 * and the caller says so.
 */
public record TextField(String text, int cursor) {
    public static final int MAX_LENGTH = 4000;

    public TextField {
        text = text == null ? "" : text;
        cursor = Math.max(0, Math.min(cursor, text.length()));
    }

    public static TextField of(String text) {
        return new TextField(text, text == null ? 0 : text.length());
    }

    public TextField insert(int codePoint) {
        if (text.length() >= MAX_LENGTH) {
            return this;
        }
        String add = new String(Character.toChars(codePoint));
        return new TextField(text.substring(0, cursor) + add + text.substring(cursor), cursor + add.length());
    }

    /**
     * Inserts pasted text: line breaks and tabs become spaces (a one-line field; a pasted line
     * break never acts as Enter), other control characters are dropped, and only what fits under
     * {@link #MAX_LENGTH} is kept, never splitting a surrogate pair.
     */
    public TextField insert(String pasted) {
        String flat = oneLine(pasted);
        int room = MAX_LENGTH - text.length();
        if (room <= 0 || flat.isEmpty()) {
            return this;
        }
        int take = Math.min(room, flat.length());
        if (take < flat.length() && take > 0 && Character.isHighSurrogate(flat.charAt(take - 1))) {
            take--;
        }
        String add = flat.substring(0, take);
        return new TextField(text.substring(0, cursor) + add + text.substring(cursor), cursor + add.length());
    }

    /** {@code pasted} as one line: line breaks and tabs as spaces, other control characters dropped. */
    static String oneLine(String pasted) {
        return pasted.replace("\r\n", " ").replaceAll("[\\r\\n\\t\\u2028\\u2029]", " ").replaceAll("\\p{Cc}", "");
    }

    public boolean isFull() {
        return text.length() >= MAX_LENGTH;
    }

    public TextField deleteBack() {
        if (cursor == 0) {
            return this;
        }
        int from = text.offsetByCodePoints(cursor, -1);
        return new TextField(text.substring(0, from) + text.substring(cursor), from);
    }

    /** Ctrl-W as in a shell: the spaces before the cursor, then the word before them. */
    public TextField deleteWordBack() {
        int from = cursor;
        while (from > 0 && Character.isWhitespace(text.codePointBefore(from))) {
            from -= Character.charCount(text.codePointBefore(from));
        }
        while (from > 0 && !Character.isWhitespace(text.codePointBefore(from))) {
            from -= Character.charCount(text.codePointBefore(from));
        }
        return new TextField(text.substring(0, from) + text.substring(cursor), from);
    }

    /** Ctrl-U as in a shell: everything before the cursor. */
    public TextField deleteToStart() {
        return new TextField(text.substring(cursor), 0);
    }

    public TextField delete() {
        if (cursor >= text.length()) {
            return this;
        }
        int to = text.offsetByCodePoints(cursor, 1);
        return new TextField(text.substring(0, cursor) + text.substring(to), cursor);
    }

    public TextField left() {
        return cursor == 0 ? this : new TextField(text, text.offsetByCodePoints(cursor, -1));
    }

    public TextField right() {
        return cursor >= text.length() ? this : new TextField(text, text.offsetByCodePoints(cursor, 1));
    }

    public TextField home() {
        return new TextField(text, 0);
    }

    public TextField end() {
        return new TextField(text, text.length());
    }
}
