package dev.tilik.statements;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A word, number or punctuation mark of an article, by character offsets into its text. A token of
 * a tagged language's sentence reads its part of speech and lemma from the sentence's
 * {@link SentenceTags}, which tags the sentence the first time any of its tokens is asked.
 */
final class Token {
    private final int start;
    private final int end;
    private final String text;
    private final String lower;
    private final SentenceTags tags;
    private final int index;
    /** The last first-word index this token was looked up in, and its answer ({@link FirstWords}): made once per index. */
    private FirstWordBits firstWords;

    /** An index's answer for a token: immutable, so a token shared by threads reads it whole or not at all. */
    private record FirstWordBits(FirstWords index, long bits) {
    }

    /**
     * @param start offset of the first character (inclusive)
     * @param end   offset after the last character (exclusive)
     * @param text  the characters as written
     */
    Token(int start, int end, String text) {
        this(start, end, text, text.toLowerCase(Locale.ROOT), null, -1);
    }

    private Token(int start, int end, String text, String lower, SentenceTags tags, int index) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = lower;
        this.tags = tags;
        this.index = index;
    }

    /** This token as token {@code index} of a sentence whose tags {@code tags} gives. */
    Token taggedBy(SentenceTags tags, int index) {
        return new Token(start, end, text, lower, tags, index);
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The characters as written. */
    String text() {
        return text;
    }

    /** The characters in lower case (Locale.ROOT), made once: the phrase matchers ask for it of every token many times per sentence. */
    String lower() {
        return lower;
    }

    /** Which matchers of {@code index} may start a phrase at this token ({@link FirstWords#of}), looked up once. */
    long firstWords(FirstWords index) {
        FirstWordBits known = firstWords;
        if (known == null || known.index() != index) {
            known = new FirstWordBits(index, index.of(lower));
            firstWords = known;
        }
        return known.bits();
    }

    /** Its part of speech (Universal Dependencies: "VERB", "PROPN" …), or null when not tagged. */
    String tag() {
        return tags == null ? null : tags.tag(index);
    }

    /** Its lemma in lower case ("said" → "say"), or null when not tagged. */
    String lemma() {
        return tags == null ? null : tags.lemma(index);
    }

    /**
     * True when {@link #lemma()} may be one that {@code wanted} accepts: false means it is not, and
     * the sentence need not be tagged to know it.
     */
    boolean mayHaveLemma(Predicate<String> wanted) {
        if (tags == null) {
            return false;
        }
        for (String l : tags.lemmas(index)) {
            if (wanted.test(l)) {
                return true;
            }
        }
        return false;
    }

    /** Every lemma this token may have (its {@link #lemma()} is one of them, or null); empty when not tagged. */
    List<String> possibleLemmas() {
        return tags == null ? List.of() : tags.lemmas(index);
    }

    /** True when the token has a part of speech (asks the sentence's tokenization, not its tags). */
    boolean tagged() {
        return tags != null && tags.covers(index);
    }

    /** True when tagged with one of {@code tags}. */
    boolean tagIn(java.util.Set<String> tags) {
        String tag = tag();
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

    @Override
    public String toString() {
        return "Token[" + start + ", " + end + ", " + text + "]";
    }
}
