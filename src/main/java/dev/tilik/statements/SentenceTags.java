package dev.tilik.statements;

import dev.tilik.nlp.TaggedToken;
import dev.tilik.nlp.Tagging;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence's tags and lemmas on its {@link Token}s, made in steps as they are first asked: which
 * tokens have a tag at all (the tagger's tokenization), every lemma each may have (the tagger's
 * lemmatizer, word by word), and only then the tags themselves (the tagger run over the sentence,
 * the costly step, from its first word only as far as the token asked: {@link Tagging#tagsThrough}).
 * Each step runs once, whichever thread asks; what it gives is what tagging the sentence at once gave
 * ({@link TokenTags}).
 */
final class SentenceTags {
    private final Tagging tagging;
    private final int sentence;
    private final String text;
    private final List<Token> tokens;
    private final Once<TokenTags.Alignment> alignment = new Once<>(this::align);
    /** Each token's tag and lemma, made when first asked (null until then). */
    private final String[][] made;
    private final Once<List<List<String>>> lemmas = new Once<>(this::lemmatizeAll);

    /**
     * @param sentence the sentence's index among the document's sentences ({@code tagging}'s)
     * @param tokens   its tokens, untagged
     */
    private SentenceTags(Tagging tagging, int sentence, String text, List<Token> tokens) {
        this.tagging = tagging;
        this.sentence = sentence;
        this.text = text;
        this.tokens = tokens;
        this.made = new String[tokens.size()][];
    }

    /** {@code tokens} reading their tags from sentence {@code sentence} of {@code tagging}; unchanged when not tagged. */
    static List<Token> attach(Tagging tagging, int sentence, String text, List<Token> tokens) {
        if (!tagging.tagged() || tokens.isEmpty()) {
            return tokens;
        }
        SentenceTags tags = new SentenceTags(tagging, sentence, text, tokens);
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.get(i).taggedBy(tags, i));
        }
        return out;
    }

    /** True when token {@code i} takes a tag (no tagging needed to know it). */
    boolean covers(int i) {
        return alignment.get().at()[i] >= 0;
    }

    String tag(int i) {
        return covers(i) ? made(i)[0] : null;
    }

    String lemma(int i) {
        return covers(i) ? made(i)[1] : null;
    }

    /** Every lemma token {@code i} may have ({@link TokenTags#lemmas}); empty when it takes no tag. */
    List<String> lemmas(int i) {
        return covers(i) ? lemmas.get().get(i) : List.of();
    }

    private TokenTags.Alignment align() {
        return TokenTags.align(tokens, tagging.tokens(sentence));
    }

    /** Token {@code i}'s tag and lemma: the sentence is tagged as far as the tagger's token holding it. */
    private synchronized String[] made(int i) {
        String[] m = made[i];
        if (m == null) {
            int at = alignment.get().at()[i];
            TaggedToken g = tagging.tagsThrough(sentence, at).get(at);
            int part = alignment.get().part()[i];
            m = new String[] {TokenTags.tag(g, part), TokenTags.lemma(g, part, tokens.get(i))};
            made[i] = m;
        }
        return m;
    }

    private List<List<String>> lemmatizeAll() {
        List<CharSpan> words = tagging.tokens(sentence);
        int[] at = alignment.get().at();
        List<List<String>> l = new ArrayList<>(at.length);
        for (int i = 0; i < at.length; i++) {
            l.add(at[i] < 0 ? List.of() : TokenTags.lemmas(tagging.lemmas(words.get(at[i]).coveredText(text)), tokens.get(i)));
        }
        return List.copyOf(l);
    }

    /** A value made by the first thread to ask for it, once; the others wait for it. */
    private static final class Once<T> {
        private final java.util.function.Supplier<T> make;
        private volatile T value;

        Once(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
