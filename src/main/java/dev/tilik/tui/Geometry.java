package dev.tilik.tui;

/**
 * Where each part of the reader goes for a terminal size. From {@value #SIDE_BY_SIDE} columns
 * the two articles sit side by side; below that, one above the other. Each pane has a one-line
 * title above its body. The finding panel grows while it has focus (Tab), so a long finding
 * reads without scrolling on a small terminal. Below {@value #MIN_WIDTH}×{@value #MIN_HEIGHT} nothing fits and the
 * reader says so.
 */
public record Geometry(int width, int height, boolean sideBySide, Rect header, Rect leftTitle, Rect left,
                       Rect rightTitle, Rect right, Rect panelTitle, Rect panel, Rect status) {
    public static final int SIDE_BY_SIDE = 100;
    public static final int MIN_WIDTH = 40;
    public static final int MIN_HEIGHT = 12;
    private static final int PANEL_MAX = 16;

    public static boolean fits(int width, int height) {
        return width >= MIN_WIDTH && height >= MIN_HEIGHT;
    }

    /** The layout for a state: the finding panel grows to about half the height while it has focus. */
    public static Geometry of(AppState s) {
        return of(s.width(), s.height(), s.nav().focus() == Focus.PANEL);
    }

    public static Geometry of(int width, int height) {
        return of(width, height, false);
    }

    public static Geometry of(int width, int height, boolean panelFocused) {
        int w = Math.max(0, width);
        int h = Math.max(0, height);
        Rect header = new Rect(0, 0, w, 1);
        Rect status = new Rect(0, Math.max(0, h - 1), w, 1);
        int avail = Math.max(0, h - 2);
        boolean side = w >= SIDE_BY_SIDE;
        if (side) {
            int panel = panelFocused ? Math.max(4, (avail - 2) / 2)
                    : Math.min(PANEL_MAX, Math.max(4, (avail - 2) * 36 / 100));
            int body = Math.max(0, avail - 2 - panel);
            int leftW = (w - 1) / 2;
            int rightX = leftW + 1;
            int rightW = w - rightX;
            return new Geometry(w, h, true, header,
                    new Rect(0, 1, leftW, 1), new Rect(0, 2, leftW, body),
                    new Rect(rightX, 1, rightW, 1), new Rect(rightX, 2, rightW, body),
                    new Rect(0, 2 + body, w, 1), new Rect(0, 3 + body, w, panel), status);
        }
        int panel = panelFocused ? Math.max(3, (avail - 3) * 60 / 100)
                : Math.min(PANEL_MAX, Math.max(3, (avail - 3) * 36 / 100));
        int body = Math.max(0, (avail - 3 - panel) / 2);
        int leftBody = Math.max(0, avail - 3 - panel - body);
        int y = 1;
        Rect leftTitle = new Rect(0, y, w, 1);
        Rect left = new Rect(0, y + 1, w, leftBody);
        y += 1 + leftBody;
        Rect rightTitle = new Rect(0, y, w, 1);
        Rect right = new Rect(0, y + 1, w, body);
        y += 1 + body;
        return new Geometry(w, h, false, header, leftTitle, left, rightTitle, right,
                new Rect(0, y, w, 1), new Rect(0, y + 1, w, panel), status);
    }

    /** The body of a pane. */
    public Rect body(Focus f) {
        return switch (f) {
            case LEFT -> left;
            case RIGHT -> right;
            case PANEL -> panel;
        };
    }

    /** Columns article text wraps to inside a pane (one column of margin on the left). */
    public int textWidth(Focus f) {
        return Math.max(1, body(f).width() - 2);
    }
}
