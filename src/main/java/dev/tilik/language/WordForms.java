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

    /**
     * The stem as the stemmer leaves it when the root last among {@link #of}'s forms puts back a letter the word's prefix
     * may have hidden or not, which the word alone cannot tell ("mengamankan": the root "kaman" put back, or "aman" as
     * written); null when nothing was put back, or when what was is certain. The folder may tell
     * ({@code statements.HiddenRoots}). None in a language whose prefixes hide no letter.
     */
    default String hiddenStem(String word) {
        return null;
    }

    /** No stemming: the word in lower case. */
    static WordForms plain() {
        return w -> Set.of(w.toLowerCase(java.util.Locale.ROOT));
    }
}
