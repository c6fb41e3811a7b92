package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveResult;
import dev.tilik.notes.SaveSteps;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict menu remembers the review the screen showed when {@code v} opened it: another reader's verdict the
 * watch brings in while the menu is open is not what the digit was chosen against, and the save sets it aside
 * (shown under the verdict, {@code b} takes it back) rather than replacing it unsaid. Driven through a real note
 * file, the screen read at 80×24 and 200×60.
 */
class UnseenVerdictKeyTest {
    @TempDir
    Path dir;

    @Test
    void anotherReadersVerdictTakenInWhileTheMenuIsOpenIsSetAsideByTheDigit() {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            Path file = dir.resolve("notes-" + size[0] + ".json");
            NoteStore one = NoteStore.open(file, SaveSteps.REAL, Clock.fixed(Drive.T0, ZoneOffset.UTC));
            ReviewSession start = one.restore(Fixture.analysis());
            Drive d = new Drive(size[0], size[1], start);
            Finding f = d.state.session().findings().stream().filter(x -> x.id().equals(d.findingId())).findFirst()
                    .orElseThrow();
            d.press("v");
            assertThat(d.state.mode()).isEqualTo(Mode.VERDICT);

            // Reader two confirms; this reader's watch merges it in and the answer arrives with the menu open.
            NoteStore two = NoteStore.open(file, SaveSteps.REAL, Clock.fixed(Drive.T0, ZoneOffset.UTC));
            two.restore(Fixture.analysis());
            two.save(Fixture.session().withVerdict(f, Verdict.CONFIRMED, Drive.T0.minusSeconds(5)));
            SaveResult watched = one.save(d.state.session());
            d.send(new Msg.Saved(false, null, start, watched.merged().reviews(), true));
            assertThat(d.state.session().verdict(f.id())).isEqualTo(Verdict.CONFIRMED);

            d.press("3");
            Effect.Save save = d.effects(Effect.Save.class).get(d.effects(Effect.Save.class).size() - 1);
            SaveResult r = one.save(save.session());
            d.send(new Msg.Saved(false, r.mergeSaid(), save.session(), r.merged() == null ? null : r.merged().reviews()));

            assertThat(d.state.session().verdict(f.id())).isEqualTo(Verdict.DIVERGENCE);
            assertThat(d.state.session().setAside(f.id())).singleElement()
                    .satisfies(a -> assertThat(a.valueLabel()).isEqualTo("confirmed"));
            assertThat(Drive.screen(d.state)).as("%dx%d", size[0], size[1])
                    .contains("Set aside: verdict \u201Cconfirmed\u201D").contains("b takes it back");
        }
    }
}
