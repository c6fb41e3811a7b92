package dev.tilik.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a file's bytes into text, strictly: UTF-8 (with or without BOM) or UTF-16 with a BOM (without one it
 * is skipped as binary, with the command that converts it);
 * anything else is read as windows-1252 with a warning. Never inserts U+FFFD silently: the
 * fallback maps every byte to a character (the five bytes windows-1252 leaves undefined become
 * the C1 controls of the same value, which the terminal sanitiser shows as {@code <U+0081>}).
 */
public final class TextDecoder {
    /** How far to look for NUL bytes when deciding that a file is binary. */
    public static final int BINARY_PROBE = 64 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] HIGH_1252 = highWindows1252();

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws UndecodableException {
        return decode(bytes, null);
    }

    /**
     * The same for the file {@code name} (null: not known), which a file that looks like UTF-16 text without a
     * byte-order mark is named by in the command that converts it ({@link Utf16Guess}).
     */
    public static Decoded decode(byte[] bytes, String name) throws UndecodableException {
        if (bytes.length == 0) {
            throw new UndecodableException(Problem.Level.INFO, "empty file, skipped");
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new UndecodableException(Problem.Level.WARNING, "UTF-32 text is not supported, skipped");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return utf16(bytes, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return utf16(bytes, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new UndecodableException(Problem.Level.WARNING, Utf16Guess.binary(bytes, i, name));
            }
        }
        int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            String text = strict(StandardCharsets.UTF_8, bytes, skip);
            return new Decoded(text(text, false), "UTF-8", List.of());
        } catch (MalformedInputException e) {
            String text = windows1252(bytes, skip);
            return new Decoded(text(text, true), "windows-1252", List.of(
                    "not valid UTF-8 (byte offset " + (skip + badOffset(bytes, skip)) + "); read as windows-1252"));
        } catch (CharacterCodingException e) {
            throw new UndecodableException(Problem.Level.WARNING, "cannot decode: " + e);
        }
    }

    private static Decoded utf16(byte[] bytes, Charset charset, String name) throws UndecodableException {
        String text;
        try {
            text = strict(charset, bytes, 2);
        } catch (CharacterCodingException e) {
            throw new UndecodableException(Problem.Level.WARNING, "invalid " + name + " text (it starts with a " + name + " byte-order mark), skipped");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new UndecodableException(Problem.Level.WARNING, "binary, skipped (NUL character at " + nul + ")");
        }
        return new Decoded(text(text, false), name, List.of());
    }

    /** {@code text} when it is text ({@link NotText}); {@code fallback}: read as windows-1252. */
    private static String text(String text, boolean fallback) throws UndecodableException {
        notEmpty(text);
        java.util.Optional<String> not = NotText.reason(text, fallback);
        if (not.isPresent()) {
            throw new UndecodableException(Problem.Level.WARNING, "not text, skipped (" + not.get() + ")");
        }
        return text;
    }

    private static String notEmpty(String text) throws UndecodableException {
        if (text.isEmpty()) {
            throw new UndecodableException(Problem.Level.INFO, "empty file (only a byte-order mark), skipped");
        }
        return text;
    }

    private static String strict(Charset charset, byte[] bytes, int skip) throws CharacterCodingException {
        CharsetDecoder d = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = d.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        return out.toString();
    }

    /** Offset (from {@code skip}) of the first byte UTF-8 refuses. */
    private static int badOffset(byte[] bytes, int skip) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        d.decode(in, out, true);
        return in.position() - skip;
    }

    private static String windows1252(byte[] bytes, int skip) {
        char[] chars = new char[bytes.length - skip];
        for (int i = skip; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            chars[i - skip] = b >= 0x80 && b < 0xA0 ? HIGH_1252[b - 0x80] : (char) b;
        }
        return new String(chars);
    }

    /** windows-1252 for 0x80–0x9F from the JDK's own table; undefined bytes keep their C1 value. */
    private static char[] highWindows1252() {
        char[] table = new char[0x20];
        for (int b = 0x80; b < 0xA0; b++) {
            try {
                table[b - 0x80] = strict(WINDOWS_1252, new byte[] {(byte) b}, 0).charAt(0);
            } catch (CharacterCodingException e) {
                table[b - 0x80] = (char) b;
            }
        }
        return table;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
