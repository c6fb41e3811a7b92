package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.ArticleParser;
import dev.tilik.ingest.Decoded;
import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnglishTaggingTest {

    private static Article article(String text) throws Exception {
        return new ArticleParser(Samples.rules()).parse("t.txt", new Decoded(text, "UTF-8", List.of()), "0".repeat(64));
    }

    /** A pipeline guessing {@code language} for every text, counting how often it makes the English tagger. */
    private static NlpPipeline pipeline(String language, AtomicInteger made) throws Exception {
        NlpModels models = NlpModels.load();
        NlpPipeline real = models.pipeline(Samples.rules());
        return new NlpPipeline(Samples.rules(), text -> new LanguageGuess(language, 1.0, 1.0), real::splitterFor,
                real.tokenizer(), () -> {
                    made.incrementAndGet();
                    NlpModels.TaggingModels m = models.englishTagging();
                    return new EnglishTagger(m.pos(), m.lemmas());
                });
    }

    /**
     * A word one tagger lemmatized is remembered by every other tagger of the same model: the two workers of an
     * analysis, and the analyses after it, run the costly lemmatizer once per word, and get what it gave.
     */
    @Test
    void taggersOfOneModelShareWhatTheyLemmatized() throws Exception {
        NlpModels.TaggingModels m = NlpModels.load().englishTagging();
        EnglishTagger first = new EnglishTagger(m.pos(), m.lemmas());
        EnglishTagger second = new EnglishTagger(m.pos(), m.lemmas());
        assertThat(second.remembers("Quibbled", "VERB")).isFalse();
        List<String> lemmas = first.lemmas("Quibbled");
        assertThat(second.remembers("Quibbled", "VERB")).isTrue();
        assertThat(second.lemmas("Quibbled")).isEqualTo(lemmas);
    }

    @Test
    void indonesianArticlesNeverMakeTheTagger() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Document d = pipeline("id", made).process(article("Korea Utara membantah laporan itu. Rusia diam."));
        assertThat(d.tagged()).isFalse();
        assertThat(made).hasValue(0);
    }

    @Test
    void englishArticlesAreTaggedWithOneTaggerPerPipeline() throws Exception {
        AtomicInteger made = new AtomicInteger();
        NlpPipeline p = pipeline("en", made);
        Document d = p.process(article("Russian Foreign Ministry spokeswoman Maria Zakharova denied the reports.\n"));
        p.process(article("The Kremlin says nothing.\n"));
        assertThat(made).hasValue(1);
        assertThat(d.tagged()).isTrue();
        TaggedToken denied = d.tokens().stream().filter(t -> t.span().coveredText(d.text()).equals("denied"))
                .findFirst().orElseThrow();
        assertThat(denied.tag()).isEqualTo("VERB");
        assertThat(denied.lemma()).isEqualTo("deny");
        assertThat(d.tokens().get(0).tag()).isIn("ADJ", "PROPN");
        for (TaggedToken t : d.tokens()) {
            assertThat(d.sentences().stream().anyMatch(s -> s.contains(t.span()))).as(t.toString()).isTrue();
        }
    }

    /**
     * A word's lemma does not depend on what the tagger met before: the lemmatizer reads case, and a
     * tagger that remembered "Said" under "said" gave "said" its lemma, so two worker threads meeting
     * the folder's articles in different orders gave different statements run to run.
     */
    @Test
    void aLemmaDoesNotDependOnTheCasingMetFirst() throws Exception {
        NlpModels.TaggingModels m = NlpModels.load().englishTagging();
        EnglishTagger fresh = new EnglishTagger(m.pos(), m.lemmas());
        EnglishTagger seasoned = new EnglishTagger(m.pos(), m.lemmas());
        String first = "Said";
        String then = "said";
        seasoned.tag(first, List.of(CharSpan.of(0, 4)));
        TaggedToken alone = fresh.tag(then, List.of(CharSpan.of(0, 4))).get(0);
        TaggedToken after = seasoned.tag(then, List.of(CharSpan.of(0, 4))).get(0);
        assertThat(after.tag()).isEqualTo(alone.tag());
        assertThat(after.lemma()).isEqualTo(alone.lemma());
    }

    @Test
    void taggingModelsLoadOnceAndAreShared() throws Exception {
        NlpModels models = NlpModels.load();
        NlpModels.TaggingModels a = models.englishTagging();
        assertThat(models.englishTagging()).isSameAs(a);
        assertThat(models.englishTaggingLoaded()).isTrue();
        assertThat(a.loadNanos()).isPositive();
        CharSpan all = CharSpan.of(0, 4);
        assertThat(new EnglishTagger(a.pos(), a.lemmas()).tag("says", List.of(all))).singleElement()
                .satisfies(t -> assertThat(t.lemma()).isEqualTo("say"));
    }
}
