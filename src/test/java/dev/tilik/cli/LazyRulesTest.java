package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.Analyzer;
import dev.tilik.analysis.FolderAnalyzer;
import dev.tilik.cache.ArticleCache;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reopen served whole from the folder entry never parses the rules (it needs only their
 * fingerprint); a reopen that misses parses them on first use and reports the same; rules never
 * parsed by this build are parsed before anything else, so a malformed one is still bad input,
 * located, however warm the cache.
 */
class LazyRulesTest {
    @TempDir
    Path tmp;
    Path rules;
    Path cache;

    /** The real analyzer, remembering the rules each analysis was handed and whether they were parsed after it. */
    static final class Spy implements FolderAnalyzer {
        Rules rules;
        boolean parsedBefore;
        boolean parsedAfter;
        FolderAnalyzer inner = new Analyzer();

        @Override
        public FolderAnalyzer cachedIn(ArticleCache c) {
            inner = new Analyzer(c);
            return this;
        }

        @Override
        public Analysis analyze(Path folder, Rules given, Progress progress) throws IOException {
            rules = given;
            parsedBefore = given.parsed();
            Analysis a = inner.analyze(folder, given, progress);
            parsedAfter = given.parsed();
            return a;
        }
    }

    @BeforeEach
    void copyTheRules() throws IOException {
        rules = tmp.resolve("rules");
        cache = tmp.resolve("cache");
        Files.createDirectories(rules);
        for (String name : new String[] {"id.json", "en.json", "findings.json", "parties.json"}) {
            Files.copy(Path.of("rules", name), rules.resolve(name));
        }
    }

    private CliRun check(Spy spy) {
        return CachedCheckTest.check(spy, cache, Map.of(), "check", "articles", "--rules", rules.toString(),
                "--format", "json");
    }

    @Test
    void aWholeReopenNeverParsesTheRulesAndAMissParsesThemOnFirstUse() throws IOException {
        CliRun fresh = CachedCheckTest.check(new Analyzer(), null, Map.of(), "check", "articles", "--rules",
                rules.toString(), "--format", "json");

        Spy first = new Spy();
        CliRun firstRun = check(first);
        assertThat(first.parsedBefore).as("rules never seen: parsed before the analysis").isTrue();

        Spy reopen = new Spy();
        CliRun reopenRun = check(reopen);
        assertThat(reopen.parsedBefore).isFalse();
        assertThat(reopen.parsedAfter).as("the folder entry served the analysis: the rules stayed unparsed").isFalse();

        CachedCheckTest.deleteTree(cache.resolve("analyses"));
        Spy miss = new Spy();
        CliRun missRun = check(miss);
        assertThat(miss.parsedBefore).isFalse();
        assertThat(miss.parsedAfter).as("the folder pass and findings ran: they parsed the rules").isTrue();

        for (CliRun run : List.of(firstRun, reopenRun, missRun)) {
            assertThat(run.code()).as(run.err()).isEqualTo(fresh.code());
            assertThat(run.out()).isEqualTo(fresh.out());
            assertThat(run.err()).isEqualTo(fresh.err());
        }
    }

    @Test
    void editedRulesAreParsedBeforeTheAnalysisAndAMalformedOneIsBadInput() throws IOException {
        check(new Spy());
        check(new Spy());

        String findings = Files.readString(rules.resolve("findings.json"));
        Files.writeString(rules.resolve("findings.json"), findings.replaceFirst("\\{", "{\n  \"stanceRules\": [,],"));
        Spy broken = new Spy();
        CliRun run = check(broken);
        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("tilik: rules/findings.json:").contains("stanceRules: expected a value");
        assertThat(broken.rules).as("no analysis started").isNull();
        assertThat(markers(cache)).as("only rules that parsed are remembered").isEqualTo(1);

        Files.writeString(rules.resolve("findings.json"), findings + "\n");
        Spy edited = new Spy();
        CliRun again = check(edited);
        assertThat(again.code()).as(again.err()).isEqualTo(ExitCode.CONTRADICTIONS);
        assertThat(edited.parsedBefore).as("new bytes: parsed at once, not taken on trust").isTrue();
        assertThat(markers(cache)).isEqualTo(2);

        Spy reopen = new Spy();
        check(reopen);
        assertThat(reopen.parsedAfter).isFalse();
    }

    @Test
    void withoutTheCacheTheRulesAreAlwaysParsedFirst() {
        for (int i = 0; i < 2; i++) {
            Spy spy = new Spy();
            CliRun run = CachedCheckTest.check(spy, cache, Map.of(), "check", "articles", "--rules", rules.toString(),
                    "--no-cache");
            assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.CONTRADICTIONS);
            assertThat(spy.parsedBefore).isTrue();
        }
        assertThat(cache).doesNotExist();
    }

    static long markers(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache.resolve("rules"))) {
            return s.count();
        }
    }
}
