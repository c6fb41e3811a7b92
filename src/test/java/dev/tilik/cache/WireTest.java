package dev.tilik.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WireTest {
    /** The bytes {@code write} puts on a fresh stream. */
    private interface Writing {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writing w) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            w.write(out);
        }
        return b.toByteArray();
    }

    /** A string of {@code n} code units: ASCII, Latin, CJK, emoji halves, lone surrogates, controls. */
    private static String random(Random r, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(5)) {
                case 0 -> s.append((char) (' ' + r.nextInt(95)));
                case 1 -> s.append((char) r.nextInt(0x100));
                case 2 -> s.append((char) (0x4E00 + r.nextInt(0x5000)));
                case 3 -> s.append((char) (0xD800 + r.nextInt(0x800))); // a surrogate, paired or not
                default -> s.append((char) r.nextInt(0x10000));
            }
        }
        return s.toString();
    }

    @Test
    void aStringIsWrittenAsWriteCharsWritesIt() throws IOException {
        Random r = new Random(14);
        int[] lengths = {0, 1, 2, 4095, 4096, 4097, 8192, 8193, 20_000};
        for (int n : lengths) {
            for (int round = 0; round < 20; round++) {
                String s = random(r, n);
                assertArrayEquals(bytes(out -> {
                    out.writeInt(s.length());
                    out.writeChars(s);
                }), bytes(out -> Wire.string(out, s)), "length " + n);
                assertArrayEquals(bytes(out -> out.writeChars(s)), bytes(out -> Wire.chars(out, s)), "length " + n);
            }
        }
        for (int round = 0; round < 2_000; round++) {
            String s = random(r, r.nextInt(300));
            assertArrayEquals(bytes(out -> out.writeChars(s)), bytes(out -> Wire.chars(out, s)));
        }
        assertArrayEquals(bytes(out -> out.writeInt(-1)), bytes(out -> Wire.string(out, null)));
    }
}
