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
}
