package dev.tilik.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.CharSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence-boundary precision and recall on labelled sets the project wrote (never the training
 * data). The figures are reported in docs/ACCURACY.md; a drop below the thresholds fails the build.
 */
class SentenceAccuracyTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "/nlp/eval-samples.txt, id, 1.0,  1.0",
        "/nlp/eval-id.txt,      id, 0.97, 0.97",
        "/nlp/eval-en.txt,      en, 0.90, 0.90",
        // The baseline the trained Indonesian model is measured against: OpenNLP's English model.
        "/nlp/eval-id.txt,      baseline-en, 0.80, 0.80",
    })
    void boundaries(String resource, String language, double minPrecision, double minRecall) throws Exception {
        LabelledSentences gold = LabelledSentences.read(resource);
        NlpModels models = NlpModels.load();
        SentenceSplitter splitter = language.startsWith("baseline-")
                ? new OpenNlpSentenceSplitter(models.englishSentenceModel(), new SentenceRepairs(dev.tilik.rules.SentenceRules.none()))
                : models.pipeline(Samples.rules()).splitterFor(language);
        LabelledSentences.Score score = gold.score(splitter.split(gold.text(), new CharSpan(0, gold.text().length())));
        System.out.println("sentence boundaries " + resource + " (" + gold.sentences() + " sentences): " + score);
        score.errors().forEach(e -> System.out.println("  " + e));
        assertThat(score.precision()).as("precision; errors: %s", score.errors()).isGreaterThanOrEqualTo(minPrecision);
        assertThat(score.recall()).as("recall; errors: %s", score.errors()).isGreaterThanOrEqualTo(minRecall);
    }
}
