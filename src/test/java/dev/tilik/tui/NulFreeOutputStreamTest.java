package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 11, also seen: a NUL byte after {@code ·}, {@code «}, {@code »} and no-break spaces in the reader. */
class NulFreeOutputStreamTest {
    private static final String TEXT = "a\u00B7b\u00AB\u00BB\u00A0\u00E9\u4E2D\u2502";

    /** What Lanterna's own character writer sends for {@link #TEXT} to {@code out}. */
    private static void draw(OutputStream out) throws IOException {
        ANSITerminal t = new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) {
        };
        for (char c : TEXT.toCharArray()) {
            t.putCharacter(c);
        }
        t.flush();
    }

    @Test
    void lanternaPadsTwoByteCharactersWithANul() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        draw(raw);
        assertThat(raw.toByteArray()).contains((byte) 0); // the Lanterna 3.1.5 bug this stream is for
    }

    @Test
    void throughTheFilterTheTerminalGetsExactlyTheUtf8() throws IOException {
        ByteArrayOutputStream clean = new ByteArrayOutputStream();
        draw(new NulFreeOutputStream(clean));
        assertThat(clean.toByteArray()).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void singleBytesAndRunsAreFilteredAlike() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream f = new NulFreeOutputStream(out)) {
            f.write(0);
            f.write('x');
            f.write(new byte[] {0, 'a', 0, 0, 'b', 0}, 0, 6);
            f.write(new byte[] {'c', 0, 'd'}, 1, 2);
        }
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("xabd");
    }
}
