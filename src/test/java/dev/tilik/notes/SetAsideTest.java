package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static dev.tilik.review.ReviewFixtures.NUMBERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.ingest.Problem;
import dev.tilik.review.Rating;
import dev.tilik.review.Review;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.SetAside;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A verdict (or rating) a merge set aside has its own place in the note file, {@code setAside}, rather
 * than a mark in the fact-checker's note: written and read back, read out of an older file's note, carried
 * through later merges, and taken back on one reader without the other's merge bringing it back.
 */
class SetAsideTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private NoteStore open(Path file) {
        return NoteStore.open(file, SaveSteps.REAL, CLOCK);
    }

    /** Two readers choose two verdicts on the numbers finding, the second a minute later. */
    private Path conflict(Analysis a) {
        Path file = dir.resolve("tilik-notes.json");
        NoteStore one = open(file);
        NoteStore two = open(file);
        one.save(ReviewSession.fresh(a).withVerdict(a.finding(NUMBERS).orElseThrow(), Verdict.CONFIRMED, T0));
        two.save(ReviewSession.fresh(a).withVerdict(a.finding(NUMBERS).orElseThrow(), Verdict.DIVERGENCE,
                T0.plusSeconds(60)));
        return file;
    }

    @Test
    void theVerdictSetAsideIsAFieldOfItsOwnAndTheNoteStaysTheFactCheckersWords() throws IOException {
        Analysis a = ReviewFixtures.analysis();
        Path file = conflict(a);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("[conflict").contains("\"setAside\" : [ {", "\"field\" : \"verdict\"",
                "\"value\" : \"confirmed\"", "\"instead\" : \"divergence\"", "\"chosen\" : \"2024-10-25T08:30:00Z\"");
        Review kept = open(file).restore(a).review(NUMBERS).orElseThrow();
        assertThat(kept.verdict()).isEqualTo(Verdict.DIVERGENCE);
        assertThat(kept.note()).isEmpty();
        assertThat(kept.setAside()).containsExactly(SetAside.ofVerdict(Verdict.CONFIRMED, Verdict.DIVERGENCE, T0));
        assertThat(kept.setAside().get(0).describe()).isEqualTo("verdict \"confirmed\" (08:30) set aside for \"divergence\"");
        assertThat(Files.readString(dir.resolve("tilik-notes.md"), StandardCharsets.UTF_8))
                .contains("- Set aside: verdict \"confirmed\" (08:30) set aside for \"divergence\"");
    }

    @Test
    void anOlderFilesMarksAreReadOutOfTheNoteAndAMarkItCannotReadStays() throws IOException {
        Analysis a = ReviewFixtures.analysis();
        Path file = dir.resolve("tilik-notes.json");
        ReviewSession s = ReviewSession.fresh(a)
                .withVerdict(a.finding(NUMBERS).orElseThrow(), Verdict.DIVERGENCE, T0.plusSeconds(3600))
                .withNote(a.finding(NUMBERS).orElseThrow(), "NUMBERS-NOTE", T0.plusSeconds(3600))
                .withNote(a.finding(DENY_VS_CONDITIONAL).orElseThrow(), "OTHER-NOTE", T0);
        open(file).save(s);
        String json = Files.readString(file, StandardCharsets.UTF_8)
                .replace("NUMBERS-NOTE", "ask the ministry [conflict: verdict \\\"confirmed\\\" (09:15) set aside for"
                        + " \\\"divergence\\\", chosen later; rating \\\"Benar\\\" set aside for \\\"none\\\", chosen later]")
                .replace("OTHER-NOTE", "call back [conflict: something a later Tilik wrote]");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        ReviewSession read = open(file).restore(a);
        Review numbers = read.review(NUMBERS).orElseThrow();
        assertThat(numbers.note()).isEqualTo("ask the ministry");
        assertThat(numbers.setAside()).containsExactly(
                SetAside.ofVerdict(Verdict.CONFIRMED, Verdict.DIVERGENCE, Instant.parse("2024-10-25T09:15:00Z")),
                SetAside.ofRating(Rating.BENAR, null, T0.plusSeconds(3600)));
        assertThat(read.review(DENY_VS_CONDITIONAL).orElseThrow().note())
                .isEqualTo("call back [conflict: something a later Tilik wrote]");
        // an hour later than the review's last change is the day before
        Review late = FindingNote.of(numbers, java.util.Map.of()).toReview();
        assertThat(new FindingNote(late.findingId(), late.type(), "", null, Verdict.CONFIRMED, null,
                "[conflict: verdict \"divergence\" (23:50) set aside for \"confirmed\", chosen later]",
                T0.toString(), T0.toString(), null, java.util.Map.of()).setAside())
                .extracting(SetAside::chosen).containsExactly(Instant.parse("2024-10-24T23:50:00Z"));
    }

    /**
     * An older file's note with a long run of white space (a pasted table) and a mark: the marks were read out by a
     * backtracking regex, its {@code \\s*} before the mark tried again from every space of the run — opening the
     * note file took seconds, growing with the square of the run, as the ClaimReview export did ({@code ExportsTest}).
     */
    @Test
    void anOlderFilesMarksAreReadInLinearTimeBesideALongRunOfWhiteSpace() {
        String pasted = "tabel anggaran" + " ".repeat(128 * 1024) + "akhir tabel";
        OldConflictMarks.Read read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> OldConflictMarks.read(pasted + " [conflict: verdict \"confirmed\" set aside for \"divergence\"]", T0));
        assertThat(read.note()).isEqualTo(pasted);
        assertThat(read.setAside()).containsExactly(SetAside.ofVerdict(Verdict.CONFIRMED, Verdict.DIVERGENCE, T0));
        String unread = pasted + " [conflict: something a later Tilik wrote]";
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> OldConflictMarks.read(unread, T0)).note()).isEqualTo(unread);
    }

    @Test
    void takenBackOnOneReaderStaysTakenBackThroughTheOthersLaterSave() {
        Analysis a = ReviewFixtures.analysis();
        Path file = conflict(a);
        NoteStore one = open(file);
        NoteStore two = open(file);
        ReviewSession first = one.restore(a);
        ReviewSession second = two.restore(a);
        ReviewSession tookBack = first.takingBack(a.finding(NUMBERS).orElseThrow(), T0.plusSeconds(200));
        assertThat(tookBack.verdict(NUMBERS)).isEqualTo(Verdict.CONFIRMED);
        one.save(tookBack);
        // the other reader, still on the merged notes, writes a note on the same finding later
        two.save(second.withNote(a.finding(NUMBERS).orElseThrow(), "the regency's figure", T0.plusSeconds(300)));

        Review kept = open(file).restore(a).review(NUMBERS).orElseThrow();
        assertThat(kept.verdict()).as("the verdict taken back").isEqualTo(Verdict.CONFIRMED);
        assertThat(kept.note()).isEqualTo("the regency's figure");
        assertThat(kept.setAside()).as("the one taken back never comes back; the one it replaced is set aside")
                .containsExactly(SetAside.ofVerdict(Verdict.DIVERGENCE, Verdict.CONFIRMED, T0.plusSeconds(60)));
    }

    @Test
    void aSetAsideTheFileCannotHoldIsLeftOutAtItsPlaceAndTheReviewRead() throws IOException {
        Analysis a = ReviewFixtures.analysis();
        Path file = conflict(a);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replace("\"field\" : \"verdict\"", "\"field\" : \"colour\""), StandardCharsets.UTF_8);
        NoteStore again = open(file);
        assertThat(again.file()).as("the notes stay where they are (round eighteen)").isEqualTo(file);
        assertThat(again.problems()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(p.toString()).containsPattern("tilik-notes\\.json:\\d+:\\d+").contains("setAside[0]", "colour",
                    "left out");
        });
        assertThat(again.restore(a).review(NUMBERS)).as("the review, its set-aside entry left out").isPresent();
    }

    @Test
    void aSideFileMergedSetsAsideTheVerdictItsLaterChangeReplaced() throws Exception {
        Analysis a = ReviewFixtures.analysis();
        Path file = dir.resolve("tilik-notes.json");
        Path side = dir.resolve("tilik-notes.recovered.json");
        open(file).save(ReviewSession.fresh(a).withVerdict(a.finding(NUMBERS).orElseThrow(), Verdict.NEEDS_SOURCES, T0));
        open(side).save(ReviewSession.fresh(a).withVerdict(a.finding(NUMBERS).orElseThrow(), Verdict.CONFIRMED,
                T0.plusSeconds(60)));
        NoteMerge.merge(side, file);
        Review kept = open(file).restore(a).review(NUMBERS).orElseThrow();
        assertThat(kept.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(kept.setAside()).containsExactly(SetAside.ofVerdict(Verdict.NEEDS_SOURCES, Verdict.CONFIRMED, T0));
    }
}
