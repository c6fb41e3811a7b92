package dev.tilik.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** The real reader runtime on Lanterna's virtual terminal, driven by keys, read back as text. */
final class VirtualRun implements AutoCloseable {
    static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final Map<String, KeyType> NAMED = Map.ofEntries(Map.entry("Enter", KeyType.Enter),
            Map.entry("Esc", KeyType.Escape), Map.entry("Tab", KeyType.Tab), Map.entry("BackTab", KeyType.ReverseTab),
            Map.entry("Backspace", KeyType.Backspace), Map.entry("Up", KeyType.ArrowUp),
            Map.entry("Down", KeyType.ArrowDown), Map.entry("Left", KeyType.ArrowLeft),
            Map.entry("Right", KeyType.ArrowRight), Map.entry("PgUp", KeyType.PageUp),
            Map.entry("PgDn", KeyType.PageDown), Map.entry("Home", KeyType.Home), Map.entry("End", KeyType.End));

    final DefaultVirtualTerminal terminal;
    final TuiApp app;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    VirtualRun(int width, int height, Backend backend) throws IOException {
        this(width, height, backend, new TuiOptions(false, null));
    }

    VirtualRun(int width, int height, Backend backend, TuiOptions options) throws IOException {
        this(new DefaultVirtualTerminal(new TerminalSize(width, height)), backend, options);
    }

    VirtualRun(DefaultVirtualTerminal terminal, Backend backend, TuiOptions options) throws IOException {
        this(terminal, new TerminalScreen(terminal), backend, options);
    }

    /** On {@code screen}, a screen of {@code terminal}. */
    VirtualRun(DefaultVirtualTerminal terminal, TerminalScreen screen, Backend backend, TuiOptions options) {
        this.terminal = terminal;
        app = new TuiApp(screen, terminal, backend, options, Suspender.NONE);
        thread = new Thread(() -> {
            try {
                app.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "tilik-test-ui");
        thread.setDaemon(true);
        thread.start();
    }

    /** Presses keys by name: "n", "Enter", "Ctrl-C"; a longer plain string is typed character by character. */
    VirtualRun press(String... keys) {
        for (String k : keys) {
            if (NAMED.containsKey(k)) {
                terminal.addInput(new KeyStroke(NAMED.get(k)));
            } else if (k.startsWith("Ctrl-") && k.length() == 6) {
                terminal.addInput(new KeyStroke(Character.toLowerCase(k.charAt(5)), true, false));
            } else {
                k.chars().forEach(c -> terminal.addInput(new KeyStroke((char) c, false, false)));
            }
        }
        return this;
    }

    /** Waits until the state satisfies {@code condition}, or fails with the screen. */
    VirtualRun await(String what, Predicate<AppState> condition) throws InterruptedException {
        if (!app.await(condition, DEADLINE)) {
            throw new AssertionError("timed out waiting for " + what + "\n" + screen() + failureText());
        }
        return this;
    }

    /** Waits until the screen shows {@code text}. */
    VirtualRun awaitText(String text) throws InterruptedException {
        return await("screen to show \"" + text + "\"", s -> screen().contains(text));
    }

    /** The whole screen as text, one line per row, wide characters once. */
    String screen() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < size.getRows(); y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = terminal.getCharacter(x, y);
                row.append(c.getCharacterString());
                if (c.isDoubleWidth()) {
                    x++;
                }
            }
            sb.append(row.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    boolean finished() {
        return !thread.isAlive();
    }

    VirtualRun awaitExit() throws InterruptedException {
        thread.join(DEADLINE.toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("the app did not exit\n" + screen());
        }
        return this;
    }

    Throwable failure() {
        return failure.get();
    }

    private String failureText() {
        return failure.get() == null ? "" : "\napp failed: " + failure.get();
    }

    @Override
    public void close() throws InterruptedException {
        if (thread.isAlive()) {
            press("Ctrl-C");
            thread.join(DEADLINE.toMillis());
        }
    }
}
