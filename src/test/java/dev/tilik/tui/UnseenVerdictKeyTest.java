package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.Finding;
import dev.tilik.notes.SaveResult;
import dev.tilik.review.Verdict;
import java.nio.file.Path;
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
            TwoReaders r = TwoReaders.at(dir, size[0], size[1]);
            Drive d = r.drive;
            Finding f = r.finding;
            d.press("v");
            assertThat(d.state.mode()).isEqualTo(Mode.VERDICT);

            // Reader two confirms; this reader's watch merges it in and the answer arrives with the menu open.
            r.otherReaderSaves(s -> s.withVerdict(f, Verdict.CONFIRMED, Drive.T0.minusSeconds(5)));
            assertThat(d.state.session().verdict(f.id())).isEqualTo(Verdict.CONFIRMED);

            d.press("3");
            Effect.Save save = r.lastSave();
            SaveResult saved = r.one.save(save.session());
            d.send(new Msg.Saved(false, saved.mergeSaid(), save.session(),
                    saved.merged() == null ? null : saved.merged().reviews()));

            assertThat(d.state.session().verdict(f.id())).isEqualTo(Verdict.DIVERGENCE);
            assertThat(d.state.session().setAside(f.id())).singleElement()
                    .satisfies(a -> assertThat(a.valueLabel()).isEqualTo("confirmed"));
            assertThat(Drive.screen(d.state)).as("%dx%d", size[0], size[1])
                    .contains("Set aside: verdict \u201Cconfirmed\u201D").contains("b takes it back");
        }
    }
}
