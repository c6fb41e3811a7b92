package dev.tilik.eval;

/** {@code hits} out of {@code total}, e.g. 21/22; the ratio is NaN when nothing was counted. */
public record Score(int hits, int total) {
    public Score {
        if (hits < 0 || total < 0 || hits > total) {
            throw new IllegalArgumentException("bad score " + hits + "/" + total);
        }
    }

    public double ratio() {
        return total == 0 ? Double.NaN : (double) hits / total;
    }

    /** {@code 21/22 (0.95)}, or {@code 0/0 (n/a)}. */
    public String describe() {
        return total == 0 ? hits + "/0 (n/a)" : String.format(java.util.Locale.ROOT, "%d/%d (%.2f)", hits, total, ratio());
    }

    @Override
    public String toString() {
        return hits + "/" + total;
    }
}
