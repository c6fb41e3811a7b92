package dev.tilik;

import dev.tilik.cli.StateDir;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;

/**
 * Sends every log line to a file, never to the terminal: {@code $XDG_STATE_HOME/tilik/tilik.log}
 * (default {@code ~/.local/state/tilik/tilik.log}). Must run before the first logger is created,
 * since slf4j-simple reads its settings once. slf4j-simple empties the file when it opens it, so a
 * log with something in it is first rotated: {@code tilik.log} → {@code tilik.log.1} → … →
 * {@code tilik.log.}{@value #GENERATIONS}, each at most its last {@value #MAX_KEPT} bytes. A run
 * that logs nothing leaves the crash an earlier one logged where it was.
 */
final class LogSetup {
    private static final String PREFIX = "org.slf4j.simpleLogger.";
    static final int GENERATIONS = 3;
    static final int MAX_KEPT = 1024 * 1024;

    private LogSetup() {
    }

    static Path toFile(Map<String, String> env) {
        Path file = logFile(env);
        try {
            Files.createDirectories(file.getParent());
            rotate(file);
        } catch (IOException e) {
            file = Path.of(System.getProperty("java.io.tmpdir"), "tilik-" + System.getProperty("user.name") + ".log");
        }
        setDefault("logFile", file.toString());
        setDefault("defaultLogLevel", "info");
        setDefault("showDateTime", "true");
        setDefault("dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        return file;
    }

    /** Moves a non-empty {@code log} to {@code log.1}, shifting older ones up; the oldest is dropped. */
    static void rotate(Path log) throws IOException {
        if (!Files.isRegularFile(log) || Files.size(log) == 0) {
            return;
        }
        for (int n = GENERATIONS - 1; n >= 1; n--) {
            Path older = generation(log, n);
            if (Files.exists(older)) {
                Files.move(older, generation(log, n + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path first = generation(log, 1);
        long size = Files.size(log);
        if (size <= MAX_KEPT) {
            Files.move(log, first, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (SeekableByteChannel in = Files.newByteChannel(log)) {
            in.position(size - MAX_KEPT);
            ByteBuffer tail = ByteBuffer.allocate(MAX_KEPT);
            while (tail.hasRemaining() && in.read(tail) >= 0) {
                // read the last MAX_KEPT bytes
            }
            Files.write(first, Arrays.copyOf(tail.array(), tail.position()));
        }
        Files.delete(log);
    }

    static Path generation(Path log, int n) {
        return log.resolveSibling(log.getFileName() + "." + n);
    }

    /** Where the log goes: the state folder under {@code $HOME} (as {@code keys.conf}), {@link StateDir#home}. */
    static Path logFile(Map<String, String> env) {
        return StateDir.of(env).resolve("tilik.log");
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
