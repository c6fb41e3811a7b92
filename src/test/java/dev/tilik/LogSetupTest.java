package dev.tilik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSetupTest {
    @TempDir
    Path dir;

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

    /** The log follows $HOME, as keys.conf does: it went under the password file's home (round 31, D4). */
    @Test
    void logsUnderHomeAsTheReadmeSays() {
        assertThat(LogSetup.logFile(Map.of("HOME", "/tmp/rvhome"))).isEqualTo(Path.of("/tmp/rvhome/.local/state/tilik/tilik.log"));
    }

    /** Issue 11 row 9: the next start emptied the log the crash message pointed to. */
    @Test
    void aLogWithSomethingInItIsKeptAsLog1AndOlderOnesShiftUp() throws IOException {
        Path log = dir.resolve("tilik.log");
        for (String run : new String[] {"crash A", "crash B", "crash C", "crash D"}) {
            Files.writeString(log, run);
            LogSetup.rotate(log);
        }
        assertThat(log).doesNotExist();
        assertThat(dir.resolve("tilik.log.1")).hasContent("crash D");
        assertThat(dir.resolve("tilik.log.2")).hasContent("crash C");
        assertThat(dir.resolve("tilik.log.3")).hasContent("crash B");
        assertThat(dir.resolve("tilik.log.4")).doesNotExist();
    }

    @Test
    void anEmptyLogLeavesTheEarlierCrashWhereItIs() throws IOException {
        Path log = dir.resolve("tilik.log");
        Files.writeString(log, "crash");
        LogSetup.rotate(log);
        Files.writeString(log, "");
        LogSetup.rotate(log);
        LogSetup.rotate(dir.resolve("never-written.log"));
        assertThat(dir.resolve("tilik.log.1")).hasContent("crash");
        assertThat(dir.resolve("tilik.log.2")).doesNotExist();
    }

    @Test
    void aHugeLogKeepsItsLastMegabyte() throws IOException {
        Path log = dir.resolve("tilik.log");
        Files.writeString(log, "a".repeat(3 * LogSetup.MAX_KEPT) + "the crash");
        LogSetup.rotate(log);
        Path kept = dir.resolve("tilik.log.1");
        assertThat(Files.size(kept)).isEqualTo(LogSetup.MAX_KEPT);
        assertThat(Files.readString(kept)).endsWith("the crash");
    }
}
