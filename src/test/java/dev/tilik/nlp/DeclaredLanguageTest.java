package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.ArticleParser;
import dev.tilik.ingest.Decoded;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A header naming a language the rules cover ({@code lang: id}) is taken at its word: the language
 * is not guessed (the costliest NLP step, and a short article may be guessed wrong). A header
 * naming a language without rules, or none, leaves the guess to the guesser.
 */
class DeclaredLanguageTest {

    private static Article article(String text) throws Exception {
        return new ArticleParser(Samples.rules()).parse("t.txt", new Decoded(text, "UTF-8", List.of()), "0".repeat(64));
    }

    private static NlpPipeline counting(AtomicInteger guesses) throws Exception {
        NlpPipeline real = NlpModels.load().pipeline(Samples.rules());
        return new NlpPipeline(Samples.rules(), text -> {
            guesses.incrementAndGet();
            return new LanguageGuess("en", 0.9, 0.5);
        }, real::splitterFor, real.tokenizer());
    }

    @Test
    void aDeclaredLanguageTheRulesCoverIsNotGuessed() throws Exception {
        AtomicInteger guesses = new AtomicInteger();
        Document d = counting(guesses).process(article("source: Warta\nlang: ID\n\nKorea Utara membantah laporan itu. Rusia diam."));
        assertThat(d.language().language()).isEqualTo("id");
        assertThat(guesses).hasValue(0);
    }

    @Test
    void withoutADeclaredLanguageOrWithOneWithoutRulesItIsGuessed() throws Exception {
        AtomicInteger guesses = new AtomicInteger();
        NlpPipeline p = counting(guesses);
        assertThat(p.process(article("source: Warta\n\nKorea Utara membantah laporan itu.")).language().language()).isEqualTo("en");
        assertThat(p.process(article("source: Warta\nlang: fr\n\nLa Corée du Nord dément.")).language().language()).isEqualTo("en");
        assertThat(guesses).hasValue(2);
    }
}
