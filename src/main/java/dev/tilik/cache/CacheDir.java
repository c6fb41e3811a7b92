package dev.tilik.cache;

import java.nio.file.Path;
import java.util.Map;

/**
 * Tilik's cache folder: {@code $XDG_CACHE_HOME/tilik}, or {@code ~/.cache/tilik} when that is unset
 * or not absolute (as the XDG spec asks); none (null) when the home folder is not absolute either
 * (no passwd entry: Java says {@code ?}), rather than a cache in the current folder. Everything in
 * it may be deleted at any time.
 */
public final class CacheDir {
    private CacheDir() {
    }

    public static Path of(Map<String, String> env, String home) {
        String cache = env.get("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()
                ? Path.of(cache) : Path.of(home, ".cache");
        return base.isAbsolute() ? base.resolve("tilik") : null;
    }
}
