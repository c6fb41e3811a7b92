package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.List;

/**
 * A document's part-of-speech tags and lemmas, sentence by sentence, made the first time something
 * asks for them: only some sentences' tags are ever read (those holding a cue and what is built on
 * them), and tagging is the costliest step of the NLP stage. A sentence's tokens (the tagger's own
 * tokenization, no tags) can be asked apart from its tags, and so can every lemma a word may take,
 * so a reader can tell that no tag could change its answer without tagging. What comes back is
 * what tagging every sentence at once gave: the tagger reads one sentence at a time, and its tags
 * and lemmas depend on nothing it met before. Safe to read from any thread.
 */
public interface Tagging {
    /** No tags: a language without a tagger. */
    Tagging NONE = new Tagging() {
        @Override
        public boolean tagged() {
            return false;
        }

        @Override
        public List<CharSpan> tokens(int sentence) {
            return List.of();
        }

        @Override
        public List<TaggedToken> tags(int sentence) {
            return List.of();
        }

        @Override
        public List<String> lemmas(String word) {
            return List.of();
        }
    };

    /**
     * Tags made on demand by {@code tagger} over {@code tokenizer}'s tokens of each of {@code sentences}
     * (spans of {@code text}); neither is used but under {@code lock}, which every other user of them holds too.
     */
    static Tagging lazy(String text, List<CharSpan> sentences, Tokenizer tokenizer, EnglishTagger tagger, Object lock) {
        return new LazyTagging(text, sentences, tokenizer, tagger, lock);
    }

    /** True when the document's language is tagged. */
    boolean tagged();

    /** The tagger's tokens of sentence {@code sentence} (an index into the document's sentences), untagged; empty when not tagged. */
    List<CharSpan> tokens(int sentence);

    /** Sentence {@code sentence}'s tokens with part of speech and lemma, as {@link #tokens} cuts them; empty when not tagged. */
    List<TaggedToken> tags(int sentence);

    /**
     * The first tokens of {@link #tags}{@code (sentence)}, at least through token {@code token} (an index into
     * {@link #tokens}; all of them when it is the last or beyond): a tagger that tags a word from the words and
     * the tags before it need not tag the rest of the sentence yet.
     */
    default List<TaggedToken> tagsThrough(int sentence, int token) {
        return tags(sentence);
    }

    /**
     * Every lemma the tagger may give {@code word} (one of its tokens as written), whatever tag it
     * gets: the {@link TaggedToken#lemma()} of that token is one of these. Empty when not tagged.
     */
    List<String> lemmas(String word);
}
