package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The key thread blocks in the terminal's read (no polling delay, no wake-ups while idle), and the
 * terminal still finds its size after a resize: Lanterna asks the size with a cursor-position
 * query ({@code ESC[6n}) whose reply arrives on the same input the key thread is blocked on. Here
 * a fake tty answers every query with its current size, as a real terminal does.
 */
class KeyReadTest {
    /** Long enough for a shared machine at a load of thirty or more (a run once missed ten seconds there); a pass never waits it. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /** A tty seen from the program: keys typed into {@link #in}, size queries answered from {@link #size}. */
    static final class FakeTty {
        private final BlockingQueue<Integer> typed = new LinkedBlockingQueue<>();
        volatile int columns;
        volatile int rows;
        final InputStream in = new InputStream() {
            @Override
            public int read() throws java.io.IOException {
                try {
                    return typed.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                if (len == 0) {
                    return 0;
                }
                b[off] = (byte) read();
                int n = 1;
                Integer next;
                while (n < len && (next = typed.poll()) != null) {
                    b[off + n++] = next.byteValue();
                }
                return n;
            }

            @Override
            public int available() {
                return typed.size();
            }
        };
        final OutputStream out = new OutputStream() {
            private final ByteArrayOutputStream tail = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                tail.write(b);
                byte[] t = tail.toByteArray();
                if (t.length >= 4 && Arrays.equals(Arrays.copyOfRange(t, t.length - 4, t.length), QUERY)) {
                    type("\u001b[" + rows + ";" + columns + "R");
                    tail.reset();
                } else if (t.length > 64) {
                    tail.reset();
                    tail.write(t, t.length - 3, 3);
                }
            }
        };
        private static final byte[] QUERY = "\u001b[6n".getBytes(StandardCharsets.US_ASCII);

        FakeTty(int columns, int rows) {
            this.columns = columns;
            this.rows = rows;
        }

        void type(String s) {
            for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
                typed.add(b & 0xFF);
            }
        }
    }

    @Test
    void keysAreReadBlockingAndAResizeIsStillSeen() throws Exception {
        FakeTty tty = new FakeTty(100, 30);
        // As TuiRunner reads System.in: escape sequences whole (the fake types a reply one byte at a time).
        ANSITerminal terminal = new ANSITerminal(new WholeSequenceInput(tty.in), tty.out, StandardCharsets.UTF_8) {
        };
        TuiApp app = new TuiApp(new TerminalScreen(terminal), terminal, new FixtureBackend(), new TuiOptions(false, null),
                Suspender.NONE);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread ui = new Thread(() -> {
            try {
                app.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "key-read-test-ui");
        ui.setDaemon(true);
        ui.start();
        assertThat(app.await(s -> s.isLoaded() && s.width() == 100 && s.height() == 30, DEADLINE)).isTrue();

        await("the key thread waiting in the terminal's read, without a timeout").atMost(DEADLINE)
                .until(KeyReadTest::keyThreadBlockedInRead);

        tty.type("n");
        assertThat(app.await(s -> Findings.index(s) == 1, DEADLINE)).as("a key while blocked").isTrue();

        // What the SIGWINCH handler does: ask the terminal its size, from a thread of its own.
        tty.columns = 200;
        tty.rows = 60;
        Thread winch = new Thread(() -> {
            try {
                terminal.getTerminalSize();
            } catch (java.io.IOException e) {
                failure.set(e);
            }
        }, "fake-SIGWINCH");
        winch.start();
        assertThat(app.await(s -> s.width() == 200 && s.height() == 60, DEADLINE))
                .as("the new size, answered through the blocked key thread").isTrue();
        winch.join(DEADLINE.toMillis());

        tty.type("n");
        assertThat(app.await(s -> Findings.index(s) == 2 && s.width() == 200, DEADLINE)).as("keys after the resize").isTrue();
        tty.type("\u0003"); // Ctrl-C: quit with a save
        ui.join(DEADLINE.toMillis());
        assertThat(ui.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
    }

    /** A polling key thread sleeps with a timeout between polls and is never found waiting inside the read. */
    private static boolean keyThreadBlockedInRead() {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(e -> e.getKey().getName().equals("tilik-keys")
                && e.getKey().getState() == Thread.State.WAITING
                && Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith(KeyReadTest.class.getName())
                        && f.getMethodName().equals("read")));
    }
}
