package dev.tilik.statements;

import java.util.Locale;

/**
 * A word, number or punctuation mark of an article, by character offsets into its text.
 *
 * @param start offset of the first character (inclusive)
 * @param end   offset after the last character (exclusive)
 * @param text  the characters as written
 * @param tag   its part of speech (Universal Dependencies: "VERB", "PROPN" …), or null when the
 *              language has no tagger
 * @param lemma its lemma in lower case ("said" → "say"), or null when not tagged
 * @param lower the characters in lower case (Locale.ROOT), made once: the phrase matchers ask for it
 *              of every token many times per sentence
 */
record Token(int start, int end, String text, String tag, String lemma, String lower) {

    Token(int start, int end, String text) {
        this(start, end, text, null, null);
    }

    Token(int start, int end, String text, String tag, String lemma) {
        this(start, end, text, tag, lemma, text.toLowerCase(Locale.ROOT));
    }

    Token withTag(String tag, String lemma) {
        return new Token(start, end, text, tag, lemma, lower);
    }

    boolean tagged() {
        return tag != null;
    }

    /** True when tagged with one of {@code tags}. */
    boolean tagIn(java.util.Set<String> tags) {
        return tag != null && tags.contains(tag);
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean is(String punctuation) {
        return text.equals(punctuation);
    }

    boolean isQuote() {
        return text.length() == 1 && Tokens.isQuoteChar(text.charAt(0));
    }

    boolean isClauseEnd() {
        return is(".") || is("!") || is("?") || is(";") || is(":");
    }
}
