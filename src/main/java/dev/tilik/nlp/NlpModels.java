package dev.tilik.nlp;

import dev.tilik.language.LanguageProfile;
import dev.tilik.language.LanguageProfiles;
import dev.tilik.rules.Rules;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.LoggerFactory;

/**
 * The NLP models, loaded once per JVM from the classpath by explicit resource name (a shaded jar
 * keeps only one {@code model.properties}, so "the model of this jar" cannot be relied on).
 * Models are immutable and shared by all threads; the {@code *ME} objects that use them are not,
 * so each thread asks for its own {@link #pipeline(Rules)}. {@link #load()} may run on a
 * background thread while the UI draws; it takes about half a second, mostly the language model.
 * Which model serves which language is the languages' {@link LanguageProfile}s' word: a sentence
 * model trained from the project's data (Indonesian) is trained with the rules' abbreviation list
 * when a pipeline is made (about 0.1 s), once per distinct list. Tagging models (English's part of
 * speech and lemmas, about 0.5 s together) load only when a pipeline first meets an article in
 * that language ({@link #tagging}), so an Indonesian-only folder never pays for them; the UD token
 * model (about 0.07 s), used only to tokenize for tagging, loads with the first tagging models too.
 */
public final class NlpModels {
    public static final String LANGUAGE_MODEL = "/langdetect-183.bin";
    /** The English sentence model, loaded with the others (the English profile names it). */
    public static final String ENGLISH_SENTENCES = english().sentences().resource();
    /** The UD tokenizer every pipeline tokenizes tagged languages with. */
    public static final String ENGLISH_TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    /** One language's tagging models, shared by every pipeline once loaded. */
    public record TaggingModels(POSModel pos, LemmatizerModel lemmas, long loadNanos) {
    }

    private static final Object LOCK = new Object();
    private static volatile NlpModels loaded;

    private final LanguageDetectorModel language;
    private final SentenceModel englishSentences;
    private volatile TokenizerModel tokens;
    private final ConcurrentMap<LanguageProfile.Sentences, SentenceModel> sentenceModels = new ConcurrentHashMap<>();
    private final Object taggingLock = new Object();
    private final Map<LanguageProfile.Tagging, TaggingModels> tagging = new ConcurrentHashMap<>();

    private NlpModels(LanguageDetectorModel language, SentenceModel englishSentences) {
        this.language = language;
        this.englishSentences = englishSentences;
    }

    /** The models, loading them on the first call; later calls (from any thread) return the same. */
    public static NlpModels load() throws IOException {
        NlpModels m = loaded;
        if (m != null) {
            return m;
        }
        synchronized (LOCK) {
            if (loaded == null) {
                loaded = new NlpModels(
                        new LanguageDetectorModel(open(LANGUAGE_MODEL)),
                        new SentenceModel(open(ENGLISH_SENTENCES)));
            }
            return loaded;
        }
    }

    /**
     * Starts {@link #load()} on a daemon thread and returns at once, so that parsing the models
     * overlaps other start-up work; a later {@link #load()} waits for it. A failure here is not
     * reported: the caller's own {@link #load()} tries again and throws it.
     */
    public static void preload() {
        if (loaded != null) {
            return;
        }
        // slf4j set up here, before a second thread can log: OpenNLP's classes make their loggers while
        // the models load, and a logger asked for on another thread during slf4j's set-up is a stand-in
        // whose calls slf4j replays with a warning on stderr ("SLF4J(W): A number (1) of logging calls").
        // Only a run that needs the models comes here; a reopen served from the cache never sets slf4j up.
        LoggerFactory.getILoggerFactory();
        Thread t = new Thread(() -> {
            try {
                load();
            } catch (IOException | RuntimeException e) {
                // reported by the next load(), which retries
            }
        }, "tilik-models");
        t.setDaemon(true);
        t.start();
    }

    /**
     * A pipeline for the calling thread, with these rules: each language's sentence splitter from
     * its profile's model (every model it needs ready now) and its rules' repairs, and a tagger for
     * each tagged language, made on its first article.
     */
    public NlpPipeline pipeline(Rules rules) throws IOException {
        LanguageProfiles profiles = LanguageProfiles.of(rules);
        Map<String, SentenceModel> byLanguage = new HashMap<>();
        for (LanguageProfile p : profiles.all()) {
            byLanguage.put(p.code(), sentenceModel(p.sentences()));
        }
        return new NlpPipeline(profiles, new OpenNlpLanguageGuesser(language, FunctionWordGuess.of(profiles)),
                code -> new OpenNlpSentenceSplitter(byLanguage.get(profiles.forText(code).code()),
                        new SentenceRepairs(profiles.forText(code).sentenceRules())),
                new TaggingTokenizer(this), p -> {
                    TaggingModels m = tagging(p.tagging());
                    return new EnglishTagger(m.pos(), m.lemmas());
                });
    }

    /**
     * A language's tagging models, loaded on the first call (from any thread; the others wait for
     * it) and shared afterwards.
     *
     * @throws UncheckedIOException when a model is missing or unreadable
     */
    public TaggingModels tagging(LanguageProfile.Tagging models) {
        TaggingModels m = tagging.get(models);
        if (m != null) {
            return m;
        }
        synchronized (taggingLock) {
            m = tagging.get(models);
            if (m == null) {
                long t0 = System.nanoTime();
                try {
                    POSModel pos = new POSModel(open(models.pos()));
                    LemmatizerModel lemmas = new LemmatizerModel(open(models.lemmas()));
                    m = new TaggingModels(pos, lemmas, System.nanoTime() - t0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                tagging.put(models, m);
            }
            return m;
        }
    }

    /**
     * The UD token model, loaded on the first call (the first article of a tagged language: tokens
     * are made only for tagging) and shared afterwards.
     *
     * @throws UncheckedIOException when the model is missing or unreadable
     */
    public TokenizerModel tokens() {
        TokenizerModel m = tokens;
        if (m != null) {
            return m;
        }
        synchronized (taggingLock) {
            if (tokens == null) {
                try {
                    tokens = new TokenizerModel(open(ENGLISH_TOKENS));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return tokens;
        }
    }

    /** One pipeline's tokenizer, made on its first use (an article of a tagged language). */
    private static final class TaggingTokenizer implements Tokenizer {
        private final NlpModels models;
        private OpenNlpTokenizer tokenizer;

        TaggingTokenizer(NlpModels models) {
            this.models = models;
        }

        @Override
        public java.util.List<dev.tilik.text.CharSpan> tokenize(String text, dev.tilik.text.CharSpan region) {
            if (tokenizer == null) {
                tokenizer = new OpenNlpTokenizer(models.tokens());
            }
            return tokenizer.tokenize(text, region);
        }
    }

    /** English's tagging models ({@link #tagging}). */
    public TaggingModels englishTagging() {
        return tagging(english().tagging());
    }

    /** True once the English tagging models have been loaded (an English article was processed). */
    public boolean englishTaggingLoaded() {
        return tagging.containsKey(english().tagging());
    }

    /** OpenNLP's English sentence model. */
    public SentenceModel englishSentenceModel() {
        return englishSentences;
    }

    /**
     * The sentence model a profile names: a bundled one loaded once, a trained one trained once per
     * abbreviation list: the analysis workers ask for it at the same moment, and the ones that come
     * while it trains wait for that model instead of training their own.
     */
    SentenceModel sentenceModel(LanguageProfile.Sentences source) throws IOException {
        if (!source.trained() && source.resource().equals(ENGLISH_SENTENCES)) {
            return englishSentences;
        }
        try {
            return sentenceModels.computeIfAbsent(source, s -> {
                try {
                    return s.trained() ? SentenceTrainer.train(s.language(), s.resource(), s.abbreviations())
                            : new SentenceModel(open(s.resource()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static LanguageProfile english() {
        return LanguageProfiles.known("en").orElseThrow();
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is missing from the classpath");
        }
        return new BufferedInputStream(in);
    }
}
