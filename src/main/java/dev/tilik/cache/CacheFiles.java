package dev.tilik.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache's files on disk and their eviction: entries ({@value #SUFFIX}) by the time they were
 * last written or read, oldest first, until the total is within the bound (with a tenth to spare,
 * so the next run does not evict again at once); temp files a crashed writer left, after an hour.
 * Another process evicting or writing at the same time only makes a file vanish early, which its
 * readers take for a miss.
 */
final class CacheFiles {
    private static final Logger LOG = LoggerFactory.getLogger(CacheFiles.class);
    static final String ARTICLES = "articles";
    /** Whole folders' analyses (the folder markers live in {@code folders}, apart). */
    static final String FOLDERS = "analyses";
    /** Each file's parse (its articles as loaded), by its name and content hash. */
    static final String PARSES = "files";
    static final String SUFFIX = ".entry";
    static final String TEMP_SUFFIX = ".tmp";
    private static final long TEMP_AGE_MILLIS = 3_600_000;

    private record Entry(Path path, long size, long modified) {
    }

    private CacheFiles() {
    }

    /** Evicts across {@code dirs} together: the bound is on their total. */
    static void evict(List<Path> dirs, long maxBytes) {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        long now = System.currentTimeMillis();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 2)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String name = p.getFileName().toString();
                    BasicFileAttributes a = attributes(p);
                    if (a == null || !a.isRegularFile()) {
                        continue;
                    }
                    if (name.endsWith(TEMP_SUFFIX)) {
                        if (now - a.lastModifiedTime().toMillis() > TEMP_AGE_MILLIS) {
                            delete(p);
                        }
                    } else if (name.endsWith(SUFFIX)) {
                        entries.add(new Entry(p, a.size(), a.lastModifiedTime().toMillis()));
                        total += a.size();
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.warn("cache folder {} not listed for eviction: {}", dir, e.toString());
                return;
            }
        }
        if (total <= maxBytes) {
            return;
        }
        long target = maxBytes - maxBytes / 10;
        entries.sort(Comparator.comparingLong(Entry::modified).thenComparing(e -> e.path().toString()));
        int removed = 0;
        for (Entry e : entries) {
            if (total <= target) {
                break;
            }
            if (delete(e.path())) {
                removed++;
            }
            total -= e.size();
        }
        LOG.info("cache {}: {} entries evicted, {} bytes kept (bound {})", dirs, removed, total, maxBytes);
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean delete(Path p) {
        try {
            Files.delete(p);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            LOG.debug("cache file {} not deleted: {}", p, e.toString());
            return false;
        }
    }
}
