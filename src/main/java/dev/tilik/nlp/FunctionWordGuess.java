package dev.tilik.nlp;

import dev.tilik.language.LanguageProfile;
import dev.tilik.language.LanguageProfiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The language a text's function words settle, before the detector is asked: when the text has at least
 * {@value #MIN_WORDS} words, one covered language's function words ({@link LanguageProfile#stopWords}) make at
 * least {@value #SHARE} of them and every other covered language's at most {@value #OTHER}, the text is in that
 * language. Running prose is a fifth or more function words (every article of the development sets, the
 * fixtures and the generated story: 13–38 % in Indonesian, 24 % and more in English), and the two covered
 * languages share few (at most 4.7 % English ones in an Indonesian article naming English terms), so a text this
 * clear is one the detector names the same — on every one of those articles it does ({@code FunctionWordGuessTest}).
 * Anything less clear — a short text, a mixed one, a language Tilik has no rules for, whose words are few
 * of either list — is left to the detector. The whole text is read, not its opening: a page opening with
 * a paragraph in another language is mixed, and the detector reads it whole. One pass over the text, a
 * tenth or less of the detector's work; no word is copied. Immutable, thread-safe.
 */
final class FunctionWordGuess {
    /** Fewer words than this settle nothing. */
    static final int MIN_WORDS = 40;
    /** Share of the words that one language's function words must make. */
    static final double SHARE = 0.15;
    /** Share every other covered language's function words may make at most. */
    static final double OTHER = 0.05;

    private final List<LanguageProfile> languages;

    private FunctionWordGuess(List<LanguageProfile> languages) {
        this.languages = languages;
    }

    /**
     * Over the covered languages of {@code profiles}; settles nothing when one of them has no function words
     * (a language Tilik knows only from its rules: its text could not be told from another's by them).
     */
    static FunctionWordGuess of(LanguageProfiles profiles) {
        List<LanguageProfile> out = new ArrayList<>();
        for (String code : profiles.coveredCodes()) {
            LanguageProfile p = profiles.get(code).orElse(null);
            if (p == null || p.stopWords() == dev.tilik.language.StopWords.none()) {
                return new FunctionWordGuess(List.of());
            }
            out.add(p);
        }
        out.sort(java.util.Comparator.comparing(LanguageProfile::code));
        return new FunctionWordGuess(List.copyOf(out));
    }

    /** The covered language {@code text}'s opening words settle, if they do. */
    Optional<String> settle(CharSequence text) {
        int n = languages.size();
        if (n < 2) {
            return Optional.empty(); // one language alone has no other to be told from: the detector says whether it is that one
        }
        int[] hits = counts(text);
        int words = hits[n];
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        int best = -1;
        for (int k = 0; k < n; k++) {
            if (hits[k] >= SHARE * words) {
                best = k;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        for (int k = 0; k < n; k++) {
            if (k != best && hits[k] > OTHER * words) {
                return Optional.empty();
            }
        }
        return Optional.of(languages.get(best).code());
    }

    /** The languages {@link #counts} counts for, in its order. */
    List<String> codes() {
        return languages.stream().map(LanguageProfile::code).toList();
    }

    /** In {@code text}, each language's function words (in {@link #codes}'s order) and, last, the words (runs of letters). */
    int[] counts(CharSequence text) {
        int n = languages.size();
        int[] hits = new int[n + 1];
        Window word = new Window(text);
        int end = text.length();
        int i = 0;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            hits[n]++;
            word.at(start, i);
            for (int k = 0; k < n; k++) {
                if (languages.get(k).stopWords().contains(word)) {
                    hits[k]++;
                }
            }
        }
        return hits;
    }

    /** One word of a text, moved along it: the stop sets read its chars in place. */
    private static final class Window implements CharSequence {
        private final CharSequence text;
        private int start;
        private int end;

        Window(CharSequence text) {
            this.text = text;
        }

        void at(int from, int to) {
            start = from;
            end = to;
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return text.subSequence(start + from, start + to);
        }

        @Override
        public String toString() {
            return text.subSequence(start, end).toString();
        }
    }
}
