package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a new user read wrong on the reader's first screens (round twelve's review), each on the real
 * runtime over Lanterna's virtual terminal.
 */
class FirstLookTest {
    /** The bottom row of {@code screen}. */
    private static String statusRow(String screen) {
        List<String> rows = screen.lines().toList();
        return rows.get(rows.size() - 1);
    }

    /**
     * At 80 columns the search's status wrapped as "1/10 · reviewed 0/10 │ · 2 articles (n/N, Esc)",
     * and the first Enter landed on match 2: the matches were numbered in folder order from the top
     * while the search starts where the reader is.
     */
    @Test
    void theFirstEnterOfASearchIsMatchOneAndItsStatusNeverStartsAtASeparator() throws Exception {
        try (VirtualRun run = new VirtualRun(80, 24, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("j", "j", "j", "/", "Kim Jong", "Enter").awaitText("match 1/");
            String status = statusRow(run.screen());
            assertThat(status).doesNotContain("\u2502 \u00B7").doesNotMatch(".*\u2502\\s*$");
            assertThat(run.screen()).contains("match 1/6");
        }
    }

    /** The help cut "divergence: different but compatible: modal, evolving," at 80 columns: now wrapped. */
    @Test
    void theHelpWrapsAVerdictsDescriptionAt80Columns() throws Exception {
        try (VirtualRun run = new VirtualRun(80, 24, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("?").await("help", s -> s.mode() == Mode.HELP);
            run.press("G").awaitText("different scope");
            assertThat(run.screen()).contains("divergence: different but compatible: modal, evolving,");
        }
    }

    /**
     * The title bar read "… · filter verdict=un" at 80 columns, and under that filter "3/8" stayed after
     * a verdict took the finding out of it.
     */
    @Test
    void theFilterIsSaidWholeAndAFindingItNoLongerHoldsIsNotCounted() throws Exception {
        try (VirtualRun run = new VirtualRun(80, 24, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("f", "j", "j", "l", "Enter")
                    .await("filtered", s -> !s.filter().isAll() && s.mode() == Mode.READER);
            String header = run.screen().lines().findFirst().orElseThrow();
            assertThat(header).contains("filter verdict=unreviewed");
            int before = Findings.visible(run.app.state()).size();
            assertThat(statusRow(run.screen())).startsWith(" 1/" + before + " ");
            run.press("v", "2").await("outside", Findings::outsideFilter);
            run.awaitText(" -/" + (before - 1) + " ");
            assertThat(statusRow(run.screen())).startsWith(" -/" + (before - 1) + " ");
        }
    }

    /** At 200 columns the status bar hinted "u add URL", a key README's table did not list. */
    @Test
    void everyKeyTheStatusBarHintsAt200ColumnsIsInReadmesKeyTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("## Keys"), readme.indexOf("\n## ", readme.indexOf("## Keys") + 3));
        try (VirtualRun run = new VirtualRun(200, 60, new FixtureBackend())) {
            run.await("loaded", AppState::isLoaded).press("k").awaitText("? help"); // a key clears the load's message
            String hints = statusRow(run.screen());
            hints = hints.substring(hints.indexOf('\u2502') + 1).strip();
            List<String> keys = Arrays.stream(hints.split(" {2,}")).map(h -> h.split(" ")[0])
                    .flatMap(k -> Arrays.stream(k.split("/"))).toList();
            assertThat(keys).contains("u", "n", "q");
            assertThat(keys).allSatisfy(k -> assertThat(table).as("README's key table").contains("`" + k + "`"));
        }
    }
}
