package dev.tilik.tui;

import com.googlecode.lanterna.screen.Screen;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suspends on a Unix tty the way a shell job expects: leave the full screen, put back the tty
 * settings the user had before Tilik started, stop the process (SIGSTOP, as the trapped Ctrl-Z
 * no longer sends SIGTSTP), and on resume restore Tilik's raw settings and the full screen.
 */
final class TtySuspender implements Suspender {
    private static final Logger LOG = LoggerFactory.getLogger(TtySuspender.class);
    private final String original;

    TtySuspender(String original) {
        this.original = original;
    }

    /** The tty's settings as {@code stty -g} prints them, or null when there is no tty to ask. */
    static String read() {
        try {
            String out = stty("-g");
            return out == null || out.isBlank() ? null : out.strip();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void suspend(Screen screen) throws IOException {
        String raw = read();
        if (raw == null) {
            return;
        }
        screen.stopScreen();
        stty(original);
        try {
            String pid = String.valueOf(ProcessHandle.current().pid());
            new ProcessBuilder("kill", "-STOP", pid).redirectErrorStream(true).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stty(raw);
            screen.startScreen();
            screen.setCursorPosition(null);
        }
    }

    private static String stty(String arg) throws IOException {
        Process p = new ProcessBuilder("stty", arg).redirectInput(new File("/dev/tty"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                LOG.warn("stty {} failed", arg);
                return null;
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
