package dev.tilik.nlp;

import dev.tilik.rules.Rules;
import dev.tilik.rules.SentenceRules;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The NLP models, loaded once per JVM from the classpath by explicit resource name (a shaded jar
 * keeps only one {@code model.properties}, so "the model of this jar" cannot be relied on).
 * Models are immutable and shared by all threads; the {@code *ME} objects that use them are not,
 * so each thread asks for its own {@link #pipeline(Rules)}. {@link #load()} may run on a
 * background thread while the UI draws; it takes about half a second, mostly the language model.
 * The Indonesian sentence model is trained from the project's data and the rules' abbreviation
 * list the first time a pipeline needs it (about 0.1 s), once per distinct list. The English
 * token, part-of-speech and lemma models (about 0.5 s together) load only when a pipeline first
 * meets an English article ({@link #englishTagging()}: tokens are only made for tagging), so an
 * Indonesian-only folder never pays for them.
 */
public final class NlpModels {
    public static final String LANGUAGE_MODEL = "/langdetect-183.bin";
    public static final String ENGLISH_SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String ENGLISH_TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String ENGLISH_POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    public static final String ENGLISH_LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** The English tagging models (and the tokenizer's, used only for tagging), shared by every pipeline once loaded. */
    public record TaggingModels(TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas, long loadNanos) {
    }

    private static final Object LOCK = new Object();
    private static volatile NlpModels loaded;

    private final LanguageDetectorModel language;
    private final SentenceModel englishSentences;
    private final ConcurrentMap<List<String>, SentenceModel> indonesian = new ConcurrentHashMap<>();
    private final Object taggingLock = new Object();
    private volatile TaggingModels tagging;

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

    /** A pipeline for the calling thread, with these rules. */
    public NlpPipeline pipeline(Rules rules) throws IOException {
        List<String> idAbbrev = rules.forLanguage("id").map(l -> l.sentences().abbreviations()).orElse(List.of());
        SentenceModel id = indonesianModel(idAbbrev);
        return new NlpPipeline(rules, new OpenNlpLanguageGuesser(language),
                lang -> new OpenNlpSentenceSplitter("en".equals(lang) ? englishSentences : id, repairs(rules, lang)),
                new EnglishTokenizer(this), () -> {
                    TaggingModels m = englishTagging();
                    return new EnglishTagger(m.pos(), m.lemmas());
                });
    }

    /**
     * The English part-of-speech and lemma models, loaded on the first call (from any thread; the
     * others wait for it) and shared afterwards.
     *
     * @throws UncheckedIOException when a model is missing or unreadable
     */
    public TaggingModels englishTagging() {
        TaggingModels m = tagging;
        if (m != null) {
            return m;
        }
        synchronized (taggingLock) {
            if (tagging == null) {
                long t0 = System.nanoTime();
                try {
                    TokenizerModel tokens = new TokenizerModel(open(ENGLISH_TOKENS));
                    POSModel pos = new POSModel(open(ENGLISH_POS));
                    LemmatizerModel lemmas = new LemmatizerModel(open(ENGLISH_LEMMAS));
                    tagging = new TaggingModels(tokens, pos, lemmas, System.nanoTime() - t0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return tagging;
        }
    }

    /** True once the English tagging models have been loaded (an English article was processed). */
    public boolean englishTaggingLoaded() {
        return tagging != null;
    }

    /** OpenNLP's English sentence model. */
    public SentenceModel englishSentenceModel() {
        return englishSentences;
    }

    /**
     * The Indonesian sentence model for this abbreviation list, trained once: the analysis workers
     * ask for it at the same moment, and the ones that come while it trains wait for that model
     * instead of training their own.
     */
    SentenceModel indonesianModel(List<String> abbreviations) throws IOException {
        try {
            return indonesian.computeIfAbsent(abbreviations, list -> {
                try {
                    return SentenceTrainer.train("id", SentenceTrainer.INDONESIAN_DATA, list);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One pipeline's tokenizer, made with the tagging models on its first use (an English article). */
    private static final class EnglishTokenizer implements Tokenizer {
        private final NlpModels models;
        private OpenNlpTokenizer tokenizer;

        EnglishTokenizer(NlpModels models) {
            this.models = models;
        }

        @Override
        public List<dev.tilik.text.CharSpan> tokenize(String text, dev.tilik.text.CharSpan region) {
            if (tokenizer == null) {
                tokenizer = new OpenNlpTokenizer(models.englishTagging().tokens());
            }
            return tokenizer.tokenize(text, region);
        }
    }

    private static SentenceRepairs repairs(Rules rules, String language) {
        SentenceRules s = rules.forLanguage(language).map(l -> l.sentences()).orElse(SentenceRules.none());
        return new SentenceRepairs(s);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is missing from the classpath");
        }
        return new BufferedInputStream(in);
    }
}
