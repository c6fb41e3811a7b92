package dev.tilik.tui;

/**
 * Where each part of the reader goes for a terminal size. From {@value #SIDE_BY_SIDE} columns
 * the two articles sit side by side; below that, one above the other. Each pane has a one-line
 * title above its body. The finding panel is as tall as its content, up to half the height (more
 * while it has focus, Tab), so the article panes get the rest and a long finding still reads. A finding
 * that cites one piece of evidence alone (a weekday slip) gives A the room of both panes, their rows one
 * above the other and their columns side by side: B would only show that article again ({@link Panes#folded}). Below {@value #MIN_WIDTH}×{@value #MIN_HEIGHT} nothing fits and the
 * reader says so.
 */
public record Geometry(int width, int height, boolean sideBySide, Rect header, Rect leftTitle, Rect left,
                       Rect rightTitle, Rect right, Rect panelTitle, Rect panel, Rect status) {
    public static final int SIDE_BY_SIDE = 100;
    public static final int MIN_WIDTH = 40;
    public static final int MIN_HEIGHT = 12;
    private static final int MIN_PANEL = 3;
    private static final int MIN_BODY = 3;

    public static boolean fits(int width, int height) {
        return width >= MIN_WIDTH && height >= MIN_HEIGHT;
    }

    /** The layout for a state: the finding panel as tall as its content, within {@link #panelRows}. */
    public static Geometry of(AppState s) {
        return of(s, PanelContent.lines(s, s.width()).size());
    }

    /** The layout for a state whose panel content, {@link PanelContent#lines} at the full width, is {@code panelLines} long. */
    static Geometry of(AppState s, int panelLines) {
        return of(s.width(), s.height(), s.nav().focus() == Focus.PANEL, panelLines, Panes.folded(s));
    }

    public static Geometry of(int width, int height) {
        return of(width, height, false, 0);
    }

    /**
     * The layout when the finding panel has {@code wanted} lines of content: the panel takes what
     * it needs, at least {@value #MIN_PANEL} rows, at most half the room (more while it has focus),
     * and never leaves an article pane fewer than {@value #MIN_BODY} rows.
     */
    public static Geometry of(int width, int height, boolean panelFocused, int wanted) {
        return of(width, height, panelFocused, wanted, false);
    }

    /**
     * The same, with {@code oneArticle} true when B would show A's article again: A then takes both panes'
     * rows (one above the other) or the whole width (side by side), and B has none.
     */
    static Geometry of(int width, int height, boolean panelFocused, int wanted, boolean oneArticle) {
        int w = Math.max(0, width);
        int h = Math.max(0, height);
        Rect header = new Rect(0, 0, w, 1);
        Rect status = new Rect(0, Math.max(0, h - 1), w, 1);
        int avail = Math.max(0, h - 2);
        boolean side = w >= SIDE_BY_SIDE;
        if (side) {
            int room = Math.max(0, avail - 2);
            int panel = panelRows(room, room - MIN_BODY, panelFocused, wanted);
            int body = Math.max(0, room - panel);
            int leftW = oneArticle ? w : (w - 1) / 2;
            int rightX = oneArticle ? w : leftW + 1;
            int rightW = w - rightX;
            return new Geometry(w, h, true, header,
                    new Rect(0, 1, leftW, 1), new Rect(0, 2, leftW, body),
                    new Rect(rightX, 1, rightW, 1), new Rect(rightX, 2, rightW, body),
                    new Rect(0, 2 + body, w, 1), new Rect(0, 3 + body, w, panel), status);
        }
        int room = Math.max(0, avail - 3);
        int panel = panelRows(room, room - 2 * MIN_BODY, panelFocused, wanted);
        int body = oneArticle ? 0 : Math.max(0, (room - panel) / 2);
        int leftBody = Math.max(0, room - panel - body + (oneArticle ? 1 : 0)); // B's title row too
        int y = 1;
        Rect leftTitle = new Rect(0, y, w, 1);
        Rect left = new Rect(0, y + 1, w, leftBody);
        y += 1 + leftBody;
        Rect rightTitle = new Rect(0, y, w, oneArticle ? 0 : 1);
        Rect right = new Rect(0, y + rightTitle.height(), w, body);
        y += rightTitle.height() + body;
        return new Geometry(w, h, false, header, leftTitle, left, rightTitle, right,
                new Rect(0, y, w, 1), new Rect(0, y + 1, w, panel), status);
    }

    /**
     * Rows for the panel out of {@code room} shared with the article panes: its content's height,
     * capped at half the room (at {@code spare}, what the panes can give up, while focused), never
     * under {@value #MIN_PANEL}.
     */
    static int panelRows(int room, int spare, boolean focused, int wanted) {
        int cap = focused ? Math.max(room / 2, spare) : room / 2;
        int rows = Math.max(MIN_PANEL, Math.min(wanted, cap));
        return Math.max(0, Math.min(room, rows));
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
