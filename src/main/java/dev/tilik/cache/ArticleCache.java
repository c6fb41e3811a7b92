package dev.tilik.cache;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderFiles;
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
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder written = new LongAdder();
    private final LongAdder folderHits = new LongAdder();
    private final LongAdder folderMisses = new LongAdder();
    private final LongAdder folderRejected = new LongAdder();
    private final LongAdder folderWritten = new LongAdder();

    /** What the cache did so far: articles served, not found, found unusable, written. */
    public record Stats(long hits, long misses, long rejected, long written) {
    }

    ArticleCache(Path root, long maxBytes, String build) {
        this.root = Objects.requireNonNull(root, "root");
        this.maxBytes = maxBytes;
        this.build = build;
    }

    /** The cache in {@code root} (see {@link CacheDir}), bounded to {@code maxBytes}, for the running build. */
    public static ArticleCache open(Path root, long maxBytes) {
        return new ArticleCache(root, maxBytes, BuildVersion.current());
    }

    public Path root() {
        return root;
    }

    public Stats stats() {
        return new Stats(hits.sum(), misses.sum(), rejected.sum(), written.sum());
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
        Path file = entry(key);
        try {
            if (Files.size(file) > MAX_ENTRY) {
                throw new CacheEntry.Rejected(CacheEntry.Verdict.CORRUPT, "larger than " + MAX_ENTRY + " bytes");
            }
            ArticleStatements a = ArticleCodec.decode(CacheEntry.unwrap(key, Files.readAllBytes(file)), article);
            hits.increment();
            touch(file);
            return Optional.of(a);
        } catch (NoSuchFileException e) {
            misses.increment();
        } catch (CacheEntry.Rejected e) {
            rejected.increment();
            log().info("cache entry {} for {} not used ({}); analysing again", file, article.fileName(), e.getMessage());
        } catch (IOException e) {
            rejected.increment();
            log().warn("cache entry {} for {} not read: {}", file, article.fileName(), e.toString());
        }
        return Optional.empty();
    }

    /** Stores an article's analysis; a failure is logged, never thrown. */
    public void put(ArticleStatements analysed, String rulesFingerprint) {
        if (!usable() || rulesFingerprint == null) {
            return;
        }
        String key = key(analysed.document().article(), rulesFingerprint);
        byte[] bytes = CacheEntry.wrap(key, ArticleCodec.encode(analysed));
        if (bytes.length > Math.min(MAX_ENTRY, maxBytes)) {
            return;
        }
        if (write(entry(key), bytes, analysed.fileName())) {
            written.increment();
        }
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
        CacheFiles.evict(List.of(root.resolve(CacheFiles.ARTICLES), root.resolve(CacheFiles.FOLDERS)), maxBytes);
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
        Path file = folderEntry(folder);
        try {
            if (Files.size(file) > Math.max(MAX_ENTRY, maxBytes)) {
                throw new CacheEntry.Rejected(CacheEntry.Verdict.CORRUPT, "larger than the cache's bound");
            }
            FolderResult r = FolderCodec.decode(CacheEntry.unwrap(key, FolderCodec.FORMAT, Files.readAllBytes(file)));
            folderHits.increment();
            touch(file);
            touchArticles(r.articles(), rulesFingerprint);
            return Optional.of(r);
        } catch (NoSuchFileException e) {
            folderMisses.increment();
        } catch (CacheEntry.Rejected e) {
            folderRejected.increment();
            log().info("folder cache entry {} for {} not used ({}); analysing again", file, folder, e.getMessage());
        } catch (IOException e) {
            folderRejected.increment();
            log().warn("folder cache entry {} for {} not read: {}", file, folder, e.toString());
        }
        return Optional.empty();
    }

    /** Stores the whole analysis of {@code folder}, made from {@code files}; a failure is logged, never thrown. */
    public void putFolder(Path folder, FolderFiles files, String rulesFingerprint, String rulesOrigin, FolderResult result) {
        String key = folderKey(folder, files, rulesFingerprint, rulesOrigin);
        if (key == null) {
            return;
        }
        byte[] bytes = CacheEntry.wrap(key, FolderCodec.FORMAT, FolderCodec.encode(result));
        if (bytes.length > maxBytes / 2) {
            return; // one folder never takes more than half the cache
        }
        if (write(folderEntry(folder), bytes, folder.toString())) {
            folderWritten.increment();
        }
    }

    /** What the folder entries did so far: analyses served, not found, found unusable, written. */
    public Stats folderStats() {
        return new Stats(folderHits.sum(), folderMisses.sum(), folderRejected.sum(), folderWritten.sum());
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
        String h = sha256(folder.toAbsolutePath().normalize().toString());
        return root.resolve(CacheFiles.FOLDERS).resolve(h.substring(0, 2)).resolve(h.substring(2, 40) + CacheFiles.SUFFIX);
    }

    private void touchArticles(List<ArticleStatements> articles, String rulesFingerprint) {
        List<Article> loaded = new ArrayList<>(articles.size());
        articles.forEach(a -> loaded.add(a.document().article()));
        Thread t = new Thread(() -> loaded.forEach(a -> touch(entry(key(a, rulesFingerprint)))), "tilik-cache-touch");
        t.setDaemon(true);
        t.start();
    }

    /** True when {@link #remember} was called for {@code folder} (by any process sharing the cache). */
    public boolean knows(Path folder) {
        return usable() && Files.exists(marker(folder));
    }

    /** Notes that {@code folder} has been analysed, so a later {@link #knows} can skip loading what hits do not need. */
    public void remember(Path folder) {
        if (usable()) {
            mark(marker(folder));
        }
    }

    /** Writes an empty marker file, or makes an existing one young (its time says when it was last used). */
    private static void mark(Path marker) {
        try {
            Files.createDirectories(marker.getParent());
            if (!Files.exists(marker)) {
                Files.write(marker, new byte[0]);
            } else {
                Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis()));
            }
        } catch (IOException e) {
            log().debug("marker {} not written: {}", marker, e.toString());
        }
    }

    /**
     * True when this build parsed rule files with {@code rulesFingerprint} before ({@link
     * #rememberRulesParsed}, by any process sharing the cache): the same bytes parse the same way, so
     * they may wait for their first use.
     */
    public boolean rulesParsed(String rulesFingerprint) {
        return usable() && rulesFingerprint != null && Files.exists(rulesMarker(rulesFingerprint));
    }

    /** Notes that this build parsed rule files with {@code rulesFingerprint} without a refusal. */
    public void rememberRulesParsed(String rulesFingerprint) {
        if (usable() && rulesFingerprint != null) {
            mark(rulesMarker(rulesFingerprint));
        }
    }

    private Path rulesMarker(String rulesFingerprint) {
        return root.resolve("rules").resolve(sha256(build + "\u0000" + rulesFingerprint).substring(0, 40));
    }

    /** The whole key: payload format, build, rules, and the article as a file name and the hash of its bytes. */
    String key(Article article, String rulesFingerprint) {
        return ArticleCodec.FORMAT + "\u0000" + build + "\u0000" + rulesFingerprint + "\u0000" + article.fileName()
                + "\u0000" + article.sha256();
    }

    /** Where the entry under {@code key} lives. */
    Path entry(String key) {
        String h = sha256(key);
        return root.resolve(CacheFiles.ARTICLES).resolve(h.substring(0, 2)).resolve(h.substring(2, 40) + CacheFiles.SUFFIX);
    }

    private Path marker(Path folder) {
        String h = sha256(build + "\u0000" + folder.toAbsolutePath().normalize());
        return root.resolve("folders").resolve(h.substring(0, 40));
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
