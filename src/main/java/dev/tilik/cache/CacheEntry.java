package dev.tilik.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * The envelope of one cache file: a magic number, the payload format, the full key it was written
 * under (build, rules, file name, content hash), the payload, and a CRC-32 of all of it. Reading
 * tells apart a file that is not Tilik's, one from another format, build or rules, and a damaged one;
 * each is only a miss to the caller.
 */
final class CacheEntry {
    /** "TLKC". */
    static final int MAGIC = 0x544C4B43;

    /** Why a file was not used. */
    enum Verdict { FOREIGN, OTHER_FORMAT, STALE, CORRUPT }

    /** Thrown for a file that cannot serve the key asked. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        final Verdict verdict;

        Rejected(Verdict verdict, String why) {
            super(verdict.name().toLowerCase(java.util.Locale.ROOT) + ": " + why, null, false, false);
            this.verdict = verdict;
        }
    }

    private CacheEntry() {
    }

    /** An article entry ({@link ArticleCodec#FORMAT}). */
    static byte[] wrap(String key, byte[] payload) {
        return wrap(key, ArticleCodec.FORMAT, payload);
    }

    static byte[] wrap(String key, int format, byte[] payload) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 2 * key.length() + 32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(format);
            out.writeInt(key.length());
            Wire.chars(out, key);
            out.writeInt(payload.length);
            out.write(payload);
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** The payload of an article entry's bytes when they were written under {@code key}. */
    static byte[] unwrap(String key, byte[] file) throws Rejected {
        return unwrap(key, ArticleCodec.FORMAT, file);
    }

    /** The payload of {@code file}'s bytes when they were written in {@code expected} format under {@code key}. */
    static byte[] unwrap(String key, int expected, byte[] file) throws Rejected {
        ByteBuffer in = ByteBuffer.wrap(file);
        try {
            if (file.length < 4 || in.getInt() != MAGIC) {
                throw new Rejected(Verdict.FOREIGN, "not a Tilik cache entry");
            }
            int format = in.getInt();
            if (format != expected) {
                throw new Rejected(Verdict.OTHER_FORMAT, "format " + format + ", expected " + expected);
            }
            int n = in.getInt();
            if (n < 0 || 2L * n > in.remaining()) {
                throw new Rejected(Verdict.CORRUPT, "bad key length " + n);
            }
            char[] chars = new char[n];
            in.asCharBuffer().get(chars);
            in.position(in.position() + 2 * n);
            int length = in.getInt();
            if (length < 0 || length != in.remaining() - Long.BYTES) {
                throw new Rejected(Verdict.CORRUPT, "payload of " + length + " bytes in a file of " + file.length);
            }
            int payloadAt = in.position();
            in.position(payloadAt + length);
            CRC32 crc = new CRC32();
            crc.update(file, 0, payloadAt + length);
            if (in.getLong() != crc.getValue()) {
                throw new Rejected(Verdict.CORRUPT, "checksum differs");
            }
            if (!key.equals(new String(chars))) {
                throw new Rejected(Verdict.STALE, "written under another build, rules or article");
            }
            byte[] payload = new byte[length];
            System.arraycopy(file, payloadAt, payload, 0, length);
            return payload;
        } catch (BufferUnderflowException e) {
            throw new Rejected(Verdict.CORRUPT, "cut short (" + file.length + " bytes)");
        }
    }
}
