package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.Analyzer;
import dev.tilik.findings.Finding;
import dev.tilik.ingest.Progress;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import dev.tilik.rules.RulesLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new Tilik names the same claims' topic differently (labels are phrases of the claims, reworded
 * by accuracy work every round): every verdict and note stays on its finding. Here the rules' topic
 * names are renamed ("troops" becomes "pasukan_v2"), which changes the topic of every statement and
 * finding and nothing else. With ids built on the topic, every stance, figure and report finding
 * changed its id and its review hung on the safety net of {@code Reattachment}; now the ids stay.
 */
class NotesSurviveRelabelTest {
    private static final Instant T0 = Instant.parse("2026-12-03T08:30:00Z");

    @TempDir
    Path dir;
    Path before;
    Path after;

    @BeforeEach
    void rulesOfTwoBuilds() throws Exception {
        before = dir.resolve("rules-before");
        after = dir.resolve("rules-after");
        Files.createDirectories(before);
        Files.createDirectories(after);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, before.resolve(f.getFileName()));
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (Map.Entry<String, String> e : Map.of(
                        "\"troops\": [\"troops\"]", "\"pasukan_v2\": [\"pasukan_v2\"]",
                        "\"weapons\": [\"weapons\"]", "\"senjata_v2\": [\"senjata_v2\"]",
                        "\"troops\": \"troops\"", "\"pasukan_v2\": \"pengiriman pasukan\"",
                        "\"weapons\": \"weapons and ammunition\"", "\"senjata_v2\": \"pasokan senjata\"",
                        "\"troops\": [\"t", "\"pasukan_v2\": [\"t", "\"weapons\": [\"s", "\"senjata_v2\": [\"s",
                        "\"troops\": [\"tentara\"", "\"pasukan_v2\": [\"tentara\"",
                        "\"weapons\": [\"senjata\"", "\"senjata_v2\": [\"senjata\"").entrySet()) {
                    text = text.replace(e.getKey(), e.getValue());
                }
                Files.writeString(after.resolve(f.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
    }

    private Analysis analyse(Path rules) throws Exception {
        return new Analyzer().analyze(Path.of("articles"), RulesLoader.load(rules), Progress.NONE);
    }

    /** Every finding with a verdict and a note naming its place in the list. */
    private static ReviewSession reviewEveryFinding(Analysis a) {
        ReviewSession s = ReviewSession.fresh(a);
        for (int i = 0; i < a.findings().size(); i++) {
            Finding f = a.findings().get(i);
            s = s.withVerdict(f, Verdict.CONFIRMED, T0).withNote(f, "on " + f.type().id() + " " + f.evidence(), T0);
        }
        return s;
    }

    @Test
    void aNoteFileOpenedByABuildWhoseLabelsDifferKeepsEveryVerdictOnItsFinding() throws Exception {
        Analysis was = analyse(before);
        Path notes = dir.resolve("tilik-notes.json");
        assertThat(NoteStore.open(notes, SaveSteps.REAL, Clock.fixed(T0, ZoneOffset.UTC)).save(reviewEveryFinding(was)).ok())
                .isTrue();

        Analysis now = analyse(after);
        assertThat(now.findings()).extracting(Finding::topic).as("the new build's topics differ")
                .contains("pasukan_v2").doesNotContain("troops");
        assertThat(now.findings()).hasSameSizeAs(was.findings());
        ReviewSession restored = NoteStore.open(notes, SaveSteps.REAL, Clock.fixed(T0, ZoneOffset.UTC)).restore(now);

        assertThat(restored.orphans()).isEmpty();
        for (Finding f : now.findings()) {
            Review r = restored.review(f.id()).orElseThrow(() -> new AssertionError("no review on " + f.title()));
            assertThat(r.verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(r.note()).as("its own note, not another finding's").isEqualTo("on " + f.type().id() + " " + f.evidence());
            assertThat(r.formerIds()).as("found by its id, not moved: " + f.title()).isEmpty();
        }
    }

    /**
     * A note file of an older Tilik (ids built on the topic label, none of which this build makes):
     * each review goes to the finding whose statements it cites.
     */
    @Test
    void aNoteFileWithIdsThisBuildNeverMakesReattachesEachReviewToTheFindingItCites() throws Exception {
        Analysis now = analyse(after);
        Path notes = dir.resolve("tilik-notes.json");
        assertThat(NoteStore.open(notes, SaveSteps.REAL, Clock.fixed(T0, ZoneOffset.UTC)).save(reviewEveryFinding(now)).ok())
                .isTrue();
        String json = Files.readString(notes, StandardCharsets.UTF_8);
        List<String> ids = now.findings().stream().map(Finding::id).toList();
        for (int i = 0; i < ids.size(); i++) {
            json = json.replace("\"" + ids.get(i) + "\"", "\"%012x\"".formatted(0xabc000 + i)); // an older build's ids
        }
        Files.writeString(notes, json, StandardCharsets.UTF_8);

        ReviewSession restored = NoteStore.open(notes, SaveSteps.REAL, Clock.fixed(T0, ZoneOffset.UTC)).restore(now);

        assertThat(restored.orphans()).isEmpty();
        for (Finding f : now.findings()) {
            Review r = restored.review(f.id()).orElseThrow(() -> new AssertionError("no review on " + f.title()));
            assertThat(r.note()).isEqualTo("on " + f.type().id() + " " + f.evidence());
            assertThat(r.formerIds()).hasSize(1);
        }
    }
}
