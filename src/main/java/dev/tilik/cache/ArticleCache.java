package dev.tilik.cache;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderFiles;
import dev.tilik.ingest.LoadedFolder;
import dev.tilik.ingest.ParsedFiles;
import dev.tilik.statements.ArticleStatements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each article's analysis (what the per-article stages make of it) on disk, keyed by Tilik's
 * build, the rules' fingerprint, the article's file name and the hash of its bytes, so a folder
 * opened again skips language detection, sentence splitting and statement extraction for every
 * article it has seen. Files live under {@code <root>/articles/<xx>/}; an entry that is damaged,
 * not Tilik's, or written under another key is a miss and is written again. Writes go to a temp
 * file beside the entry and are renamed over it, so another Tilik process sharing the folder reads
 * the old entry or the new, never a mix. Past the size bound the entries used longest ago go
 * ({@link #evict}). Nothing here is fatal: a cache that cannot be read or written is logged and
 * Tilik analyses as if there were none. Safe for several threads.
 *
 * <p>A folder has one entry of its own as well, under {@code <root>/analyses/<xx>/} (one slot per
 * folder path): its whole analysis — articles as loaded and after the folder pass, findings,
 * problems — keyed by the build, the rules, and the ordered names and content hashes of its files
 * ({@link #getFolder}, {@link #putFolder}). The same rules hold for it: damaged, foreign or stale
 * is a miss and rewritten, writes are atomic, the size bound counts it with the article entries.
 */
public final class ArticleCache {
    /** An entry larger than this is not read (no analysis of one article comes near). */
    static final long MAX_ENTRY = 64L << 20;
    /** A hit refreshes the entry's time when it is older than this (eviction goes by that time). */
    private static final long TOUCH_AFTER_MILLIS = 60_000;

    private final Path root;
    private final long maxBytes;
    private final String build;
    /** The folder and rules markers (see {@link CacheMarkers}). */
    private final CacheMarkers markers;
    private final Kind articles = new Kind(CacheFiles.ARTICLES, ArticleCodec.FORMAT);
    private final Kind parses = new Kind(CacheFiles.PARSES, ParseCodec.FORMAT);
    private final Kind folders = new Kind(CacheFiles.FOLDERS, FolderCodec.FORMAT);

    /** What the cache did so far: articles served, not found, found unusable, written. */
    public record Stats(long hits, long misses, long rejected, long written) {
    }

    /** One kind of entry's {@link Stats}, counted as they happen (from several threads). */
    private static final class Counters {
        final LongAdder hits = new LongAdder();
        final LongAdder misses = new LongAdder();
        final LongAdder rejected = new LongAdder();
        final LongAdder written = new LongAdder();

        Stats stats() {
            return new Stats(hits.sum(), misses.sum(), rejected.sum(), written.sum());
        }
    }

    /** Reads an entry's payload back into a value; an {@link IOException} says it is inconsistent. */
    @FunctionalInterface
    private interface Decoder<T> {
        T decode(byte[] payload) throws IOException;
    }

    /**
     * One kind of entry (an article's analysis, a file's parse, a folder's analysis): its folder
     * under the root, its payload's format, and what its entries did so far. Every kind is read,
     * checked, made young, written and counted the same way.
     */
    private final class Kind {
        final String dir;
        final int format;
        final Counters counts = new Counters();

        Kind(String dir, int format) {
            this.dir = dir;
            this.format = format;
        }

        /** Where the entry named {@code name} (its key, or a folder's path) lives: two levels by its hash. */
        Path path(String name) {
            String h = sha256(name);
            return root.resolve(dir).resolve(h.substring(0, 2)).resolve(h.substring(2, 40) + CacheFiles.SUFFIX);
        }

        /**
         * The payload of the entry {@code file} when it was written in this kind's format under
         * {@code key}, decoded; empty (counted as a miss or a rejection, logged) when it is missing,
         * larger than {@code maxSize}, damaged, foreign, stale or inconsistent. A hit makes the entry young.
         */
        <T> Optional<T> get(Path file, String key, long maxSize, Decoder<T> decoder, Object what) {
            try {
                if (Files.size(file) > maxSize) {
                    throw new CacheEntry.Rejected(CacheEntry.Verdict.CORRUPT, "larger than " + maxSize + " bytes");
                }
                T value = decoder.decode(CacheEntry.unwrap(key, format, Files.readAllBytes(file)));
                counts.hits.increment();
                touch(file);
                return Optional.of(value);
            } catch (NoSuchFileException e) {
                counts.misses.increment();
            } catch (CacheEntry.Rejected e) {
                counts.rejected.increment();
                log().info("cache entry {} for {} not used ({}); analysing again", file, what, e.getMessage());
            } catch (IOException e) {
                counts.rejected.increment();
                log().warn("cache entry {} for {} not read: {}", file, what, e.toString());
            }
            return Optional.empty();
        }

        /** Writes {@code payload} under {@code key} to {@code file} unless the entry passes {@code maxSize}; never throws. */
        void put(Path file, String key, byte[] payload, long maxSize, String what) {
            byte[] bytes = CacheEntry.wrap(key, format, payload);
            if (bytes.length <= maxSize && write(file, bytes, what)) {
                counts.written.increment();
            }
        }
    }

    ArticleCache(Path root, long maxBytes, String build) {
        this.root = Objects.requireNonNull(root, "root");
        this.maxBytes = maxBytes;
        this.build = build;
        this.markers = new CacheMarkers(root, build);
    }

    /** The cache in {@code root} (see {@link CacheDir}), bounded to {@code maxBytes}, for the running build. */
    public static ArticleCache open(Path root, long maxBytes) {
        return new ArticleCache(root, maxBytes, BuildVersion.current());
    }

    public Path root() {
        return root;
    }

    public Stats stats() {
        return articles.counts.stats();
    }

    /** False when nothing can be cached: a build that cannot tell its version, or a zero bound. */
    boolean usable() {
        return build != null && maxBytes > 0;
    }

    /**
     * The cached analysis of {@code article} (as loaded now) under rules with {@code rulesFingerprint},
     * or empty (rules without a fingerprint are never cached).
     */
    public Optional<ArticleStatements> get(Article article, String rulesFingerprint) {
        if (!usable() || rulesFingerprint == null) {
            return Optional.empty();
        }
        String key = key(article, rulesFingerprint);
        return articles.get(entry(key), key, MAX_ENTRY, payload -> ArticleCodec.decode(payload, article), article.fileName());
    }

    /** Stores an article's analysis; a failure is logged, never thrown. */
    public void put(ArticleStatements analysed, String rulesFingerprint) {
        if (!usable() || rulesFingerprint == null) {
            return;
        }
        String key = key(analysed.document().article(), rulesFingerprint);
        articles.put(entry(key), key, ArticleCodec.encode(analysed), Math.min(MAX_ENTRY, maxBytes), analysed.fileName());
    }

    /** Writes {@code bytes} to {@code file} through a temp file and an atomic rename; false (logged) when it could not. */
    private static boolean write(Path file, byte[] bytes, String what) {
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + CacheFiles.TEMP_SUFFIX);
        try {
            Files.createDirectories(file.getParent());
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                return false; // never a non-atomic write: another process could read half an entry
            }
            return true;
        } catch (IOException | RuntimeException e) {
            log().warn("cache entry {} for {} not written: {}", file, what, e.toString());
            return false;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                log().debug("temp {} left: {}", temp, e.toString());
            }
        }
    }

    /** Removes the entries used longest ago until the cache is within its bound, and stale temp files. */
    public void evict() {
        CacheFiles.evict(List.of(root.resolve(articles.dir), root.resolve(folders.dir), root.resolve(parses.dir)), maxBytes);
    }

    /**
     * The whole analysis of {@code folder} when it was cached for these very files (names, order,
     * bytes), this build and these rules; else empty. A hit refreshes the entries of its articles,
     * so that eviction keeps what one added article would need (on a daemon thread: best effort).
     *
     * @param rulesOrigin where the rules came from, as the analysis names it (problems quote it)
     */
    public Optional<FolderResult> getFolder(Path folder, FolderFiles files, String rulesFingerprint, String rulesOrigin) {
        String key = folderKey(folder, files, rulesFingerprint, rulesOrigin);
        if (key == null) {
            return Optional.empty();
        }
        Optional<FolderResult> r = folders.get(folderEntry(folder), key, Math.max(MAX_ENTRY, maxBytes), FolderCodec::decode,
                folder);
        r.ifPresent(hit -> touchEntries(hit.articles(), files, rulesFingerprint));
        return r;
    }

    /** Stores the whole analysis of {@code folder}, made from {@code files}; a failure is logged, never thrown. */
    public void putFolder(Path folder, FolderFiles files, String rulesFingerprint, String rulesOrigin, FolderResult result) {
        String key = folderKey(folder, files, rulesFingerprint, rulesOrigin);
        if (key == null) {
            return;
        }
        // one folder never takes more than half the cache
        folders.put(folderEntry(folder), key, FolderCodec.encode(result), maxBytes / 2, folder.toString());
    }

    /** What the folder entries did so far: analyses served, not found, found unusable, written. */
    public Stats folderStats() {
        return folders.counts.stats();
    }

    /**
     * The parse of the file {@code name} whose bytes hash to {@code sha256} (its articles as loaded,
     * its problems) as this build made it under rules with {@code rulesFingerprint}, or empty.
     */
    public Optional<LoadedFolder> getParse(String name, String sha256, String rulesFingerprint) {
        if (!usable() || rulesFingerprint == null) {
            return Optional.empty();
        }
        String key = parseKey(name, sha256, rulesFingerprint);
        return parses.get(parseEntry(key), key, MAX_ENTRY, ParseCodec::decode, name);
    }

    /** Stores the parse of the file {@code name} whose bytes hash to {@code sha256}; a failure is logged, never thrown. */
    public void putParse(String name, String sha256, String rulesFingerprint, LoadedFolder parsed) {
        if (!usable() || rulesFingerprint == null) {
            return;
        }
        String key = parseKey(name, sha256, rulesFingerprint);
        parses.put(parseEntry(key), key, ParseCodec.encode(parsed), Math.min(MAX_ENTRY, maxBytes), name);
    }

    /**
     * True when an entry for the parse of this file is there (not read: it may still be unusable). A
     * file without one is new or changed, so its articles will need analysing.
     */
    public boolean hasParse(String name, String sha256, String rulesFingerprint) {
        return usable() && rulesFingerprint != null && Files.exists(parseEntry(parseKey(name, sha256, rulesFingerprint)));
    }

    /** The parse entries under rules with {@code rulesFingerprint}, as the ingest stage asks for them. */
    public ParsedFiles parsedFiles(String rulesFingerprint) {
        return new ParsedFiles() {
            @Override
            public LoadedFolder get(String name, String sha256) {
                return getParse(name, sha256, rulesFingerprint).orElse(null);
            }

            @Override
            public void put(String name, String sha256, LoadedFolder parsed) {
                putParse(name, sha256, rulesFingerprint, parsed);
            }
        };
    }

    /** What the parse entries did so far: files served unparsed, not found, found unusable, written. */
    public Stats parseStats() {
        return parses.counts.stats();
    }

    /** The whole key of a file's parse: payload format, build, rules, the file's name and the hash of its bytes. */
    String parseKey(String name, String sha256, String rulesFingerprint) {
        return ParseCodec.FORMAT + "\u0000" + build + "\u0000" + rulesFingerprint + "\u0000" + name + "\u0000" + sha256;
    }

    Path parseEntry(String key) {
        return parses.path(key);
    }

    /**
     * The whole key of a folder's analysis: payload format, build, rules (content and where they came
     * from), the folder as named and as an absolute path (problems quote it), and a hash over every
     * file's name and content hash in order (a refused file by its refusal). Null when nothing can be
     * cached, or the folder could not be listed.
     */
    String folderKey(Path folder, FolderFiles files, String rulesFingerprint, String rulesOrigin) {
        if (!usable() || rulesFingerprint == null || files.failed() != null) {
            return null;
        }
        StringBuilder list = new StringBuilder(files.files().size() * 100);
        for (FolderFiles.File f : files.files()) {
            list.append(f.name()).append('\u0000');
            list.append(f.refused() == null ? f.sha256() : "refused " + f.refused()).append('\n');
        }
        return FolderCodec.FORMAT + "\u0000" + build + "\u0000" + rulesFingerprint + "\u0000" + rulesOrigin + "\u0000"
                + folder + "\u0000" + folder.toAbsolutePath().normalize() + "\u0000" + sha256(list.toString());
    }

    /** One slot per folder: a changed folder's analysis replaces its old one instead of piling up beside it. */
    Path folderEntry(Path folder) {
        return folders.path(folder.toAbsolutePath().normalize().toString());
    }

    /** Makes young, on a daemon thread (best effort), the article and parse entries one added article would need. */
    private void touchEntries(List<ArticleStatements> articles, FolderFiles files, String rulesFingerprint) {
        List<Path> entries = new ArrayList<>(articles.size() + files.files().size());
        articles.forEach(a -> entries.add(entry(key(a.document().article(), rulesFingerprint))));
        for (FolderFiles.File f : files.files()) {
            if (f.refused() == null) {
                entries.add(parseEntry(parseKey(f.name(), f.sha256(), rulesFingerprint)));
            }
        }
        Thread t = new Thread(() -> entries.forEach(ArticleCache::touch), "tilik-cache-touch");
        t.setDaemon(true);
        t.start();
    }

    /** True when {@link #remember} was called for {@code folder} (by any process sharing the cache). */
    public boolean knows(Path folder) {
        return usable() && markers.knows(folder);
    }

    /** Notes that {@code folder} has been analysed, so a later {@link #knows} can skip loading what hits do not need. */
    public void remember(Path folder) {
        if (usable()) {
            markers.remember(folder);
        }
    }

    /**
     * True when this build parsed rule files with {@code rulesFingerprint} before ({@link
     * #rememberRulesParsed}, by any process sharing the cache): the same bytes parse the same way, so
     * they may wait for their first use.
     */
    public boolean rulesParsed(String rulesFingerprint) {
        return usable() && rulesFingerprint != null && markers.rulesParsed(rulesFingerprint);
    }

    /** Notes that this build parsed rule files with {@code rulesFingerprint} without a refusal. */
    public void rememberRulesParsed(String rulesFingerprint) {
        if (usable() && rulesFingerprint != null) {
            markers.rememberRulesParsed(rulesFingerprint);
        }
    }

    /** The whole key: payload format, build, rules, and the article as a file name and the hash of its bytes. */
    String key(Article article, String rulesFingerprint) {
        return ArticleCodec.FORMAT + "\u0000" + build + "\u0000" + rulesFingerprint + "\u0000" + article.fileName()
                + "\u0000" + article.sha256();
    }

    /** Where the entry under {@code key} lives. */
    Path entry(String key) {
        return articles.path(key);
    }

    private static void touch(Path file) {
        try {
            long now = System.currentTimeMillis();
            if (now - Files.getLastModifiedTime(file).toMillis() > TOUCH_AFTER_MILLIS) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(now));
            }
        } catch (NoSuchFileException e) {
            // evicted or never written: nothing to keep young
        } catch (IOException e) {
            log().debug("cache entry {} not touched: {}", file, e.toString());
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The logger, made on first use: see {@code Cli.log}.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(ArticleCache.class);
    }
}
