package dev.tilik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.bench.StoryCorpus;
import dev.tilik.findings.Finding;
import dev.tilik.findings.FindingEngine;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.StatementExtractor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder pass and the findings run on more than one thread (the statements' own reads, the
 * texts' tokens, the detectors); what they give must be what one thread gives, in the same order:
 * the same findings with the same ids, explanations and evidence, and the same statements.
 */
class ParallelFolderPassTest {
    @TempDir
    static Path dir;
    static Rules rules;
    static Analysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        rules = RulesLoader.load(Path.of("rules"));
        new StoryCorpus(7).write(dir, 60);
        analysis = new Analyzer().analyze(dir, rules, Progress.NONE);
    }

    @Test
    void detectorsOnTwoThreadsFindWhatOneThreadFinds() {
        List<Finding> one = new FindingEngine(rules).find(analysis.articles());
        assertThat(one).isNotEmpty();
        for (int round = 0; round < 5; round++) {
            assertThat(new FindingEngine(rules, 2).find(analysis.articles())).containsExactlyElementsOf(one);
            assertThat(new FindingEngine(rules, 8).find(analysis.articles())).containsExactlyElementsOf(one);
        }
    }

    @Test
    void theFolderPassGivesTheSameStatementsEveryTime() {
        List<ArticleStatements> first = new StatementExtractor(rules).acrossFolder(analysis.articles());
        for (int round = 0; round < 5; round++) {
            List<ArticleStatements> again = new StatementExtractor(rules).acrossFolder(analysis.articles());
            assertThat(again).hasSameSizeAs(first);
            for (int i = 0; i < again.size(); i++) {
                assertThat(again.get(i).statements()).containsExactlyElementsOf(first.get(i).statements());
            }
        }
    }
}
