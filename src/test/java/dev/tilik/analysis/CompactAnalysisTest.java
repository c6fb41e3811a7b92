package dev.tilik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.bench.StoryCorpus;
import dev.tilik.findings.Evidence;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analysis keeps is compact, counted rather than weighed: no article keeps its tagged
 * tokens once its statements are extracted, and a value repeated across the folder (a speaker, a
 * cue, a party, the sentence a finding snapshots) is one string, however many statements or
 * pieces of evidence carry it. Before, each statement held its own copies and each piece of
 * evidence its own copy of the sentence (about 11 KB kept per generated article; now about 5 KB).
 */
class CompactAnalysisTest {
    @TempDir
    static Path dir;
    static Analysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        new StoryCorpus(1).write(dir, 60);
        analysis = new Analyzer().analyze(dir, RulesLoader.load(Path.of("rules")), Progress.NONE);
    }

    @Test
    void noArticleKeepsItsTaggedTokens() {
        assertThat(analysis.articles().stream().filter(a -> "en".equals(a.document().language().language())))
                .as("the folder has English articles, the ones that are tagged").isNotEmpty();
        assertThat(analysis.articles()).allSatisfy(a -> assertThat(a.document().tokens()).isEmpty());
    }

    @Test
    void equalSpeakersCuesAndPartiesAreOneString() {
        List<Statement> all = analysis.articles().stream().flatMap(a -> a.statements().stream()).toList();
        assertThat(all).hasSizeGreaterThan(300);
        for (Function<Statement, String> field : List.<Function<Statement, String>>of(
                Statement::speaker, Statement::cue, Statement::party, Statement::fileName)) {
            List<String> values = all.stream().map(field).filter(v -> v != null).toList();
            assertThat(distinctInstances(values.stream())).as("instances").isEqualTo(values.stream().distinct().count());
        }
    }

    @Test
    void evidenceSharesOneSentenceStringPerStatement() {
        List<Evidence> evidence = analysis.findings().stream().map(Finding::evidence).flatMap(List::stream).toList();
        long distinct = evidence.stream().map(Evidence::text).distinct().count();
        assertThat(evidence.size()).as("statements are cited more than once").isGreaterThan((int) distinct);
        assertThat(distinctInstances(evidence.stream().map(Evidence::text))).isEqualTo(distinct);
        Map<String, String> idOfStatement = new HashMap<>();
        analysis.articles().stream().map(ArticleStatements::statements).flatMap(List::stream)
                .forEach(s -> idOfStatement.put(s.id(), s.id()));
        assertThat(evidence).filteredOn(e -> e.statementId() != null)
                .allSatisfy(e -> assertThat(e.statementId()).isSameAs(idOfStatement.get(e.statementId())));
    }

    private static long distinctInstances(Stream<String> values) {
        Map<String, Boolean> seen = new IdentityHashMap<>();
        values.forEach(v -> seen.put(v, true));
        return seen.size();
    }
}
