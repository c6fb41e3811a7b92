package dev.tilik.nlp;

import dev.tilik.ingest.Article;
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
 * sentence, whole. English documents also get their tokens tagged (part of speech, lemma); the
 * tagger is made on the first English article, so the tagging models load only when needed.
 * Not thread-safe (OpenNLP's {@code *ME} classes are not): one per thread.
 */
public final class NlpPipeline {
    private final Rules rules;
    private final LanguageGuesser guesser;
    private final Function<String, SentenceSplitter> splitterFactory;
    private final Map<String, SentenceSplitter> splitters = new HashMap<>();
    private final Tokenizer tokenizer;
    private final Supplier<EnglishTagger> englishTaggerFactory;
    private EnglishTagger englishTagger;

    /** {@code splitterFactory} makes the splitter for a language code (any code, even unknown); no tagging. */
    public NlpPipeline(Rules rules, LanguageGuesser guesser, Function<String, SentenceSplitter> splitterFactory, Tokenizer tokenizer) {
        this(rules, guesser, splitterFactory, tokenizer, null);
    }

    /** As above; {@code englishTagger} (or null) makes the English tagger when the first English article comes. */
    public NlpPipeline(Rules rules, LanguageGuesser guesser, Function<String, SentenceSplitter> splitterFactory,
                       Tokenizer tokenizer, Supplier<EnglishTagger> englishTagger) {
        this.rules = rules;
        this.guesser = guesser;
        this.splitterFactory = splitterFactory;
        this.tokenizer = tokenizer;
        this.englishTaggerFactory = englishTagger;
    }

    public Document process(Article article) {
        String text = article.text();
        List<CharSpan> body = bodyRegions(article);
        StringBuilder bodyText = new StringBuilder();
        for (CharSpan r : body) {
            bodyText.append(text, r.start(), r.end()).append('\n');
        }
        String declared = article.declaredLanguage().filter(code -> rules.forLanguage(code).isPresent()).orElse(null);
        // A header that names a language the rules cover is taken at its word: no guessing (the
        // guess is the costliest NLP step, and a short or mixed article may be guessed wrong).
        LanguageGuess language = declared != null ? new LanguageGuess(declared, 1.0, 1.0) : guesser.guess(bodyText);
        if (rules.forLanguage(language.language()).isEmpty()) {
            LanguageGuess among = guesser.guessAmong(bodyText, rules.languageCodes());
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
        return new Document(article, language, sentences, tag(language.language(), text, sentences));
    }

    /** Tokens of every sentence with part of speech and lemma, for English; empty otherwise. */
    private List<TaggedToken> tag(String language, String text, List<CharSpan> sentences) {
        if (!"en".equals(language) || englishTaggerFactory == null) {
            return List.of();
        }
        if (englishTagger == null) {
            englishTagger = englishTaggerFactory.get();
        }
        List<TaggedToken> out = new ArrayList<>();
        for (CharSpan s : sentences) {
            out.addAll(englishTagger.tag(text, tokenizer.tokenize(text, s)));
        }
        return out;
    }

    /** The tokenizer of this pipeline (same thread rules). */
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /** The sentence splitter used for a language: Indonesian data for {@code id}, OpenNLP's English model for {@code en}. */
    public SentenceSplitter splitterFor(String language) {
        String key = rules.forLanguage(language).isPresent() || "en".equals(language) ? language : "id";
        return splitters.computeIfAbsent(key, splitterFactory);
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
