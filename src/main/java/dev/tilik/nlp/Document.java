package dev.tilik.nlp;

import dev.tilik.ingest.Article;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article after the NLP stage: its language, its sentences (spans into {@code article.text()},
 * none of them in boilerplate, in order) and, for languages with tagging models (English), every
 * sentence's tokens with part of speech and lemma, made when first read ({@link Tagging#NONE} when
 * not tagged).
 */
public record Document(Article article, LanguageGuess language, List<CharSpan> sentences, Tagging tagging) {
    public Document {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
        tagging = tagging == null ? Tagging.NONE : tagging;
    }

    /** A document without tagged tokens. */
    public Document(Article article, LanguageGuess language, List<CharSpan> sentences) {
        this(article, language, sentences, Tagging.NONE);
    }

    /** True when this document's language is tagged. */
    public boolean tagged() {
        return tagging.tagged();
    }

    /** Every sentence's tagged tokens, in text order (each sentence tagged now if it was not yet); empty when not tagged. */
    public List<TaggedToken> tokens() {
        List<TaggedToken> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            out.addAll(tagging.tags(i));
        }
        return out;
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
