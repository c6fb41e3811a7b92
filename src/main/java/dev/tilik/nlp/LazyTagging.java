package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.List;

/**
 * {@link Tagging} made on demand by one pipeline's tokenizer and tagger (neither thread-safe): every
 * use of them, from any thread, holds the pipeline's {@code lock}; a sentence is tokenized and tagged
 * at most once.
 */
final class LazyTagging implements Tagging {
    private final String text;
    private final List<CharSpan> sentences;
    private final Tokenizer tokenizer;
    private final EnglishTagger tagger;
    private final Object lock;
    private final List<CharSpan>[] tokens;
    private final List<TaggedToken>[] tags;

    @SuppressWarnings("unchecked")
    LazyTagging(String text, List<CharSpan> sentences, Tokenizer tokenizer, EnglishTagger tagger, Object lock) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.tokenizer = tokenizer;
        this.tagger = tagger;
        this.lock = lock;
        this.tokens = new List[this.sentences.size()];
        this.tags = new List[this.sentences.size()];
    }

    @Override
    public boolean tagged() {
        return true;
    }

    @Override
    public List<CharSpan> tokens(int sentence) {
        synchronized (lock) {
            if (tokens[sentence] == null) {
                tokens[sentence] = List.copyOf(tokenizer.tokenize(text, sentences.get(sentence)));
            }
            return tokens[sentence];
        }
    }

    @Override
    public List<TaggedToken> tags(int sentence) {
        synchronized (lock) {
            if (tags[sentence] == null) {
                tags[sentence] = List.copyOf(tagger.tag(text, tokens(sentence)));
            }
            return tags[sentence];
        }
    }

    @Override
    public List<String> lemmas(String word) {
        synchronized (lock) {
            return tagger.lemmas(word);
        }
    }
}
