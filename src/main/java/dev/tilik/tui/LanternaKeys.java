package dev.tilik.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Locale;

/** Lanterna key strokes as the reader's {@link Key} names. */
final class LanternaKeys {
    private LanternaKeys() {
    }

    /**
     * The keys a stroke stands for: usually one; none for strokes the reader ignores (mouse,
     * cursor reports). Alt with a character is Esc then the character: that is what a terminal
     * sends when Esc and a key are typed quickly (or arrive together over SSH or tmux).
     */
    static List<Key> keys(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && k.isAltDown() && !k.isCtrlDown()) {
            return List.of(Key.ESC, Key.ch(k.getCharacter()));
        }
        Key key = of(k);
        return key == null ? List.of() : List.of(key);
    }

    /** The key, or null for strokes the reader ignores (mouse, cursor reports). */
    static Key of(KeyStroke k) {
        return switch (k.getKeyType()) {
            case Character -> character(k);
            case Enter -> Key.ENTER;
            case Escape -> Key.ESC;
            case Tab -> Key.TAB;
            case ReverseTab -> Key.of("BackTab");
            case Backspace -> Key.BACKSPACE;
            case Delete -> Key.of("Delete");
            case Insert -> Key.of("Insert");
            case ArrowUp -> Key.of("Up");
            case ArrowDown -> Key.of("Down");
            case ArrowLeft -> Key.of("Left");
            case ArrowRight -> Key.of("Right");
            case PageUp -> Key.of("PgUp");
            case PageDown -> Key.of("PgDn");
            case Home -> Key.of("Home");
            case End -> Key.of("End");
            case F1 -> Key.of("F1");
            case EOF -> Key.CTRL_C;
            default -> null;
        };
    }

    private static Key character(KeyStroke k) {
        char c = k.getCharacter();
        if (k.isCtrlDown()) {
            return Key.of("Ctrl-" + String.valueOf(c).toUpperCase(Locale.ROOT));
        }
        return Key.ch(c);
    }
}
