package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * The step of {@link StanceClassifier} that decides a stance is named on its judgement, for the developer's trace
 * ({@link StanceTrace}) that measures each reading's precision against a gold; off by default, so the product's
 * output is unchanged.
 */
class StanceTraceTest {
    @Test
    void eachReadingNamesTheStepThatMadeIt() {
        Lexicon lex = new Lexicon(Extract.RULES.forLanguage("id").orElseThrow());
        Wishes wishes = new Wishes(lex);
        String a = "Jangan mudah percaya kabar itu";
        String w = "Kami berharap pabrik dibuka kembali";
        var appeal = Tokens.of(a, 0, a.length());
        var wish = Tokens.of(w, 0, w.length());
        assertThat(wishes.rule(appeal, 0, appeal.size())).isEqualTo("appeal");
        assertThat(wishes.rule(wish, 0, wish.size())).isEqualTo("wish");
    }

    @Test
    void aJudgementMadeWithoutAStepIsNamedByItsBasisAndTheTraceIsOffByDefault() {
        assertThat(new StanceClassifier.Judgement(Stance.OTHER, StanceBasis.OWN_WORDS).rule()).isEqualTo("own_words");
        assertThat(StanceTrace.on()).isFalse();
    }
}
