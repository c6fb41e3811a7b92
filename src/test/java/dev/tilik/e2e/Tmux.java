package dev.tilik.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real terminal for end-to-end tests: one tmux server on a private socket with one session
 * running a command. Keys go in with send-keys, the screen comes back with capture-pane, and
 * every wait is on a condition with a deadline.
 */
final class Tmux implements AutoCloseable {
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final String socket = "tilik-test-" + UUID.randomUUID().toString().substring(0, 8);
    private final String session = "t";

    private Tmux() {
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts {@code shellCommand} (run by sh) in a {@code width}×{@code height} terminal. When the
     * command ends, the pane prints {@code [exited N]} and stays, so its last screen and exit code
     * can be read.
     */
    static Tmux start(int width, int height, String shellCommand) {
        Tmux t = new Tmux();
        String wrapped = shellCommand + "; echo \"[exited $?]\"; read _";
        t.run("new-session", "-d", "-s", t.session, "-x", Integer.toString(width), "-y", Integer.toString(height),
                "sh", "-c", wrapped);
        return t;
    }

    /** Presses keys by tmux name: "n", "Enter", "Escape", "C-c", "Tab", "PageDown". */
    Tmux press(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
        return this;
    }

    /** Types text literally. */
    Tmux type(String text) {
        run("send-keys", "-t", session, "-l", text);
        return this;
    }

    /**
     * Pastes {@code text} as a terminal does: wrapped in bracketed-paste markers when the program
     * asked for them ({@code paste-buffer -p}), line feeds sent as carriage returns.
     */
    Tmux paste(String text) {
        run("set-buffer", "-b", "tilik-paste", text);
        run("paste-buffer", "-p", "-d", "-b", "tilik-paste", "-t", session);
        return this;
    }

    /**
     * Pastes {@code text} as a terminal that does not bracket pastes does ({@code paste-buffer}
     * without {@code -p}): the bytes alone, line feeds sent as carriage returns.
     */
    Tmux pasteUnmarked(String text) {
        run("set-buffer", "-b", "tilik-paste", text);
        run("paste-buffer", "-d", "-b", "tilik-paste", "-t", session);
        return this;
    }

    /** Pastes a file's text as {@link #paste} does; for pastes too long for a command line. */
    Tmux pasteFile(java.nio.file.Path file) {
        run("load-buffer", "-b", "tilik-paste", file.toString());
        run("paste-buffer", "-p", "-d", "-b", "tilik-paste", "-t", session);
        return this;
    }

    /** Gives the finding on screen the verdict "confirmed" (v, then 2) and waits for {@code shown} on the screen. */
    Tmux confirm(String shown) {
        press("v");
        waitForText("needs sources");
        press("2");
        waitFor("the verdict", s -> s.contains(shown), DEFAULT_WAIT);
        return this;
    }

    Tmux resize(int width, int height) {
        run("resize-window", "-t", session, "-x", Integer.toString(width), "-y", Integer.toString(height));
        return this;
    }

    /**
     * Resizes the window to each of {@code sizes} ({width, height}) in one tmux command: the sizes
     * follow one another faster than any program answers its SIGWINCH (a resize storm).
     */
    Tmux resizeStorm(int[]... sizes) {
        List<String> args = new ArrayList<>();
        for (int[] wh : sizes) {
            if (!args.isEmpty()) {
                args.add(";");
            }
            args.addAll(List.of("resize-window", "-t", session, "-x", Integer.toString(wh[0]), "-y", Integer.toString(wh[1])));
        }
        run(args.toArray(String[]::new));
        return this;
    }

    /** The pane's terminal device, e.g. {@code /dev/pts/3}, to read its settings from outside. */
    String paneTty() {
        return run("display-message", "-p", "-t", session, "#{pane_tty}").strip();
    }

    /** Whether the pane shows the alternate screen (a full-screen program's, not the shell's). */
    boolean alternateScreen() {
        return run("display-message", "-p", "-t", session, "#{alternate_on}").strip().equals("1");
    }

    /** The visible screen, one line per row. */
    String screen() {
        return run("capture-pane", "-p", "-t", session);
    }

    /** Waits until the screen satisfies {@code condition}; returns that screen. */
    String waitFor(String description, Predicate<String> condition, Duration deadline) {
        String[] last = {""};
        try {
            await(description).atMost(deadline).pollInterval(Duration.ofMillis(100)).until(() -> {
                last[0] = screen();
                return condition.test(last[0]);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("timed out waiting for " + description + "; screen was:\n" + last[0], e);
        }
        return last[0];
    }

    String waitForText(String text) {
        return waitFor("\"" + text + "\" on screen", s -> s.contains(text), DEFAULT_WAIT);
    }

    /** Waits for the command to end and returns its exit code. */
    int waitForExit(Duration deadline) {
        String s = waitFor("the program to exit", sc -> sc.contains("[exited "), deadline);
        int i = s.lastIndexOf("[exited ");
        return Integer.parseInt(s.substring(i + 8, s.indexOf(']', i)).trim());
    }

    private String run(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("tmux did not answer: " + cmd);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("tmux failed (" + p.exitValue() + "): " + cmd + "\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run tmux", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            run("kill-server");
        } catch (IllegalStateException ignored) {
            // already gone
        }
    }
}
