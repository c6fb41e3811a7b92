package dev.tilik.analysis;

import dev.tilik.cache.ArticleCache;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.Rules;
import java.io.IOException;
import java.nio.file.Path;

/** Turns a folder of articles into an {@link Analysis}. {@link Analyzer} is the real one; tests may pass their own. */
@FunctionalInterface
public interface FolderAnalyzer {
    /**
     * Starts loading, in the background, what {@link #analyze} will need (the NLP models), so that
     * it overlaps the caller's own start-up work such as reading the rules; returns at once.
     */
    default void prepare() {
    }

    /** As {@link #prepare()} for a known folder (an analyzer may tell it needs nothing loaded for it). */
    default void prepare(Path folder) {
        prepare();
    }

    /** This analyzer keeping each article's analysis in {@code cache} between runs; one that cannot, itself. */
    default FolderAnalyzer cachedIn(ArticleCache cache) {
        return this;
    }

    /**
     * @throws IOException when the models cannot be read; a bad article is a problem in the result, not an exception
     */
    Analysis analyze(Path folder, Rules rules, Progress progress) throws IOException;
}
