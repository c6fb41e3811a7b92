package dev.tilik.tui;

/** A one-line text being edited, with the cursor as a char index. Immutable. */
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

    public TextField deleteBack() {
        if (cursor == 0) {
            return this;
        }
        int from = text.offsetByCodePoints(cursor, -1);
        return new TextField(text.substring(0, from) + text.substring(cursor), from);
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
