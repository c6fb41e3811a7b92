package dev.tilik.language;

import java.util.Set;

/**
 * The forms under which a word meets a lexicon entry: the word itself (lower case) and, last, its
 * root, so that "mengirimkan", "pengiriman", "dikirim" and "kirim" meet, and "troops" meets
 * "troop". Each language's profile gives its own ({@link Indonesian}, {@link English}); a language
 * without a stemmer has {@link #plain()}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface WordForms {

    /** The word's forms, in order: the lower-case word first, its root last. */
    Set<String> of(String word);

    /** No stemming: the word in lower case. */
    static WordForms plain() {
        return w -> Set.of(w.toLowerCase(java.util.Locale.ROOT));
    }
}
