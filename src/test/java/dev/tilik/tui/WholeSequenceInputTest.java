package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A read that ends inside an escape sequence waits for the rest, so Lanterna's decoder never sees a
 * size reply or an arrow key cut after its first bytes (it would take the Escape key and typed
 * characters). Deterministic: the scripted input makes each next chunk available only after the
 * reader has asked {@code available()} a few times, as bytes arriving a little later would.
 */
class WholeSequenceInputTest {
    /** Chunks handed out one per read; after each, {@code available()} stays 0 for {@code lag} calls. */
    static final class Arrivals extends InputStream {
        private final Deque<byte[]> chunks = new ArrayDeque<>();
        private final int lag;
        private int asked;

        Arrivals(int lag, String... chunks) {
            this.lag = lag;
            for (String c : chunks) {
                this.chunks.add(c.getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            byte[] c = chunks.poll();
            if (c == null) {
                return -1;
            }
            System.arraycopy(c, 0, b, off, c.length);
            asked = 0;
            return c.length;
        }

        @Override
        public int available() {
            return chunks.isEmpty() || ++asked <= lag ? 0 : chunks.peek().length;
        }
    }

    private static String readOnce(InputStream in) throws IOException {
        byte[] b = new byte[64];
        int n = in.read(b, 0, b.length);
        return n < 0 ? null : new String(b, 0, n, StandardCharsets.UTF_8);
    }

    /**
     * Input that comes a few polls later: the wait after a bare ESC is long here, because on a loaded
     * machine three 1 ms pauses can take longer than the real 30 ms (the test failed so, once).
     */
    private static InputStream late(Arrivals arrivals) {
        return new WholeSequenceInput(arrivals, 10_000);
    }

    @Test
    void aSizeReplyCutAfterItsEscapeComesBackWhole() throws IOException {
        InputStream in = late(new Arrivals(3, "\u001b", "[60;", "200R", "n"));
        assertThat(readOnce(in)).isEqualTo("\u001b[60;200R");
        assertThat(readOnce(in)).isEqualTo("n");
    }

    @Test
    void anArrowKeyCutInsideComesBackWhole() throws IOException {
        InputStream in = new WholeSequenceInput(new Arrivals(2, "j\u001b[", "A"));
        assertThat(readOnce(in)).isEqualTo("j\u001b[A");
    }

    @Test
    void aLoneEscapeIsHandedOverAfterTheShortWait() throws IOException {
        InputStream in = new WholeSequenceInput(new Arrivals(Integer.MAX_VALUE, "\u001b", "n"));
        assertThat(readOnce(in)).isEqualTo("\u001b");
        assertThat(readOnce(in)).isEqualTo("n");
    }

    @Test
    void plainKeysAndFinishedSequencesAreNotHeld() throws IOException {
        for (String s : List.of("n", "\u001b[B", "\u001bOP", "\u001b[200~pasted\u001b[201~", "\u001bx")) {
            Arrivals soon = new Arrivals(0, s, "later"); // a wrapper that waited would take "later" too
            assertThat(readOnce(new WholeSequenceInput(soon))).as(s).isEqualTo(s);
        }
    }
}
