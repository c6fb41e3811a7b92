package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech tags and lemmas for English tokens, with OpenNLP's UD English (EWT) models. Tags
 * are kept in the Universal Dependencies tag set the models were trained on (the Penn mapping loses
 * the difference between "said" and "say"). The lemmatizer is costly (about 13 ms for a 23-token
 * sentence, against 2 ms for the tagger), and the statements stage needs lemmas only of verbs
 * (cues, events) and of nouns that may be mis-tagged verbs ("acknowledges"): only those are
 * lemmatized, one word at a time, remembered per word (as written) and tag; other words' lemma is
 * the word in lower case. What is remembered is shared by every tagger of one lemmatizer model (a lemma is
 * the model's, whichever tagger asked first): the two workers of an analysis, and the analyses after it,
 * lemmatize a word once, not once each. Not thread-safe (the {@code *ME} classes keep state): one per pipeline.
 * <p>Tags are the model's most likely tag at each word in turn (a beam of one, {@link #onePath}),
 * not the best of three paths OpenNLP keeps by default: a third of the model evaluations, and on
 * every English sentence of the fixtures, the sample articles, the development sets and the
 * generated story the same tags ({@code OnePathTaggingTest}).
 * <p>A sentence can be tagged only as far as a reader asks ({@link #start}): with one path a word's tag
 * depends on the words and the tags before it, never on the tags after it ({@link GreedyTags}), and the
 * statements stage asks the tags of a cue and what stands near it, about 60–70 % of a tagged sentence's words.
 */
public final class EnglishTagger {
    private final POSTaggerME tagger;
    /** The one-path decoding a word at a time; null for a model it does not fit (then a sentence is tagged whole). */
    private final GreedyTags greedy;
    private final LemmatizerME lemmatizer;
    /** Most lemmas remembered; past it, what was remembered is forgotten and the words met after are kept. */
    private static final int MAX_REMEMBERED = 20_000;
    /** The lemmas remembered for each lemmatizer model (by identity), shared by its taggers on any thread. */
    private static final Map<LemmatizerModel, Map<String, String>> REMEMBERED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private final Map<String, String> remembered;

    public EnglishTagger(POSModel pos, LemmatizerModel lemmas) {
        POSModel one = onePath(pos);
        this.tagger = new POSTaggerME(one, POSTagFormat.UD);
        // Word by word only where it is what the tagger does: one path over a maximum-entropy model whose tags
        // are Universal Dependencies already (the tagger converts no tag).
        this.greedy = one.getArtifact("pos.model") instanceof MaxentModel m && "1".equals(one.getManifestProperty("BeamSize"))
                && POSTagFormatMapper.guessFormat(one) == POSTagFormat.UD ? new GreedyTags(one, m) : null;
        this.lemmatizer = new LemmatizerME(lemmas);
        this.remembered = REMEMBERED.computeIfAbsent(lemmas, m -> new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** The last model given and its one-path form (by identity: made once per model, not per tagger). */
    private static Object[] last = {null, null};

    /**
     * {@code pos} with a beam of one: the same maximum-entropy model, context features and tag
     * dictionary, each word given its most likely tag after the tags chosen before it. A model that
     * is not a maximum-entropy model is kept as it is.
     */
    static synchronized POSModel onePath(POSModel pos) {
        if (last[0] != pos) {
            Object maxent = pos.getArtifact("pos.model");
            POSModel one = maxent instanceof MaxentModel m
                    ? new POSModel(pos.getLanguage(), m, 1, null, pos.getFactory()) : pos;
            last = new Object[] {pos, one};
        }
        return (POSModel) last[1];
    }

    /** Tags and lemmatizes {@code tokens} (spans of {@code text}, one sentence, in order). */
    public List<TaggedToken> tag(String text, List<CharSpan> tokens) {
        return start(text, tokens).through(tokens.size() - 1);
    }

    /** {@code tokens} (spans of {@code text}, one sentence, in order) to tag and lemmatize as far as asked. */
    Partial start(String text, List<CharSpan> tokens) {
        return new Partial(text, tokens);
    }

    /** One sentence tagged from its first token as far as asked; uses this tagger, so the same thread rules. */
    final class Partial {
        private final List<CharSpan> tokens;
        private final String[] words;
        private final GreedyTags.Sentence sentence;
        private final List<TaggedToken> out;
        private List<TaggedToken> made = List.of();

        private Partial(String text, List<CharSpan> tokens) {
            this.tokens = tokens;
            this.words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(i).coveredText(text);
            }
            this.sentence = greedy == null ? null : greedy.new Sentence(words);
            this.out = new ArrayList<>(words.length);
        }

        /**
         * The tokens tagged so far, at least up to token {@code last} (inclusive) or all of them: the first
         * tokens of what tagging the whole sentence gives, each with its lemma.
         */
        List<TaggedToken> through(int last) {
            if (last < made.size()) {
                return made;
            }
            if (sentence == null) {
                String[] tags = tagger.tag(words);
                for (int i = out.size(); i < words.length; i++) {
                    out.add(new TaggedToken(tokens.get(i), tags[i], lemma(words[i], tags[i])));
                }
            } else {
                sentence.through(last);
                for (int i = out.size(); i < sentence.done(); i++) {
                    out.add(new TaggedToken(tokens.get(i), sentence.tag(i), lemma(words[i], sentence.tag(i))));
                }
            }
            made = List.copyOf(out);
            return made;
        }

        /** True when every token is tagged. */
        boolean complete() {
            return made.size() == words.length;
        }
    }

    /**
     * Every lemma {@link #tag} may give {@code word}, whatever its tag: the word in lower case, its lemma
     * as a verb and, ending in "s", as a noun (the tags that are lemmatized).
     */
    public List<String> lemmas(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String verb = lemma(word, "VERB");
        String noun = lemma(word, "NOUN");
        List<String> out = new ArrayList<>(3);
        out.add(lower);
        if (!out.contains(verb)) {
            out.add(verb);
        }
        if (!out.contains(noun)) {
            out.add(noun);
        }
        return out;
    }

    /** True when the lemma of {@code word} (as written) under {@code tag} is remembered, by this tagger or another of its model. */
    boolean remembers(String word, String tag) {
        return remembered.containsKey(word + ' ' + tag);
    }

    private String lemma(String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean verb = tag.equals("VERB") || tag.equals("NOUN") && lower.endsWith("s");
        if (!verb) {
            return lower;
        }
        // Keyed by the word as written: the lemmatizer reads case ("Said" stays "said", "said" gives
        // "say"), so a lower-case key made a word's lemma depend on which casing this tagger met
        // first, and so on how the folder's articles were shared between the worker threads.
        String key = word + ' ' + tag;
        String lemma = remembered.get(key);
        if (lemma == null) {
            lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
            if (lemma.isEmpty() || lemma.equals("O")) {
                lemma = lower;
            }
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(key, lemma);
        }
        return lemma;
    }
}
