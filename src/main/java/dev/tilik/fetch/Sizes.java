package dev.tilik.fetch;

import java.util.Locale;

/** Byte counts in words. */
final class Sizes {
    private Sizes() {
    }

    static String mib(long bytes) {
        double m = bytes / (1024.0 * 1024.0);
        return m >= 1 ? String.format(Locale.ROOT, "%.0f MiB", m) : String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
