package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyConfigTest {
    @Test
    void overridesReplaceTheKeysOfAnAction() {
        KeyConfig c = KeyConfig.parse("keys.conf", "# mine\nnext-finding = J, Down\nprev-finding=K\n");
        assertThat(c.warnings()).isEmpty();
        KeyTable t = KeyTable.defaults().withOverrides(c.overrides());
        assertThat(t.find(Mode.READER, Key.of("J")).orElseThrow().action()).isEqualTo(Action.NEXT_FINDING);
        assertThat(t.find(Mode.READER, Key.of("n"))).isEmpty();
        assertThat(t.hints(Mode.READER).get(0)).isEqualTo("J/K finding");
        assertThat(KeysDoc.markdown(t)).contains("| `J`, `Down` | Next finding");
    }

    @Test
    void mistakesAreReportedWithFileAndLineAndIgnored() {
        KeyConfig c = KeyConfig.parse("keys.conf", "next-findin = x\nquit = Hyper-Q, q\nnonsense\n");
        assertThat(c.warnings()).containsExactly("keys.conf:1: unknown action \"next-findin\" (did you mean next-finding?), line ignored",
                "keys.conf:2: unknown key \"Hyper-Q\"", "keys.conf:3: expected action = keys");
        assertThat(c.overrides()).isEqualTo(Map.of(Action.QUIT, List.of(Key.of("q"))));
    }

    @Test
    void aMisspeltActionIsSaidOnTheFirstFramesListedUnderEscAndLogged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.conf");
        Files.writeString(file, "next = M\n", StandardCharsets.UTF_8);
        try (VirtualRun run = new VirtualRun(80, 24, new FixtureBackend(), new TuiOptions(false, file))) {
            run.await("loaded", AppState::isLoaded);
            assertThat(run.app.state().status()).as("the load's own line never replaces it")
                    .startsWith("keys.conf:1: unknown action \"next\" (did you mean next-finding or next-match or focus-next?)");
            run.awaitText("keys.conf:1: unknown action");
            run.press("Esc");
            run.awaitText("warning: key file");
        }
    }

    @Test
    void theStatusNamesTheFileAloneAndCountsTheRest() {
        KeyTable t = KeyTable.defaults().withProblems(List.of("/home/u/.config/tilik/keys.conf:1: unknown key \"Hyper\"",
                "/home/u/.config/tilik/keys.conf:2: expected action = keys"));
        assertThat(KeyProblems.status(t)).isEqualTo("keys.conf:1: unknown key \"Hyper\" (and 1 more mistake, Esc lists them)");
        assertThat(KeyProblems.status(KeyTable.defaults())).isNull();
        assertThat(KeyProblems.before(t, Update.RESUMED + "4, after the last you reviewed (p steps back) \u00B7 still unreviewed: 2"))
                .as("where the review went on, and what it left, stay said").startsWith(KeyProblems.status(t))
                .endsWith("still unreviewed: 2");
        assertThat(KeyProblems.before(t, "2 problems while loading")).endsWith(" \u00B7 2 problems while loading");
    }

    @Test
    void theFileLivesUnderXdgConfigHome(@TempDir Path dir) throws Exception {
        Path file = TuiOptions.keyFile(Map.of("XDG_CONFIG_HOME", dir.toString(), "HOME", "/nowhere"));
        assertThat(file).isEqualTo(dir.resolve("tilik").resolve("keys.conf"));
        assertThat(TuiOptions.keyFile(Map.of("HOME", "/home/u"))).isEqualTo(Path.of("/home/u/.config/tilik/keys.conf"));
        assertThat(KeyConfig.load(file).overrides()).isEmpty();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "help = h\n", StandardCharsets.UTF_8);
        assertThat(KeyConfig.load(file).overrides()).containsEntry(Action.HELP, List.of(Key.of("h")));
    }

    @Test
    void noColorAndDumbTerminalsAreMonochrome() {
        assertThat(TuiOptions.fromEnvironment(Map.of("NO_COLOR", "1")).color()).isFalse();
        assertThat(TuiOptions.fromEnvironment(Map.of("TERM", "dumb")).color()).isFalse();
        assertThat(TuiOptions.fromEnvironment(Map.of("NO_COLOR", "")).color()).isTrue();
        assertThat(TuiOptions.fromEnvironment(Map.of("TERM", "xterm-256color")).color()).isTrue();
    }

    @Test
    void aRunningReaderUsesTheOverrides(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.conf");
        Files.writeString(file, "next-finding = J\n", StandardCharsets.UTF_8);
        try (VirtualRun run = new VirtualRun(100, 30, new FixtureBackend(), new TuiOptions(false, file))) {
            run.await("loaded", AppState::isLoaded).press("J");
            run.await("second finding", s -> "f-denyassert".equals(s.nav().findingId()));
            assertThat(run.screen()).contains("J/p finding");
        }
    }
}
