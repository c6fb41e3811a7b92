package dev.tilik.language;

import java.util.Collection;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A language's function words: Lucene's stop set for it plus words Lucene's set lacks (grammar and
 * time words, never a story's). Matched without regard to case. Immutable, thread-safe.
 */
public final class StopWords {
    private static final StopWords NONE = new StopWords(CharArraySet.EMPTY_SET);

    private final CharArraySet words;

    private StopWords(CharArraySet words) {
        this.words = words;
    }

    /** Lucene's {@code stopSet} and {@code extra}, any case. */
    static StopWords of(CharArraySet stopSet, Collection<String> extra) {
        CharArraySet s = new CharArraySet(64, true);
        s.addAll(stopSet);
        s.addAll(extra);
        return new StopWords(CharArraySet.unmodifiableSet(s));
    }

    /** No stop words: a language Tilik knows only from its rules. */
    public static StopWords none() {
        return NONE;
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    /** As {@link #contains(String)}, reading {@code word}'s chars where they are. */
    public boolean contains(CharSequence word) {
        return words.contains(word);
    }
}
