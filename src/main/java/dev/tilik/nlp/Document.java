package dev.tilik.nlp;

import dev.tilik.ingest.Article;
import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.Objects;

/**
 * An article after the NLP stage: its language and its sentences (spans into
 * {@code article.text()}, none of them in boilerplate, in order).
 */
public record Document(Article article, LanguageGuess language, List<CharSpan> sentences) {
    public Document {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
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
