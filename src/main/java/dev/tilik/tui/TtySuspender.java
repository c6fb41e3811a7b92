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
    private final String original;

    TtySuspender(String original) {
        this.original = original;
    }

    /**
     * The {@code stty} settings the reader adds to Lanterna's: Ctrl-Z a key the reader receives instead
     * of a SIGTSTP that would stop the JVM with the terminal still in the full screen, and XON/XOFF flow
     * control off ({@code -ixon}), so a Ctrl-S typed by habit does not freeze the screen until Ctrl-Q.
     * Lanterna puts the user's settings back when it closes the terminal (and a suspend hands them
     * back while stopped). Given with Lanterna's own ({@link OneSttyTerminal}).
     */
    static final String[] READER_KEYS = {"susp", "undef", "-ixon"};

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

    private static String stty(String... args) throws IOException {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add("stty");
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(new File("/dev/tty"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                log().warn("stty {} failed", String.join(" ", args));
                return null;
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The logger, made on first use: see {@code Cli.log}.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(TtySuspender.class);
    }
}
