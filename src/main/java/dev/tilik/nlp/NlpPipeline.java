package dev.tilik.nlp;

import dev.tilik.ingest.Article;
import dev.tilik.language.LanguageProfile;
import dev.tilik.language.LanguageProfiles;
import dev.tilik.rules.Rules;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The NLP stage for one thread: language of the text outside boilerplate, then its sentences.
 * Boilerplate never lies in a sentence; the headline, when the article has one, is the first
 * sentence, whole. Each language is read as its {@link LanguageProfile} says: its splitter, and for
 * a tagged language (English) its tokens tagged (part of speech, lemma); a language's tagger is
 * made on its first article, so the tagging models load only when needed; a sentence is tagged
 * when something first reads its tags ({@link Tagging}), most never are.
 * Not thread-safe (OpenNLP's {@code *ME} classes are not): one per thread.
 */
public final class NlpPipeline {
    private final LanguageProfiles profiles;
    private final LanguageGuesser guesser;
    private final Function<String, SentenceSplitter> splitterFactory;
    private final Map<String, SentenceSplitter> splitters = new HashMap<>();
    private final Tokenizer tokenizer;
    private final Function<LanguageProfile, EnglishTagger> taggerFactory;
    private final Map<String, EnglishTagger> taggers = new HashMap<>();
    /** Held by every use of the tokenizer and the taggers: a document's tags are made when read, on any thread. */
    private final Object tagLock = new Object();

    /** {@code splitterFactory} makes the splitter for a language code (any code, even unknown); no tagging. */
    public NlpPipeline(Rules rules, LanguageGuesser guesser, Function<String, SentenceSplitter> splitterFactory, Tokenizer tokenizer) {
        this(rules, guesser, splitterFactory, tokenizer, null);
    }

    /** As above; {@code englishTagger} (or null) makes the tagger of every tagged language (English) when its first article comes. */
    public NlpPipeline(Rules rules, LanguageGuesser guesser, Function<String, SentenceSplitter> splitterFactory,
                       Tokenizer tokenizer, Supplier<EnglishTagger> englishTagger) {
        this(LanguageProfiles.of(rules), guesser, splitterFactory, tokenizer,
                englishTagger == null ? null : profile -> englishTagger.get());
    }

    /**
     * The pipeline over these profiles; {@code taggers} (or null: no tagging) makes a tagged
     * language's tagger from its profile when the first article in it comes.
     */
    public NlpPipeline(LanguageProfiles profiles, LanguageGuesser guesser, Function<String, SentenceSplitter> splitterFactory,
                       Tokenizer tokenizer, Function<LanguageProfile, EnglishTagger> taggers) {
        this.profiles = profiles;
        this.guesser = guesser;
        this.splitterFactory = splitterFactory;
        this.tokenizer = tokenizer;
        this.taggerFactory = taggers;
    }

    public Document process(Article article) {
        String text = article.text();
        List<CharSpan> body = bodyRegions(article);
        StringBuilder bodyText = new StringBuilder();
        for (CharSpan r : body) {
            bodyText.append(text, r.start(), r.end()).append('\n');
        }
        String declared = article.declaredLanguage().filter(profiles::covers).orElse(null);
        // A header that names a language the rules cover is taken at its word: no guessing (the
        // guess is the costliest NLP step, and a short or mixed article may be guessed wrong).
        LanguageGuess language = declared != null ? new LanguageGuess(declared, 1.0, 1.0) : guesser.guess(bodyText);
        if (!profiles.covers(language.language())) {
            LanguageGuess among = guesser.guessAmong(bodyText, profiles.coveredCodes());
            if (among.isKnown()) {
                language = among;
            }
        }
        SentenceSplitter splitter = splitterFor(language.language());
        List<CharSpan> sentences = new ArrayList<>();
        CharSpan headline = article.headline();
        for (CharSpan region : body) {
            if (headline != null && region.contains(headline)) {
                sentences.addAll(splitter.split(text, new CharSpan(region.start(), headline.start())));
                sentences.add(headline);
                sentences.addAll(splitter.split(text, new CharSpan(headline.end(), region.end())));
            } else {
                sentences.addAll(splitter.split(text, region));
            }
        }
        sentences.removeIf(CharSpan::isEmpty);
        sentences.sort(null);
        List<CharSpan> sorted = List.copyOf(sentences);
        return new Document(article, language, sorted, tag(language.language(), text, sorted));
    }

    /**
     * Every sentence's tokens with part of speech and lemma, for a tagged language, made when first
     * read (under this pipeline's lock: its tokenizer and tagger are not thread-safe); none otherwise.
     */
    private Tagging tag(String language, String text, List<CharSpan> sentences) {
        LanguageProfile profile = profiles.get(language).orElse(null);
        if (profile == null || !profile.tagged() || taggerFactory == null) {
            return Tagging.NONE;
        }
        EnglishTagger tagger = taggers.computeIfAbsent(profile.code(), code -> taggerFactory.apply(profile));
        return new LazyTagging(text, sentences, tokenizer, tagger, tagLock);
    }

    /** The tokenizer of this pipeline (same thread rules). */
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /** The sentence splitter used for a language: its profile's, or the first language's for one Tilik does not know. */
    public SentenceSplitter splitterFor(String language) {
        return splitters.computeIfAbsent(profiles.forText(language).code(), splitterFactory);
    }

    /** The text outside boilerplate, as regions in order. */
    static List<CharSpan> bodyRegions(Article article) {
        List<CharSpan> spans = new ArrayList<>(article.boilerplate());
        spans.sort(null);
        List<CharSpan> regions = new ArrayList<>();
        int at = 0;
        for (CharSpan b : spans) {
            if (b.start() > at) {
                regions.add(new CharSpan(at, b.start()));
            }
            at = Math.max(at, b.end());
        }
        if (at < article.text().length()) {
            regions.add(new CharSpan(at, article.text().length()));
        }
        return regions;
    }
}
