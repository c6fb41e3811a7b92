package dev.tilik.tui;

/** Which pane the scroll keys move. Tab cycles in this order. */
public enum Focus {
    LEFT, RIGHT, PANEL;

    public Focus next() {
        return values()[(ordinal() + 1) % values().length];
    }

    public Focus previous() {
        return values()[(ordinal() + values().length - 1) % values().length];
    }
}
