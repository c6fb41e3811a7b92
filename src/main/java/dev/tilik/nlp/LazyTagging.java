package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.List;

/**
 * {@link Tagging} made on demand by one pipeline's tokenizer and tagger (neither thread-safe): every
 * use of them, from any thread, holds the pipeline's {@code lock}; a sentence is tokenized once and
 * tagged at most once, from its first word as far as asked ({@link #tagsThrough}).
 */
final class LazyTagging implements Tagging {
    private final String text;
    private final List<CharSpan> sentences;
    private final Tokenizer tokenizer;
    private final EnglishTagger tagger;
    private final Object lock;
    private final List<CharSpan>[] tokens;
    private final List<TaggedToken>[] tags;
    /** A sentence tagged in part, until it is whole. */
    private final EnglishTagger.Partial[] partial;

    @SuppressWarnings("unchecked")
    LazyTagging(String text, List<CharSpan> sentences, Tokenizer tokenizer, EnglishTagger tagger, Object lock) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.tokenizer = tokenizer;
        this.tagger = tagger;
        this.lock = lock;
        this.tokens = new List[this.sentences.size()];
        this.tags = new List[this.sentences.size()];
        this.partial = new EnglishTagger.Partial[this.sentences.size()];
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
        return tagsThrough(sentence, Integer.MAX_VALUE - 1);
    }

    @Override
    public List<TaggedToken> tagsThrough(int sentence, int token) {
        synchronized (lock) {
            if (tags[sentence] != null) {
                return tags[sentence];
            }
            if (partial[sentence] == null) {
                partial[sentence] = tagger.start(text, tokens(sentence));
            }
            List<TaggedToken> made = partial[sentence].through(Math.min(token, tokens(sentence).size() - 1));
            if (partial[sentence].complete()) {
                tags[sentence] = made;
                partial[sentence] = null;
            }
            return made;
        }
    }

    @Override
    public List<String> lemmas(String word) {
        synchronized (lock) {
            return tagger.lemmas(word);
        }
    }
}
