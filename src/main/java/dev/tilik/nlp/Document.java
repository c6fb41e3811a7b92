package dev.tilik.nlp;

import dev.tilik.ingest.Article;
import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.Objects;

/**
 * An article after the NLP stage: its language, its sentences (spans into {@code article.text()},
 * none of them in boilerplate, in order) and, for languages with tagging models (English), every
 * sentence's tokens with part of speech and lemma, in text order (empty when not tagged).
 */
public record Document(Article article, LanguageGuess language, List<CharSpan> sentences, List<TaggedToken> tokens) {
    public Document {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }

    /** A document without tagged tokens. */
    public Document(Article article, LanguageGuess language, List<CharSpan> sentences) {
        this(article, language, sentences, List.of());
    }

    /** True when the NLP stage tagged this document's tokens. */
    public boolean tagged() {
        return !tokens.isEmpty();
    }

    public String text() {
        return article.text();
    }

    public String fileName() {
        return article.fileName();
    }

    public String sentenceText(int index) {
        return sentences.get(index).coveredText(article.text());
    }
}
