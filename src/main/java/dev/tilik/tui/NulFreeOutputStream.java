package dev.tilik.tui;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream Lanterna draws on, without NUL bytes. Lanterna 3.1.5 encodes each character with
 * {@code charset.encode(…).array()}, which hands back the encoder's whole buffer: every character
 * of two UTF-8 bytes ({@code ·}, {@code «}, {@code »}, a no-break space, {@code é}) reaches the
 * terminal followed by a NUL. Tilik itself never writes a NUL (text passes the sanitiser, and no
 * escape sequence or UTF-8 sequence holds one), so every NUL here is that padding and is dropped.
 */
final class NulFreeOutputStream extends FilterOutputStream {
    NulFreeOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if ((b & 0xFF) != 0) {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int run = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] == 0) {
                if (i > run) {
                    out.write(b, run, i - run);
                }
                run = i + 1;
            }
        }
        if (end > run) {
            out.write(b, run, end - run);
        }
    }
}
