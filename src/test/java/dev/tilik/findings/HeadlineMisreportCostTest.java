package dev.tilik.findings;

import static dev.tilik.analysis.AnalysisFixtures.document;
import static dev.tilik.analysis.AnalysisFixtures.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the headline misreport costs, counted (never timed): each person's denial is read once, not once for
 * every outlet headline of the folder (an invented story: a warehouse fire, a minister, tenants).
 */
class HeadlineMisreportCostTest {
    private static final int ARTICLES = 40;

    @Test
    void eachDenialIsReadOncePerDetectionNotOncePerHeadline() throws Exception {
        Rules rules = RulesLoader.load(Path.of("rules"));
        List<ArticleStatements> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String head = "Menteri Salahkan Penyewa Gudang Atas Kebakaran Besar";
            String body = "Menteri Perdagangan Budi Santoso menegaskan ini bukan menyalahkan penyewa gudang.";
            String other = "Kepala Dinas Pemadam Kebakaran Rina Wulandari mengatakan api padam pukul tiga.";
            String text = head + "\n\n" + body + " " + other;
            Document doc = document(String.format("%03d_warta%d.txt", i, i), text, null);
            CharSpan h = span(text, head);
            Statement outlet = new Statement(doc.fileName() + "#1", doc.fileName(), h, h, "Warta " + i, null, null,
                    "(outlet)", new CharSpan(h.start(), h.start()), false, null, Stance.ASSERT, null, List.of(), List.of());
            CharSpan b = span(text, body);
            CharSpan claim = span(text, "ini bukan menyalahkan penyewa gudang");
            Statement denial = new Statement(doc.fileName() + "#2", doc.fileName(), b, claim, "Menteri Perdagangan Budi Santoso",
                    null, null, "menegaskan", null, false, null, Stance.ASSERT, null, List.of(), List.of());
            CharSpan o = span(text, other);
            Statement said = new Statement(doc.fileName() + "#3", doc.fileName(), o, o,
                    "Kepala Dinas Pemadam Kebakaran Rina Wulandari", null, null, "mengatakan", null, false, null,
                    Stance.ASSERT, null, List.of(), List.of());
            articles.add(new ArticleStatements(doc, List.of(outlet, denial, said), List.of()));
        }
        Restatements reading = new Restatements(ClaimWords.of(rules.languages().values()));
        Story story = new Story(articles, rules.findings(), new Names(rules.parties(), rules.findings()::isGenericSpeaker),
                StoryReaders.NONE.with(reading, dev.tilik.rules.NumberWords.of(rules.languages().values())));

        List<Finding> found = HeadlineMisreport.detect(story, "misreport");

        assertThat(found).as("every outlet's headline has the minister do what he says he is not doing").hasSize(ARTICLES);
        assertThat(reading.negatedAsked()).as("each statement's negated predicate asked for once or so, not 40 x 80 times")
                .isLessThanOrEqualTo(3L * 3 * ARTICLES);
    }
}
