package dev.tilik.cache;

import dev.tilik.text.CharSpan;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The cache payloads' primitives, written and read back: strings as their UTF-16 code units (exact
 * for any Java string, lone surrogates too; null as -1), spans, optional spans, lists of strings.
 * Reading checks every count, length, flag, enum value and span against what the bytes and the
 * text can hold, so a damaged payload fails as an {@link IOException} where it is read.
 */
final class Wire {
    private static final int MAX_STRING = 1 << 24;

    private Wire() {
    }

    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(s.length());
        chars(out, s);
    }

    /** Code units written at a time by {@link #chars}: its buffer's size is bounded, whatever the string's. */
    private static final int CHUNK = 4096;

    /**
     * The bytes {@link DataOutputStream#writeChars} writes (each UTF-16 code unit, high byte first), handed to
     * the stream a chunk at a time: {@code writeChars} makes two single-byte writes per character, each a
     * synchronised call that checks the memory stream's capacity, and the articles' texts go through here.
     */
    static void chars(DataOutputStream out, String s) throws IOException {
        byte[] buf = new byte[2 * Math.min(CHUNK, s.length())];
        for (int from = 0; from < s.length(); from += CHUNK) {
            int to = Math.min(s.length(), from + CHUNK);
            for (int i = from, j = 0; i < to; i++, j += 2) {
                char c = s.charAt(i);
                buf[j] = (byte) (c >>> 8);
                buf[j + 1] = (byte) c;
            }
            out.write(buf, 0, 2 * (to - from));
        }
    }

    static void span(DataOutputStream out, CharSpan s) throws IOException {
        out.writeInt(s.start());
        out.writeInt(s.end());
    }

    static void optionalSpan(DataOutputStream out, CharSpan s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            span(out, s);
        }
    }

    static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    /** Reads the primitives back; spans must end within {@code textLength}. */
    static final class In {
        final ByteBuffer in;
        private int textLength;
        private String where;

        In(ByteBuffer in, int textLength, String where) {
            this.in = in;
            within(textLength, where);
        }

        /** Spans read from now on point into a text of this length (of {@code where}, for messages). */
        In within(int length, String name) {
            this.textLength = length;
            this.where = name;
            return this;
        }

        CharSpan span() throws IOException {
            CharSpan s = new CharSpan(in.getInt(), in.getInt());
            if (s.end() > textLength) {
                throw new IOException("span " + s + " past the end of " + where);
            }
            return s;
        }

        CharSpan optionalSpan() throws IOException {
            return bool() ? span() : null;
        }

        boolean bool() throws IOException {
            byte b = in.get();
            if (b != 0 && b != 1) {
                throw new IOException("bad flag " + b);
            }
            return b == 1;
        }

        /** A list's length: never more than the bytes left could hold. */
        int count() throws IOException {
            int n = in.getInt();
            if (n < 0 || n > in.remaining()) {
                throw new IOException("bad count " + n);
            }
            return n;
        }

        String string() throws IOException {
            int n = in.getInt();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > MAX_STRING || 2L * n > in.remaining()) {
                throw new IOException("bad string length " + n);
            }
            char[] chars = new char[n];
            in.asCharBuffer().get(chars);
            in.position(in.position() + 2 * n);
            return new String(chars);
        }

        /** A string that must be there. */
        String required() throws IOException {
            String s = string();
            if (s == null) {
                throw new IOException("missing string");
            }
            return s;
        }

        List<String> strings() throws IOException {
            int n = count();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(required());
            }
            return out;
        }

        <E> E of(E[] values) throws IOException {
            int ordinal = in.get();
            if (ordinal < 0 || ordinal >= values.length) {
                throw new IOException("bad enum value " + ordinal);
            }
            return values[ordinal];
        }

        void end() throws IOException {
            if (in.hasRemaining()) {
                throw new IOException("bytes after the entry");
            }
        }
    }
}
