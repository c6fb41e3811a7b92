package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.FolderAnalyzer;
import dev.tilik.model.FindingType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress of check and eval: on a terminal's stderr only, throttled, wiped when done. */
class TerminalProgressTest {
    @TempDir
    Path dir;
    final StringWriter text = new StringWriter();
    final AtomicLong nanos = new AtomicLong();

    TerminalProgress progress(boolean terminal) {
        return TerminalProgress.on(new PrintWriter(text), terminal, nanos::get);
    }

    @Test
    void onATerminalOneLineIsRewrittenInPlaceAtMostEveryTenthOfASecondThenWiped() {
        try (TerminalProgress p = progress(true)) {
            p.step("analysing", 1, 40);
            nanos.addAndGet(50_000_000);
            p.step("analysing", 2, 40);
            nanos.addAndGet(60_000_000);
            p.step("analysing", 3, 40);
            p.step("analysing", 40, 40);
        }

        assertThat(text.toString()).isEqualTo("\ranalysing 1/40\ranalysing 3/40\ranalysing 40/40"
                + "\r" + " ".repeat(15) + "\r");
    }

    @Test
    void aShorterLineCoversTheLongerOneBeforeItAndHostileNamesAreShownInert() {
        try (TerminalProgress p = progress(true)) {
            p.step("reading evil\u001b[2J.txt", 1, 2);
            p.step("read", 2, 2);
        }

        assertThat(text.toString()).doesNotContain("\u001b").contains("reading evil^[[2J.txt 1/2", "\rread 2/2   ");
    }

    @Test
    void aLongFileNameIsCutToFitANarrowTerminal() {
        try (TerminalProgress p = progress(true)) {
            p.step("reading " + "x".repeat(200) + ".txt", 1, 2);
        }

        assertThat(text.toString().split("\r")[1]).hasSize(TerminalProgress.MAX_WIDTH).endsWith("…");
    }

    @Test
    void checkShowsProgressOnlyWhenStderrIsATerminal() {
        FolderAnalyzer reporting = (folder, rules, progress) -> {
            progress.step("analysing", 1, 2);
            progress.step("analysing", 2, 2);
            return CheckCommandTest.returning(FindingType.CORROBORATION).analyze(folder, rules, progress);
        };
        CliContext piped = new CliContext(reporting, Map.of(), () -> false, (b, o) -> 0, term -> null, () -> false);
        CliContext onTerminal = new CliContext(reporting, Map.of(), () -> false, (b, o) -> 0, term -> null, () -> true);

        CliRun quiet = CliRun.run(piped, "check", dir.toString());
        CliRun shown = CliRun.run(onTerminal, "check", dir.toString());

        assertThat(quiet.err()).isEmpty();
        assertThat(shown.err()).startsWith("\ranalysing 1/2").endsWith("\r");
        assertThat(shown.err().strip()).doesNotContain("\n");
        assertThat(shown.out()).isEqualTo(quiet.out());
    }

    @Test
    void stderrCountsAsATerminalOnlyWhenItIsATerminalDevice() {
        assertThat(ErrTerminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(ErrTerminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(ErrTerminal.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(ErrTerminal.isTerminalDevice("/tmp/check.log")).isFalse();
        assertThat(ErrTerminal.isTerminalDevice("/dev/null")).isFalse();
    }
}
