package dev.tilik;

import dev.tilik.cli.StateDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Sends every log line to a file, never to the terminal: {@code $XDG_STATE_HOME/tilik/tilik.log}
 * (default {@code ~/.local/state/tilik/tilik.log}). Must run before the first logger is created,
 * since slf4j-simple reads its settings once.
 */
final class LogSetup {
    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private LogSetup() {
    }

    static Path toFile(Map<String, String> env) {
        Path file = logFile(env, System.getProperty("user.home"));
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            file = Path.of(System.getProperty("java.io.tmpdir"), "tilik-" + System.getProperty("user.name") + ".log");
        }
        setDefault("logFile", file.toString());
        setDefault("defaultLogLevel", "info");
        setDefault("showDateTime", "true");
        setDefault("dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        return file;
    }

    static Path logFile(Map<String, String> env, String home) {
        return StateDir.of(env, home).resolve("tilik.log");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
