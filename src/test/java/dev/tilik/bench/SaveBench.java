package dev.tilik.bench;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
import dev.tilik.findings.FindingEngine;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveResult;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.rules.RulesLoader;
import dev.tilik.statements.ArticleStatements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Timed harness (not a unit test): the save a reader makes when it quits, on a synthetic folder of
 * N articles ({@link FindingsBench#story}: eight statements each, findings from the real engine,
 * no NLP), one verdict recorded. Prints the statements, findings, cited statements and the save's
 * milliseconds, wall and the saving thread's CPU (on a shared machine the wall is mostly waiting for a core);
 * time the whole process from outside to compare builds. Uses only what every build
 * since the note store has, so it runs against an older jar too:
 * {@code java -cp target/tilik.jar:target/test-classes dev.tilik.bench.SaveBench 4000} (from the
 * project folder: it reads {@code rules/}).
 */
public final class SaveBench {
    private SaveBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<ArticleStatements> story = FindingsBench.story(n, 1);
        List<Finding> findings = new FindingEngine(RulesLoader.load(Path.of("rules"))).find(story);
        Analysis analysis = new Analysis("story", "rules", story, findings, List.of());
        ReviewSession session = ReviewSession.fresh(analysis)
                .withVerdict(findings.get(0), Verdict.CONFIRMED, Instant.parse("2024-10-25T08:00:00Z"));
        Path dir = Files.createTempDirectory("tilik-savebench");
        NoteStore store = NoteStore.open(dir.resolve("tilik-notes.json"));
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SaveResult r = store.save(session);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        int statements = story.stream().mapToInt(a -> a.statements().size()).sum();
        int cited = findings.stream().mapToInt(f -> f.evidence().size()).sum();
        System.out.println(n + " articles, " + statements + " statements, " + findings.size() + " findings citing "
                + cited + ": save " + r.status() + " in " + ms + " ms (its thread's CPU " + cpuMs + " ms)");
        for (String f : new String[] {"tilik-notes.json", "tilik-notes.md"}) {
            Files.deleteIfExists(dir.resolve(f));
        }
        Files.deleteIfExists(dir);
    }
}
