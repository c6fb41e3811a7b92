package dev.tilik.tui;

/** A rectangle of cells; width or height may be 0. */
public record Rect(int x, int y, int width, int height) {
    public Rect {
        width = Math.max(0, width);
        height = Math.max(0, height);
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    public int bottom() {
        return y + height;
    }
}
