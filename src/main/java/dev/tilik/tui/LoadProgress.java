package dev.tilik.tui;

/**
 * How far loading has come: {@code what} ("reading", "analysing"), {@code done} of {@code total} (0 =
 * unknown), and {@code bar}, the share of the bar filled (0..1): it never runs backwards over one load —
 * a stage that starts again at 0 ("comparing statements 0/1" after "analysing 38/38") leaves it where
 * the last stage brought it ({@link #after}).
 */
public record LoadProgress(String what, int done, int total, double bar) {
    public static final LoadProgress START = new LoadProgress("starting", 0, 0);

    public LoadProgress {
        what = what == null ? "" : what;
        done = Math.max(0, done);
        total = Math.max(0, total);
        bar = Math.max(0, Math.min(1, bar));
    }

    public LoadProgress(String what, int done, int total) {
        this(what, done, total, total == 0 ? 0 : (double) Math.max(0, done) / total);
    }

    /** 0..1, or -1 when the total is unknown. */
    public double fraction() {
        return total == 0 ? -1 : Math.min(1.0, (double) done / total);
    }

    /** This step as the bar shows it after {@code before}: filled as far as this step says, never less than before. */
    public LoadProgress after(LoadProgress before) {
        double f = Math.max(0, fraction());
        return new LoadProgress(what, done, total, before == null ? f : Math.max(before.bar(), f));
    }

    /**
     * The count to show beside the step ("12/38"), or "" when it says nothing: an unknown total, or a
     * single step ("comparing statements 0/1", which read as nothing done yet).
     */
    public String count() {
        return total > 1 ? " " + done + "/" + total : "";
    }
}
