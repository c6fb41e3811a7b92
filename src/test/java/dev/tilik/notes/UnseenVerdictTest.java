package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.NUMBERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analysis;
import dev.tilik.findings.Finding;
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
 * A verdict recorded on top of another reader's verdict this reader never saw — taken in by a watch a moment
 * before the key, or still in flight when it was pressed — used to replace it silently: the merge read the
 * key's change as made after the other's, since this session's base already held it. Each change now carries
 * the stamp of the review it was made on top of ({@code seen}); a verdict the other reader chose later than
 * that is set aside, never lost unsaid.
 */
class UnseenVerdictTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");

    @TempDir
    Path dir;

    private NoteStore open(Path file) {
        return NoteStore.open(file, SaveSteps.REAL, Clock.fixed(T0, ZoneOffset.UTC));
    }

    /** Reader two records "confirmed"; reader one's watched save merges it in (its session not yet told). */
    private record Two(Analysis a, Finding f, NoteStore one, ReviewSession oneSession, SaveResult watched) {
    }

    private Two twoConfirmsAndOnesWatchMergesIt(Path file) {
        Analysis a = ReviewFixtures.analysis();
        Finding f = a.finding(NUMBERS).orElseThrow();
        NoteStore one = open(file);
        ReviewSession oneSession = one.restore(a);
        NoteStore two = open(file);
        two.restore(a);
        assertThat(two.save(ReviewSession.fresh(a).withVerdict(f, Verdict.CONFIRMED, T0.plusSeconds(10))).ok()).isTrue();
        SaveResult watched = one.save(oneSession);
        assertThat(watched.merged()).isNotNull();
        return new Two(a, f, one, oneSession, watched);
    }

    @Test
    void aVerdictKeyedWhileTheOthersVerdictWasInFlightSetsTheOtherAside() {
        Path file = dir.resolve("tilik-notes.json");
        Two t = twoConfirmsAndOnesWatchMergesIt(file);
        // The key was read before the watched save's answer came back: the session never held "confirmed".
        SaveResult r = t.one().save(t.oneSession().withVerdict(t.f(), Verdict.DIVERGENCE, T0.plusSeconds(20)));

        Review kept = open(file).restore(t.a()).review(NUMBERS).orElseThrow();
        assertThat(kept.verdict()).isEqualTo(Verdict.DIVERGENCE);
        assertThat(kept.setAside()).containsExactly(
                SetAside.ofVerdict(Verdict.CONFIRMED, Verdict.DIVERGENCE, T0.plusSeconds(10)));
        assertThat(r.merged().conflicts()).singleElement().asString()
                .contains("verdict \"confirmed\" (08:30) set aside for \"divergence\", not yet seen here");
    }

    @Test
    void aVerdictChosenWhileTheScreenStillShowedTheOldOneSetsTheTakenInOneAside() {
        Path file = dir.resolve("tilik-notes.json");
        Two t = twoConfirmsAndOnesWatchMergesIt(file);
        ReviewSession adopted = t.oneSession().adopting(t.oneSession(), t.watched().merged().reviews());
        assertThat(adopted.verdict(NUMBERS)).isEqualTo(Verdict.CONFIRMED);
        // The verdict menu opened on the screen before the watch's merge: nothing recorded was shown.
        t.one().save(adopted.withVerdict(t.f(), Verdict.DIVERGENCE, T0.plusSeconds(20), null));

        Review kept = open(file).restore(t.a()).review(NUMBERS).orElseThrow();
        assertThat(kept.verdict()).isEqualTo(Verdict.DIVERGENCE);
        assertThat(kept.setAside()).containsExactly(
                SetAside.ofVerdict(Verdict.CONFIRMED, Verdict.DIVERGENCE, T0.plusSeconds(10)));
    }

    @Test
    void aVerdictChangedOnTopOfTheOthersSeenReplacesItUnmarked() {
        Path file = dir.resolve("tilik-notes.json");
        Two t = twoConfirmsAndOnesWatchMergesIt(file);
        ReviewSession adopted = t.oneSession().adopting(t.oneSession(), t.watched().merged().reviews());
        SaveResult r = t.one().save(adopted.withVerdict(t.f(), Verdict.DIVERGENCE, T0.plusSeconds(20)));

        Review kept = open(file).restore(t.a()).review(NUMBERS).orElseThrow();
        assertThat(kept.verdict()).isEqualTo(Verdict.DIVERGENCE);
        assertThat(kept.setAside()).isEmpty();
        assertThat(kept.seen()).isEqualTo(T0.plusSeconds(10));
        assertThat(r.merged()).isNull();
        // This reader's own earlier verdict changed again: seen, never set aside.
        ReviewSession again = open(file).restore(t.a());
        open(file).save(again.withVerdict(t.f(), Verdict.NEEDS_SOURCES, T0.plusSeconds(30)));
        assertThat(open(file).restore(t.a()).review(NUMBERS).orElseThrow().setAside()).isEmpty();
    }

    /** The stamp is written, read back, left out when none; an older file without it reads as before. */
    @Test
    void theStampIsAFieldOfTheNoteFileReadBackAndLeftOutWhenNone() throws Exception {
        Path file = dir.resolve("tilik-notes.json");
        Two t = twoConfirmsAndOnesWatchMergesIt(file);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("\"seen\""); // two's verdict was set on nothing recorded
        ReviewSession adopted = t.oneSession().adopting(t.oneSession(), t.watched().merged().reviews());
        t.one().save(adopted.withVerdict(t.f(), Verdict.DIVERGENCE, T0.plusSeconds(20)));
        json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains("\"seen\" : \"2024-10-25T08:30:10Z\"");

        // A later field this version does not know stays beside it, and a file without the stamp reads as before.
        Files.writeString(file, json.replace("\"seen\" : ", "\"later\" : 7, \"seen\" : "), StandardCharsets.UTF_8);
        NoteFile read = NoteFileReader.read(file, "tilik-notes.json");
        FindingNote n = read.findings().stream().filter(x -> x.id().equals(NUMBERS)).findFirst().orElseThrow();
        assertThat(n.seen()).isEqualTo("2024-10-25T08:30:10Z");
        assertThat(n.extra()).containsKey("later");
        Files.writeString(file, json.replaceAll("\\s*\"seen\" : \"[^\"]*\",?", ""), StandardCharsets.UTF_8);
        assertThat(NoteFileReader.read(file, "tilik-notes.json").findings()).allSatisfy(x -> assertThat(x.seen()).isNull());
    }

    /**
     * The reader stamps a key with the frame on the screen when it was read: a verdict (or rating) pressed again
     * before the frame showing this reader's first had been painted carries a stamp older than that first one. Its
     * own first choice is no other reader's unseen verdict: replaced unmarked.
     */
    @Test
    void ownVerdictChangedAgainBeforeItsFrameWasDrawnIsNotSetAside() {
        Path file = dir.resolve("tilik-notes.json");
        Analysis a = ReviewFixtures.analysis();
        Finding f = a.finding(NUMBERS).orElseThrow();
        NoteStore one = open(file);
        ReviewSession start = one.restore(a);
        ReviewSession first = start.withVerdict(f, Verdict.CONFIRMED, T0.plusSeconds(10), null)
                .withRating(f, dev.tilik.review.Rating.values()[0], T0.plusSeconds(11), null);
        assertThat(one.save(first).ok()).isTrue();
        // The screen still showed nothing recorded when the next keys were read.
        SaveResult r = one.save(first.withVerdict(f, Verdict.DIVERGENCE, T0.plusSeconds(12), null)
                .withRating(f, dev.tilik.review.Rating.values()[1], T0.plusSeconds(13), null));

        Review kept = open(file).restore(a).review(NUMBERS).orElseThrow();
        assertThat(kept.verdict()).isEqualTo(Verdict.DIVERGENCE);
        assertThat(kept.rating()).isEqualTo(dev.tilik.review.Rating.values()[1]);
        assertThat(kept.setAside()).isEmpty();
        assertThat(r.merged()).isNull();
    }
}
