package dev.tilik;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogSetupTest {
    @Test
    void logsUnderXdgStateHomeWhenSet() {
        assertThat(LogSetup.logFile(Map.of("XDG_STATE_HOME", "/var/state"), "/home/u"))
                .isEqualTo(Path.of("/var/state/tilik/tilik.log"));
    }

    @Test
    void fallsBackToTheHomeStateFolderWhenUnsetOrRelative() {
        assertThat(LogSetup.logFile(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.local/state/tilik/tilik.log"));
        assertThat(LogSetup.logFile(Map.of("XDG_STATE_HOME", "rel"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/state/tilik/tilik.log"));
    }
}
