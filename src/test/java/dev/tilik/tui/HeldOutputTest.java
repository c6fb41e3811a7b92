package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A frame reaches the terminal in one write; bytes outside a frame pass at once. */
class HeldOutputTest {
    /** Records each write it gets, as a tty would see them. */
    private static final class Writes extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int writes;
        int flushes;

        @Override
        public void write(int b) {
            writes++;
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes++;
            bytes.write(b, off, len);
        }

        @Override
        public void flush() {
            flushes++;
        }
    }

    @Test
    void aHeldFrameIsOneWriteAndFlush() throws IOException {
        Writes tty = new Writes();
        HeldOutput out = new HeldOutput(tty);
        out.write("\u001b[6n".getBytes(StandardCharsets.US_ASCII));
        assertThat(tty.writes).as("a size query outside a frame goes at once").isEqualTo(1);
        out.hold();
        for (char c : "Finding 2/3 · Kim membantah".toCharArray()) {
            out.write(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        out.write('!');
        assertThat(tty.writes).as("nothing reaches the tty while the frame is drawn").isEqualTo(1);
        out.release();
        assertThat(tty.writes).isEqualTo(2);
        assertThat(tty.flushes).isEqualTo(1);
        assertThat(tty.bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\u001b[6nFinding 2/3 · Kim membantah!");
        out.release();
        assertThat(tty.writes).as("an empty frame writes nothing").isEqualTo(2);
    }
}
