package dev.tilik.language;

import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.SentenceRules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that makes Tilik read one language, in one value: its code, the code the language
 * detector gives it, where its sentence model comes from, its tagging models (if any), its word
 * forms (stemmer) and stop words, and its rules ({@code rules/<code>.json}: cues, negations,
 * hedges, boilerplate, sentence repairs, number words, calendar), absent when the rules do not
 * cover it. Profiles are made in one place, {@link LanguageProfiles}; each stage compiles what it
 * needs from them (the NLP stage its splitter and tagger, the statements stage its extraction
 * parts), keyed by {@link #code()}, so no stage asks "is this English?". Immutable.
 *
 * @param code         ISO 639-1 code, as in the rules' file name ("id")
 * @param detectorCode the code OpenNLP's language detector gives the language (ISO 639-3, "ind")
 * @param sentences    where the sentence model comes from
 * @param tagging      part-of-speech and lemma models, or null: the language's tokens are not tagged
 * @param wordForms    the forms a word meets a lexicon entry under (stems)
 * @param stopWords    function words, never a claim's content
 * @param rules        the rules for the language, or null when the rules folder has no file for it
 */
public record LanguageProfile(String code, String detectorCode, Sentences sentences, Tagging tagging,
                              WordForms wordForms, StopWords stopWords, LanguageRules rules) {

    public LanguageProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detectorCode, "detectorCode");
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(wordForms, "wordForms");
        Objects.requireNonNull(stopWords, "stopWords");
        if (rules != null && !rules.language().equals(code)) {
            throw new IllegalArgumentException("rules for \"" + rules.language() + "\" given to the profile of \"" + code + "\"");
        }
    }

    /**
     * Where a sentence model comes from: an OpenNLP model on the classpath ({@code trained} false),
     * or sentence data Tilik trains a model from at start-up, with the abbreviations that never end
     * a sentence (from the rules of {@code language}).
     *
     * @param language      the language the model is for (its training data's language)
     * @param resource      the model's or the data's classpath resource
     * @param trained       true for data to train from
     * @param abbreviations for trained models: the abbreviations that go into the model
     */
    public record Sentences(String language, String resource, boolean trained, List<String> abbreviations) {
        public Sentences {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(resource, "resource");
            abbreviations = List.copyOf(abbreviations);
        }

        /** A ready OpenNLP model. */
        static Sentences bundled(String language, String resource) {
            return new Sentences(language, resource, false, List.of());
        }

        /** Sentence data to train from; the abbreviations come with the rules. */
        static Sentences trainedFrom(String language, String resource) {
            return new Sentences(language, resource, true, List.of());
        }

        Sentences withAbbreviations(List<String> list) {
            return trained ? new Sentences(language, resource, true, list) : this;
        }
    }

    /**
     * The models that tag a language's tokens with Universal Dependencies part of speech and lemma.
     * Tokens come from the pipeline's one tokenizer (OpenNLP's UD tokenizer).
     */
    public record Tagging(String pos, String lemmas) {
        public Tagging {
            Objects.requireNonNull(pos, "pos");
            Objects.requireNonNull(lemmas, "lemmas");
        }
    }

    /** The rules, when the rules folder covers this language. */
    public Optional<LanguageRules> coveredBy() {
        return Optional.ofNullable(rules);
    }

    /** True when the rules folder has a file for this language: its articles yield statements. */
    public boolean covered() {
        return rules != null;
    }

    /** True when the language's tokens are tagged (part of speech, lemma). */
    public boolean tagged() {
        return tagging != null;
    }

    /** The sentence repairs of the rules, none when not covered. */
    public SentenceRules sentenceRules() {
        return rules == null ? SentenceRules.none() : rules.sentences();
    }

    /** This profile with the rules' file for the language; a trained sentence model takes its abbreviations. */
    LanguageProfile withRules(LanguageRules r) {
        return new LanguageProfile(code, detectorCode, sentences.withAbbreviations(r.sentences().abbreviations()),
                tagging, wordForms, stopWords, r);
    }

    /**
     * A language known only from its rules: no stemmer, no stop words, no tagging, and the sentence
     * model of {@code fallback} (the first language's); the detector is assumed to use its code.
     */
    static LanguageProfile fromRulesOnly(LanguageRules r, LanguageProfile fallback) {
        return new LanguageProfile(r.language(), r.language(), fallback.sentences(), null, WordForms.plain(),
                StopWords.none(), r);
    }
}
