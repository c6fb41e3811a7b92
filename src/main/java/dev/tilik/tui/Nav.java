package dev.tilik.tui;

/**
 * Where the reader is. Positions are char offsets into the articles' original text (the first
 * character shown at the top of each pane), never line numbers, so a resize that re-wraps the
 * text keeps the same text in view.
 *
 * @param findingId   the finding shown, or null when browsing articles freely
 * @param leftFile    the article in the left pane when browsing (a finding overrides it)
 * @param rightFile   the article in the right pane when browsing
 * @param focus       the pane the scroll keys move
 * @param leftAnchor  offset shown at the top of the left pane
 * @param rightAnchor offset shown at the top of the right pane
 * @param panelScroll first line shown in the finding panel
 * @param allCited    true when the panel lists every statement the finding cites, not a summary
 * @param leftFinding the finding Esc left to browse (Esc, n or p return to it), or null
 */
public record Nav(String findingId, String leftFile, String rightFile, Focus focus,
                  int leftAnchor, int rightAnchor, int panelScroll, boolean allCited, String leftFinding) {
    public static final Nav START = new Nav(null, null, null, Focus.LEFT, 0, 0, 0, false);

    public Nav(String findingId, String leftFile, String rightFile, Focus focus,
               int leftAnchor, int rightAnchor, int panelScroll, boolean allCited) {
        this(findingId, leftFile, rightFile, focus, leftAnchor, rightAnchor, panelScroll, allCited, null);
    }

    public Nav withFinding(String id, int left, int right) {
        return new Nav(id, leftFile, rightFile, focus, left, right, 0, false, null);
    }

    public Nav withFiles(String left, String right) {
        return new Nav(findingId, left, right, focus, 0, 0, panelScroll, allCited, leftFinding);
    }

    public Nav withFocus(Focus f) {
        return new Nav(findingId, leftFile, rightFile, f, leftAnchor, rightAnchor, panelScroll, allCited, leftFinding);
    }

    public Nav withAnchor(Focus side, int anchor) {
        int a = Math.max(0, anchor);
        return side == Focus.LEFT
                ? new Nav(findingId, leftFile, rightFile, focus, a, rightAnchor, panelScroll, allCited, leftFinding)
                : new Nav(findingId, leftFile, rightFile, focus, leftAnchor, a, panelScroll, allCited, leftFinding);
    }

    public Nav withAllCited(boolean all) {
        return new Nav(findingId, leftFile, rightFile, focus, leftAnchor, rightAnchor, panelScroll, all, leftFinding);
    }

    public int anchor(Focus side) {
        return side == Focus.LEFT ? leftAnchor : rightAnchor;
    }

    public Nav withPanelScroll(int line) {
        return new Nav(findingId, leftFile, rightFile, focus, leftAnchor, rightAnchor, Math.max(0, line), allCited,
                leftFinding);
    }
}
