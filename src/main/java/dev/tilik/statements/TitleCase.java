package dev.tilik.statements;

import java.util.List;

/**
 * Whether a sentence is written in title case, as headlines are ("Keracunan Massal, 85 Dapur Ditutup", "85
 * Kitchens Closed After Outbreak"): every word of {@value #LONG} letters or more capitalised, at least
 * {@value #WORDS} of them. There a capital letter says nothing of a name (the word after a figure is what it
 * counts, not a place), and a comma joins two clauses of their own ("Keracunan Massal, 85 Dapur Ditutup": the
 * poisoning does not say what the 85 count). Stateless.
 */
final class TitleCase {
    /** Letters from which a word of a title-case line is capitalised ("di", "dan", "the", "of", "yang", "from" may stay lower). */
    static final int LONG = 5;
    /** Fewest capitalised long words a title-case line has (a short sentence of names is not one). */
    static final int WORDS = 3;

    private TitleCase() {
    }

    /** True when the tokens of a sentence are written in title case. */
    static boolean of(List<Token> tokens) {
        int capitalised = 0;
        for (Token t : tokens) {
            String w = t.text();
            if (w.length() < LONG || !dev.tilik.text.Chars.all(w, Character::isLetter)) {
                continue;
            }
            if (!t.isCapitalized()) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= WORDS;
    }
}
