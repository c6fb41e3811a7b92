package dev.tilik.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 11 row 6: a 9 MB piped line is skipped with a word, never held in memory. */
class LineCapTest {
    private static InputStream of(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code n} bytes of 'x' without a buffer of that size. */
    private static InputStream xs(long n) {
        return new InputStream() {
            long left = n;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void ordinaryLinesPassUnchangedAndTheLastNeedsNoNewline() throws IOException {
        String script = "list\nnote é 🙂 \u0000\nquit";
        assertThat(readAll(new LineCap(of(script)))).isEqualTo(script);
    }

    @Test
    void aLineAtTheLimitPassesAndOneByteMoreIsSkipped() throws IOException {
        String atLimit = "x".repeat(LineCap.MAX_BYTES);
        assertThat(readAll(new LineCap(of(atLimit + "\nshow\n")))).isEqualTo(atLimit + "\nshow\n");
        assertThat(readAll(new LineCap(of(atLimit + "y\nshow\n"))))
                .isEqualTo(LineCap.MARKER + (LineCap.MAX_BYTES + 1) + "\nshow\n");
    }

    @Test
    void nineMegabyteLinesBecomeMarkersAndTheNextLinesStillCome() throws IOException {
        InputStream in = new SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                of("list\nnote "), xs(9_000_000), of("\n"), xs(9_000_000), of("\nquit\n"))));
        String read = readAll(new LineCap(in));
        assertThat(read).isEqualTo("list\n" + LineCap.MARKER + 9_000_005 + "\n" + LineCap.MARKER + 9_000_000
                + "\nquit\n");
        assertThat(LineCap.skipped(LineCap.MARKER + 9_000_000)).hasValue(9_000_000);
        assertThat(LineCap.skipped("note 9000000")).isEmpty();
    }
}
