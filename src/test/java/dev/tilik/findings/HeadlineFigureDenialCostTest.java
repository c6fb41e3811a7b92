package dev.tilik.findings;

import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.NumberMention;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the headline figure denial costs, counted (never timed): each body claim's negated predicate is read once per
 * language, not once for every headline figure of the folder (an invented story: a shoe factory, 500 workers).
 */
class HeadlineFigureDenialCostTest {
    private static final int ARTICLES = 40;

    @Test
    void eachClaimIsReadOncePerLanguageNotOncePerHeadline() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        List<ArticleStatements> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String head = "Pabrik Sepatu Merugi, 500 Buruh Dipecat";
            String body = "Direktur Operasional Sri Handayani mengatakan kami tidak memecat 500 buruh.";
            String other = "Ketua serikat pekerja Dedi Kurniawan mengatakan produksi berhenti sejak Senin.";
            String text = head + "\n\n" + body + " " + other;
            Document doc = document(String.format("%03d_kabar%d.txt", i, i), text, null);
            CharSpan h = span(text, head);
            CharSpan hf = span(text, "500 Buruh");
            NumberMention headFigure = new NumberMention(hf, "500 Buruh", 500.0, 500, 500, dev.tilik.model.Qualifier.EXACT, "buruh");
            Statement outlet = new Statement(doc.fileName() + "#1", doc.fileName(), h, h, "Kabar " + i, null, null,
                    "(outlet)", new CharSpan(h.start(), h.start()), false, null, Stance.ASSERT, null, List.of(headFigure), List.of());
            CharSpan b = span(text, body);
            CharSpan claim = span(text, "kami tidak memecat 500 buruh");
            CharSpan bf = span(text, "500 buruh");
            NumberMention bodyFigure = new NumberMention(bf, "500 buruh", 500.0, 500, 500, dev.tilik.model.Qualifier.EXACT, "buruh");
            Statement denial = new Statement(doc.fileName() + "#2", doc.fileName(), b, claim, "Direktur Operasional Sri Handayani",
                    null, null, "mengatakan", null, false, null, Stance.DENY, null, List.of(bodyFigure), List.of());
            CharSpan o = span(text, other);
            Statement said = new Statement(doc.fileName() + "#3", doc.fileName(), o, o,
                    "Ketua serikat pekerja Dedi Kurniawan", null, null, "mengatakan", null, false, null,
                    Stance.ASSERT, null, List.of(), List.of());
            articles.add(new ArticleStatements(doc, List.of(outlet, denial, said), List.of()));
        }
        Restatements reading = new Restatements(ClaimWords.of(rules.languages().values()));
        Story story = new Story(articles, rules.findings(), new Names(rules.parties(), rules.findings()::isGenericSpeaker),
                StoryReaders.NONE.with(reading, dev.tilik.rules.NumberWords.of(rules.languages().values())));

        List<Finding> found = HeadlineFigureDenial.detect(story);

        assertThat(found).as("every outlet's headline figure is denied by the director in another outlet").hasSize(ARTICLES);
        assertThat(reading.negatedAsked()).as("each claim's negated predicate asked for once per language, not 40 x 80 times")
                .isLessThanOrEqualTo(3L * ARTICLES);
    }
}
