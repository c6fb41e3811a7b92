package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.Analyzer;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.model.FindingType;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.rules.RulesLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop a fact-checker lives in: analyse the sample articles, record a verdict, edit a cue
 * in the rules so one statement of the finding drops out, analyse again, reopen the notes: the
 * verdict is still on its finding.
 */
class NotesSurviveRuleEditTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");

    @TempDir
    Path dir;

    @Test
    void aCueEditThatDropsOneStatementKeepsTheVerdictAttached() throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        Analysis before = new Analyzer().analyze(Path.of("articles"), RulesLoader.load(rules), Progress.NONE);
        Finding headline = first(before, FindingType.DENY_VS_CONDITIONAL);
        Path notes = dir.resolve("tilik-notes.json");
        NoteStore.open(notes, SaveSteps.REAL, Clock.fixed(T0, ZoneOffset.UTC))
                .save(ReviewSession.fresh(before).withVerdict(headline, Verdict.DIVERGENCE, T0));

        Path id = rules.resolve("id.json");
        String edited = Files.readString(id, StandardCharsets.UTF_8)
                .replace("{\"word\": \"tegas\", \"stance\": \"assert\", \"position\": \"quote\"},", "");
        assertThat(edited).as("the cue to remove is in the rules").isNotEqualTo(Files.readString(id, StandardCharsets.UTF_8));
        Files.writeString(id, edited, StandardCharsets.UTF_8);
        Analysis after = new Analyzer().analyze(Path.of("articles"), RulesLoader.load(rules), Progress.NONE);
        Finding now = first(after, FindingType.DENY_VS_CONDITIONAL);
        assertThat(now.evidence()).as("the edit dropped a statement").hasSizeLessThan(headline.evidence().size());

        ReviewSession restored = NoteStore.open(notes, SaveSteps.REAL, Clock.fixed(T0, ZoneOffset.UTC)).restore(after);
        assertThat(restored.verdict(now.id())).isEqualTo(Verdict.DIVERGENCE);
        assertThat(restored.orphans()).isEmpty();
    }

    private static Finding first(Analysis a, FindingType type) {
        return a.findings().stream().filter(f -> f.type() == type).findFirst().orElseThrow();
    }
}
