package dev.tilik.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache's markers: empty files whose presence says something this build did before, shared by
 * every process using the cache. A folder marker ({@code folders/}) says the folder was analysed, so
 * {@code Analyzer.prepare} may skip loading the models; a rules marker ({@code rules/}) says rule
 * files with this fingerprint parsed without a refusal, so the CLI may parse them on first use. Both
 * are keyed by the build; a marker's time says when it was last used. Nothing here is fatal: a marker
 * that cannot be written is logged, and the answer is then "not known".
 */
final class CacheMarkers {
    private final Path root;
    private final String build;

    CacheMarkers(Path root, String build) {
        this.root = root;
        this.build = build;
    }

    /** True when {@link #remember} was called for {@code folder} (by any process sharing the cache). */
    boolean knows(Path folder) {
        return Files.exists(folderMarker(folder));
    }

    /** Notes that {@code folder} has been analysed. */
    void remember(Path folder) {
        mark(folderMarker(folder));
    }

    /** True when rule files with {@code rulesFingerprint} parsed before under this build. */
    boolean rulesParsed(String rulesFingerprint) {
        return Files.exists(rulesMarker(rulesFingerprint));
    }

    /** Notes that rule files with {@code rulesFingerprint} parsed without a refusal. */
    void rememberRulesParsed(String rulesFingerprint) {
        mark(rulesMarker(rulesFingerprint));
    }

    Path folderMarker(Path folder) {
        String h = ArticleCache.sha256(build + "\u0000" + folder.toAbsolutePath().normalize());
        return root.resolve("folders").resolve(h.substring(0, 40));
    }

    Path rulesMarker(String rulesFingerprint) {
        return root.resolve("rules").resolve(ArticleCache.sha256(build + "\u0000" + rulesFingerprint).substring(0, 40));
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
            LoggerFactory.getLogger(CacheMarkers.class).debug("marker {} not written: {}", marker, e.toString());
        }
    }
}
