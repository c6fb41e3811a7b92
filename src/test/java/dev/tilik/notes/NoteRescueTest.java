package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.Problem;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where notes go when the note file cannot take them, on its own: one copy per session, said, dropped once saved. */
class NoteRescueTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static ReviewSession noted(String note) {
        ReviewSession s = ReviewSession.fresh(ReviewFixtures.analysis());
        var f = s.analysis().finding(DENY_VS_CONDITIONAL).orElseThrow();
        return s.withVerdict(f, Verdict.CONFIRMED, T0).withNote(f, note, T0.plusSeconds(1));
    }

    private static List<Problem> failedSave(Path notes) {
        List<Problem> problems = new ArrayList<>();
        problems.add(new Problem(Problem.Level.ERROR, notes.toString(), "notes not saved: No space left on device"));
        return problems;
    }

    @Test
    void theNotesGoToOneCopyPerSessionAndTheFailureSaysWhere() throws IOException {
        Path notes = dir.resolve("story/tilik-notes.json");
        Path unsaved = dir.resolve("state/unsaved");
        NoteRescue rescue = new NoteRescue(notes, unsaved, new AtomicWriter(SaveSteps.REAL), CLOCK);
        List<Problem> problems = failedSave(notes);
        Path copy = rescue.keep(noted("first"), NoteFile.empty(), problems);
        assertThat(copy).isNotNull().startsWith(unsaved).exists();
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).contains("\"note\" : \"first\"");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).startsWith("notes not saved: No space left on device")
                .contains("your notes are kept in " + copy).endsWith("(tilik notes merge " + copy + " --notes " + notes + ")");
        assertThat(NoteRescue.waiting(unsaved, notes)).containsExactly(copy);

        Path again = rescue.keep(noted("second"), NoteFile.empty(), failedSave(notes));
        assertThat(again).as("the same copy, not one per keystroke").isEqualTo(copy);
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).contains("\"note\" : \"second\"");
        assertThat(rescue.copy()).isEqualTo(copy);

        rescue.drop();
        assertThat(copy).doesNotExist();
        assertThat(rescue.copy()).isNull();
        assertThat(NoteRescue.waiting(unsaved, notes)).isEmpty();
    }

    @Test
    void withNowhereToGoNothingIsWrittenOrSaid() {
        Path notes = dir.resolve("tilik-notes.json");
        NoteRescue rescue = new NoteRescue(notes, null, new AtomicWriter(SaveSteps.REAL), CLOCK);
        List<Problem> problems = failedSave(notes);
        assertThat(rescue.keep(noted("x"), NoteFile.empty(), problems)).isNull();
        assertThat(problems).extracting(Problem::message).containsExactly("notes not saved: No space left on device");
        assertThat(NoteRescue.waiting(null, notes)).isEmpty();
        rescue.drop();
    }

    @Test
    void aCopyThatCannotBeWrittenEitherIsSaidAsAnError() throws IOException {
        Path notes = dir.resolve("tilik-notes.json");
        Path blocked = Files.writeString(dir.resolve("state"), "a file where the state folder should be");
        NoteRescue rescue = new NoteRescue(notes, blocked.resolve("unsaved"), new AtomicWriter(SaveSteps.REAL), CLOCK);
        List<Problem> problems = failedSave(notes);
        assertThat(rescue.keep(noted("x"), NoteFile.empty(), problems)).isNull();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(1).level()).isEqualTo(Problem.Level.ERROR);
        assertThat(problems.get(1).message()).startsWith("no copy of the notes could be written either: ");
        assertThat(rescue.copy()).isNull();
    }
}
