package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDirTest {
    @Test
    void xdgStateHomeWhenAbsoluteElseTheHomeStateFolder() {
        assertThat(StateDir.of(Map.of("XDG_STATE_HOME", "/var/state"), "/home/u")).isEqualTo(Path.of("/var/state/tilik"));
        assertThat(StateDir.of(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.local/state/tilik"));
        assertThat(StateDir.of(Map.of("XDG_STATE_HOME", "rel"), "/home/u")).isEqualTo(Path.of("/home/u/.local/state/tilik"));
        assertThat(StateDir.of(Map.of("XDG_STATE_HOME", " "), "/home/u")).isEqualTo(Path.of("/home/u/.local/state/tilik"));
    }

    /** With $HOME set elsewhere, the log and the shell history went under the password file's home (round 31, D4). */
    @Test
    void theHomeIsHomeWhenItIsAbsoluteElseThePasswordFilesHome() {
        assertThat(StateDir.of(Map.of("HOME", "/tmp/rvhome"))).isEqualTo(Path.of("/tmp/rvhome/.local/state/tilik"));
        assertThat(StateDir.home(Map.of("HOME", "/tmp/rvhome"))).isEqualTo("/tmp/rvhome");
        assertThat(StateDir.home(Map.of())).isEqualTo(System.getProperty("user.home"));
        assertThat(StateDir.home(Map.of("HOME", "rel"))).isEqualTo(System.getProperty("user.home"));
        assertThat(StateDir.home(Map.of("HOME", " "))).isEqualTo(System.getProperty("user.home"));
    }
}
