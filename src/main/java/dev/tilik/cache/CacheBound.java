package dev.tilik.cache;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cache's size bound: {@value #ENV} in bytes with an optional K, M or G suffix (binary units:
 * {@code 256M} is 256 MiB); {@link #DEFAULT} when unset. Past the bound the oldest entries go.
 */
public final class CacheBound {
    /** The environment variable that sets the bound. */
    public static final String ENV = "TILIK_CACHE_MAX";
    public static final long DEFAULT = 256L << 20;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([kmg]?)(?:i?b)?");

    private CacheBound() {
    }

    /**
     * @param value the variable's value, or null when unset
     * @throws IllegalArgumentException naming the variable and what it expects
     */
    public static long parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(ENV + ": expected a size such as 256M, 1G or 500000, got \"" + value + "\"");
        }
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException(ENV + ": " + value + " is too large");
        }
        return n << shift;
    }
}
