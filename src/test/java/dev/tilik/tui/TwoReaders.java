package dev.tilik.tui;

import dev.tilik.findings.Finding;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveResult;
import dev.tilik.notes.SaveSteps;
import dev.tilik.review.ReviewSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

/**
 * Two readers over one real note file: this reader's screen ({@link #drive}, on the finding {@link #finding} it opens
 * at) and another reader whose save this reader's watch takes in, the answer arriving while a menu or editor is open.
 */
final class TwoReaders {
    final Path file;
    final NoteStore one;
    final ReviewSession start;
    final Drive drive;
    final Finding finding;

    private TwoReaders(Path file, int cols, int rows) {
        this.file = file;
        this.one = NoteStore.open(file, SaveSteps.REAL, Clock.fixed(Drive.T0, ZoneOffset.UTC));
        this.start = one.restore(Fixture.analysis());
        this.drive = new Drive(cols, rows, start);
        this.finding = drive.state.session().findings().stream().filter(x -> x.id().equals(drive.findingId()))
                .findFirst().orElseThrow();
    }

    /** This reader at {@code cols}×{@code rows} over a note file of its own in {@code dir}. */
    static TwoReaders at(Path dir, int cols, int rows) {
        return new TwoReaders(dir.resolve("notes-" + cols + ".json"), cols, rows);
    }

    /**
     * The other reader saves what {@code theirs} makes of a fresh session; this reader's watch then merges it in and
     * the merge's answer reaches the screen, as the watch sends it.
     */
    void otherReaderSaves(UnaryOperator<ReviewSession> theirs) {
        NoteStore two = NoteStore.open(file, SaveSteps.REAL, Clock.fixed(Drive.T0, ZoneOffset.UTC));
        two.restore(Fixture.analysis());
        two.save(theirs.apply(Fixture.session()));
        SaveResult watched = one.save(drive.state.session());
        drive.send(new Msg.Saved(false, null, start, watched.merged().reviews(), true));
    }

    /** The last save the screen asked for. */
    Effect.Save lastSave() {
        java.util.List<Effect.Save> saves = drive.effects(Effect.Save.class);
        return saves.get(saves.size() - 1);
    }
}
