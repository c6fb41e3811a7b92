package dev.tilik.tui;

import java.util.Objects;

/**
 * A key press, independent of Lanterna: either a typed character ({@code "n"}, {@code "?"},
 * {@code "é"}) or a named key ({@code "Enter"}, {@code "Esc"}, {@code "Tab"}, {@code "Up"},
 * {@code "PgDn"}, {@code "Ctrl-C"}). Names are what the key table, the help screen and the key
 * override file use.
 */
public record Key(String name) {
    public static final Key ENTER = new Key("Enter");
    public static final Key ESC = new Key("Esc");
    public static final Key TAB = new Key("Tab");
    public static final Key BACKSPACE = new Key("Backspace");
    public static final Key CTRL_C = new Key("Ctrl-C");

    public Key {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty key name");
        }
    }

    public static Key of(String name) {
        return new Key(name);
    }

    public static Key ch(char c) {
        return c == ' ' ? new Key("Space") : new Key(String.valueOf(c));
    }

    /** The character this key types into a text field, or 0 for named keys. */
    public int typed() {
        if (name.equals("Space")) {
            return ' ';
        }
        return name.codePointCount(0, name.length()) == 1 ? name.codePointAt(0) : 0;
    }

    @Override
    public String toString() {
        return name;
    }
}
