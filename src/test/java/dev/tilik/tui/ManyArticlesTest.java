package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.nlp.Document;
import dev.tilik.review.ReviewSession;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 24 articles and 240 findings: stepping stays cheap (counted through {@link Analysis#counted}, never
 * timed: no frame walks the folder or looks up more statements than one finding cites), findings
 * stay grouped, counts stay right.
 */
class ManyArticlesTest {
    private final Analysis.Reads reads = new Analysis.Reads();

    static ReviewSession big() {
        Analysis one = Fixture.analysis();
        List<ArticleStatements> articles = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        String[] topics = {"troops", "weapons", "sanctions", "casualties", null};
        for (int copy = 0; copy < 12; copy++) {
            String suffix = String.format("-%02d", copy);
            for (ArticleStatements a : one.articles()) {
                String name = a.fileName().replace(".txt", suffix + ".txt");
                var art = a.document().article();
                var renamed = new dev.tilik.ingest.Article(name, art.text(), art.sha256(), art.encoding(),
                        art.boilerplate(), art.headline(), art.source(), art.sourceSpan(), art.published(), List.of());
                List<Statement> st = a.statements().stream().map(s -> new Statement(s.id().replace(a.fileName(), name),
                        name, s.sentence(), s.claim(), s.speaker(), s.speakerSpan(), s.party(), s.cue(), s.cueSpan(),
                        s.quote(), s.via(), s.stance(), s.topic(), s.numbers(), s.dates())).toList();
                articles.add(new ArticleStatements(new Document(renamed, a.document().language(),
                        a.document().sentences()), st, a.dates()));
            }
            for (int k = 0; k < 20; k++) {
                Finding f = one.findings().get(k % one.findings().size());
                List<Evidence> ev = f.evidence().stream().map(e -> new Evidence(e.fileName().replace(".txt", suffix + ".txt"),
                        e.statementId() == null ? null : e.statementId().replace(".txt", suffix + ".txt"), e.span(),
                        e.sentence(), e.text(), e.side())).toList();
                findings.add(new Finding(f.id() + suffix + "-" + k, f.type(), f.severity(), f.rule(),
                        topics[(copy + k) % topics.length], f.title(), f.explanation(), ev));
            }
        }
        return ReviewSession.fresh(new Analysis("many", "rules", articles, findings, List.of()));
    }

    @Test
    void steppingThroughEveryFindingIsCheapAndGroupedByTopic() {
        Drive d = new Drive(200, 60);
        d.send(new Msg.Loaded(ReviewSession.fresh(big().analysis().counted(reads))));
        List<Finding> visible = Findings.visible(d.state);
        assertThat(visible).hasSize(240);
        List<String> order = visible.stream().map(Findings::topicLabel).distinct().toList();
        assertThat(order).as("every topic once").containsExactlyInAnyOrder("casualties", "sanctions", "troops", "weapons", "(no topic)");
        long runs = java.util.stream.IntStream.range(0, visible.size())
                .filter(i -> i == 0 || !Findings.topicLabel(visible.get(i)).equals(Findings.topicLabel(visible.get(i - 1)))).count();
        assertThat(runs).as("each topic's findings together").isEqualTo(order.size());
        assertThat(visible.get(0).isContradiction()).as("the first finding met is a contradiction").isTrue();
        View.render(d.state);
        long mostCited = visible.stream().mapToLong(f -> f.evidence().size()).max().orElseThrow();
        long walks = 0;
        long mostLookups = 0;
        long mostLayouts = 0;
        for (int i = 0; i < 239; i++) {
            reads.reset();
            long layouts = PanelContent.layouts();
            d.press("n");
            View.render(d.state);
            walks += reads.articleLists();
            mostLookups = Math.max(mostLookups, reads.statementLookups());
            mostLayouts = Math.max(mostLayouts, PanelContent.layouts() - layouts);
        }
        assertThat(mostLayouts).as("finding panels laid out by one key and its frame").isEqualTo(1);
        assertThat(walks).as("walks over the article list by a key and its frame, over 239 keys").isZero();
        assertThat(mostLookups).as("statements looked up by one key and its frame (a finding's own, never the folder's)")
                .isBetween(1L, mostCited);
        assertThat(Findings.index(d.state)).isEqualTo(239);
        d.press("v", "2");
        assertThat(View.render(d.state).row(59)).contains("240/240").contains("reviewed 1/240");
    }
}
