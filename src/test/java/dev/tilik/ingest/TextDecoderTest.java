package dev.tilik.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String KALIMAT = "Korsel menyebut “1.500” tentara — Rp43 juta.";

    @Test
    void plainUtf8() throws Exception {
        Decoded d = TextDecoder.decode(KALIMAT.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(KALIMAT);
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        Decoded d = TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, KALIMAT.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo(KALIMAT);
        assertThat(d.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf16WithEitherByteOrderMark() throws Exception {
        Decoded le = TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, KALIMAT.getBytes(StandardCharsets.UTF_16LE)));
        Decoded be = TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, KALIMAT.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(le.text()).isEqualTo(KALIMAT);
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        assertThat(be.text()).isEqualTo(KALIMAT);
        assertThat(be.encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithAWarningAndNoReplacementCharacter() throws Exception {
        byte[] bytes = "Caf\u00e9 \u201cbaru\u201d \u20ac5".getBytes(Cp1252.CHARSET);
        Decoded d = TextDecoder.decode(bytes);
        assertThat(d.text()).isEqualTo("Caf\u00e9 \u201cbaru\u201d \u20ac5");
        assertThat(d.encoding()).isEqualTo("windows-1252");
        assertThat(d.warnings()).containsExactly("not valid UTF-8 (byte offset 3); read as windows-1252");
    }

    @Test
    void bytesWindows1252LeavesUndefinedBecomeVisibleControlsNotU_FFFD() throws Exception {
        Decoded d = TextDecoder.decode(new byte[] {'a', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, (byte) 0x80});
        assertThat(d.text()).isEqualTo("a\u0081\u008d\u008f\u0090\u009d\u20ac").doesNotContain("\uFFFD");
    }

    @Test
    void invalidUtf8AfterAByteOrderMarkSkipsTheMark() throws Exception {
        Decoded d = TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE9});
        assertThat(d.text()).isEqualTo("a\u00e9");
        assertThat(d.warnings()).containsExactly("not valid UTF-8 (byte offset 4); read as windows-1252");
    }

    @Test
    void nulInTheFirst64KiBMeansBinary() {
        byte[] bytes = new byte[70_000];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[65_535] = 0;
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(UndecodableException.class)
                .hasMessage("binary, skipped (NUL byte at offset 65535)");
    }

    @Test
    void nulLaterIsText() throws Exception {
        byte[] bytes = new byte[70_000];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[66_000] = 0;
        assertThat(TextDecoder.decode(bytes).text()).hasSize(70_000);
    }

    @Test
    void emptyAndBomOnlyAreSkippedWithANote() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file, skipped")
                .extracting(e -> ((UndecodableException) e).level()).isEqualTo(Problem.Level.INFO);
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                .hasMessage("empty file (only a byte-order mark), skipped");
    }

    @Test
    void brokenUtf16AndUtf32AreRefused() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 'a'}))
                .isInstanceOf(UndecodableException.class).hasMessageContaining("invalid UTF-16LE");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0}))
                .hasMessage("UTF-32 text is not supported, skipped");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a', 0, 0}))
                .hasMessageStartingWith("binary, skipped");
    }

    /**
     * Random bytes after a UTF-16 byte-order mark decode to characters of every script, and random
     * high bytes to windows-1252 letters: both were read as an article in no language with no
     * statement, nothing said. Now skipped as not text, with why; text in any script is read.
     */
    @Test
    void bytesThatDecodeButAreNoTextAreSkippedSayingWhy() {
        java.util.Random r = new java.util.Random(7);
        StringBuilder random = new StringBuilder();
        while (random.length() < 1500) {
            int c = 0x20 + r.nextInt(0xD800 - 0x20);
            random.append((char) c);
        }
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, random.toString().getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> TextDecoder.decode(utf16)).isInstanceOf(UndecodableException.class)
                .hasMessageStartingWith("not text, skipped (")
                .extracting(e -> ((UndecodableException) e).level()).isEqualTo(Problem.Level.WARNING);
        byte[] high = new byte[3000];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + r.nextInt(0x80));
        }
        assertThatThrownBy(() -> TextDecoder.decode(high)).hasMessage("not text, skipped (100 % of it is outside ASCII"
                + " when read as windows-1252: no text in UTF-8, UTF-16 or windows-1252)");
        byte[] privateUse = "\uE000\uE001\uE002\uE003 ".repeat(10).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextDecoder.decode(privateUse)).hasMessageContaining("private-use");
    }

    @Test
    void textInAnyScriptIsText() throws Exception {
        for (String text : new String[] {
                "北朝鮮は、ロシアへの派兵を否定した。国連大使は「根拠のない噂だ」と述べた。", // Han with kana
                "북한은 러시아 파병을 부인했다. 유엔 대사는 근거 없는 소문이라고 말했다.",
                "Северная Корея отрицает отправку войск в Россию, заявил посол в ООН.",
                "Korut membantah mengirim tentara ke Rusia, kata duta besarnya di PBB. ".repeat(3)}) {
            assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
            assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    text.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo(text);
        }
        byte[] cafe = "Kopi di kafe itu disebut \u201cterbaik\u201d, harganya \u20ac5; caf\u00e9 au lait."
                .getBytes(Cp1252.CHARSET);
        assertThat(TextDecoder.decode(cafe).encoding()).isEqualTo("windows-1252");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static final class Cp1252 {
        static final java.nio.charset.Charset CHARSET = java.nio.charset.Charset.forName("windows-1252");
    }
}
