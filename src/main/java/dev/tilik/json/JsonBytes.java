package dev.tilik.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of a JSON file as text, or a clear refusal: UTF-8 with or without a byte-order mark
 * is read; UTF-16 (a BOM or NUL bytes between ASCII letters), other binary data (NUL bytes) and
 * invalid UTF-8 are refused with what was found and where, instead of a JSON syntax error about
 * the first odd byte.
 */
public final class JsonBytes {
    /** Largest JSON document Tilik reads. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final int SNIFF = 64 * 1024;

    private JsonBytes() {
    }

    /**
     * The bytes of {@code file}, at most {@link #MAX_BYTES}; {@code displayName} is what errors call it.
     * Only a regular file is opened: a FIFO named {@code id.json} would block the open forever. No
     * JSON library is touched, so a caller that only needs the bytes (the rules' fingerprint) loads none.
     */
    public static byte[] read(Path file, String displayName) throws JsonFileException {
        try {
            long size = Files.size(file);
            if (!Files.isRegularFile(file)) {
                throw new JsonFileException(displayName, 0, 0, "not a regular file");
            }
            if (size > MAX_BYTES) {
                throw new JsonFileException(displayName, 0, 0, "file is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new JsonFileException(displayName, 0, 0, "document larger than " + MAX_BYTES + " bytes");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw JsonErrors.unreadable(displayName, e);
        }
    }

    static String text(byte[] bytes, String displayName) throws JsonFileException {
        int from = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            from = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) || looksUtf16(bytes)) {
            throw new JsonFileException(displayName, 0, 0, "the file is UTF-16 text; save it as UTF-8");
        }
        for (int i = from; i < Math.min(bytes.length, SNIFF); i++) {
            if (bytes[i] == 0) {
                throw new JsonFileException(displayName, 0, 0,
                        "binary data (a NUL byte at byte " + i + "), not JSON text");
            }
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        try {
            return strict.decode(in).toString();
        } catch (CharacterCodingException e) {
            return refuse(bytes, from, displayName);
        }
    }

    /** Finds the first byte that is not UTF-8 and names its line and column. */
    private static String refuse(byte[] bytes, int from, String displayName) throws JsonFileException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        strict.decode(in, out, true);
        out.flip();
        int line = 1;
        int col = 1;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        int bad = in.position() < bytes.length ? bytes[in.position()] & 0xFF : 0;
        throw new JsonFileException(displayName, line, col, String.format(java.util.Locale.ROOT,
                "not UTF-8 text (byte 0x%02X); save the file as UTF-8", bad));
    }

    private static boolean looksUtf16(byte[] b) {
        return b.length >= 4 && (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0
                || b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        byte[] p = new byte[prefix.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) prefix[i];
        }
        return b.length >= p.length && java.util.Arrays.equals(b, 0, p.length, p, 0, p.length);
    }
}
