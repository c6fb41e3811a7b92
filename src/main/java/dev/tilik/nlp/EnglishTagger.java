package dev.tilik.nlp;

import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech tags and lemmas for English tokens, with OpenNLP's UD English (EWT) models. Tags
 * are kept in the Universal Dependencies tag set the models were trained on (the Penn mapping loses
 * the difference between "said" and "say"). The lemmatizer is costly (about 13 ms for a 23-token
 * sentence, against 2 ms for the tagger), and the statements stage needs lemmas only of verbs
 * (cues, events) and of nouns that may be mis-tagged verbs ("acknowledges"): only those are
 * lemmatized, one word at a time, remembered per word (as written) and tag; other words' lemma is
 * the word in lower case. Not thread-safe (the {@code *ME} classes keep state): one per pipeline.
 * <p>Tags are the model's most likely tag at each word in turn (a beam of one, {@link #onePath}),
 * not the best of three paths OpenNLP keeps by default: a third of the model evaluations, and on
 * every English sentence of the fixtures, the sample articles, the development sets and the
 * generated story the same tags ({@code OnePathTaggingTest}).
 */
public final class EnglishTagger {
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    /** Most lemmas remembered; a long run over many articles keeps the first ones. */
    private static final int MAX_REMEMBERED = 20_000;
    private final Map<String, String> remembered = new HashMap<>();

    public EnglishTagger(POSModel pos, LemmatizerModel lemmas) {
        this.tagger = new POSTaggerME(onePath(pos), POSTagFormat.UD);
        this.lemmatizer = new LemmatizerME(lemmas);
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
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).coveredText(text);
        }
        String[] tags = tagger.tag(words);
        List<TaggedToken> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            out.add(new TaggedToken(tokens.get(i), tags[i], lemma(words[i], tags[i])));
        }
        return out;
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
            if (remembered.size() < MAX_REMEMBERED) {
                remembered.put(key, lemma);
            }
        }
        return lemma;
    }
}
