package dev.tilik.tui;

/** How far loading has come: {@code what} ("reading", "analysing"), {@code done} of {@code total} (0 = unknown). */
public record LoadProgress(String what, int done, int total) {
    public static final LoadProgress START = new LoadProgress("starting", 0, 0);

    public LoadProgress {
        what = what == null ? "" : what;
        done = Math.max(0, done);
        total = Math.max(0, total);
    }

    /** 0..1, or -1 when the total is unknown. */
    public double fraction() {
        return total == 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
