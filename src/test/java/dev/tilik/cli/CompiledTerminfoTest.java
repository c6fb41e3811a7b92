package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate reads a terminal's compiled terminfo entry without starting {@code infocmp}: on every
 * entry this system holds it decides as {@code infocmp}'s source form does; a hand-made entry with
 * cup, without it and with it cancelled; the search order; damaged files are no answer.
 */
class CompiledTerminfoTest {
    @TempDir
    Path tmp;

    /** A compiled entry (legacy format) with these names and, at cursor_address's place, {@code cup} (null: absent, "@": cancelled). */
    static byte[] entry(String names, String cup) {
        byte[] n = (names + "\0").getBytes(StandardCharsets.ISO_8859_1);
        byte[] table = cup == null || cup.equals("@") ? new byte[0] : (cup + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int strings = 11;
        int bools = 1;
        int pad = (n.length + bools) % 2;
        ByteBuffer b = ByteBuffer.allocate(12 + n.length + bools + pad + 2 * strings + table.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0432).putShort((short) n.length).putShort((short) bools).putShort((short) 0)
                .putShort((short) strings).putShort((short) table.length);
        b.put(n).put((byte) 1);
        if (pad == 1) {
            b.put((byte) 0);
        }
        for (int i = 0; i < strings; i++) {
            b.putShort((short) (i == 10 && cup != null ? (cup.equals("@") ? -2 : 0) : -1));
        }
        b.put(table);
        return b.array();
    }

    @Test
    void aHandMadeEntryWithWithoutAndWithCancelledCup() throws IOException {
        Path dir = tmp.resolve("db");
        Files.createDirectories(dir.resolve("g"));
        Files.createDirectories(dir.resolve("70"));
        Files.write(dir.resolve("g").resolve("glass-cup"), entry("glass-cup|a glass tty", "\u001b[%i%p1%d;%p2%dH"));
        Files.write(dir.resolve("g").resolve("glass"), entry("glass|a glass tty", null));
        Files.write(dir.resolve("70").resolve("paper"), entry("paper|cancelled", "@"));
        Files.write(dir.resolve("g").resolve("garbage"), "not terminfo".getBytes(StandardCharsets.UTF_8));

        String cup = CompiledTerminfo.describe("glass-cup", List.of(dir));
        assertThat(cup).startsWith("glass-cup|a glass tty,").contains("cup=\\E[%i%p1%d;%p2%dH,");
        assertThat(ReaderGate.of(true, "glass-cup", t -> CompiledTerminfo.describe(t, List.of(dir)))).isEqualTo(ReaderGate.OPEN);
        assertThat(ReaderGate.of(true, "glass", t -> CompiledTerminfo.describe(t, List.of(dir)))).isEqualTo(ReaderGate.DUMB);
        assertThat(ReaderGate.of(true, "paper", t -> CompiledTerminfo.describe(t, List.of(dir)))).isEqualTo(ReaderGate.DUMB);
        assertThat(CompiledTerminfo.describe("garbage", List.of(dir))).isNull();
        assertThat(CompiledTerminfo.describe("missing", List.of(dir))).isNull();
        assertThat(CompiledTerminfo.describe("../g/glass", List.of(dir))).isNull();
        assertThat(CompiledTerminfo.parse(java.util.Arrays.copyOf(entry("glass-cup", "\u001b[H"), 20))).isNull();
    }

    @Test
    void theSearchGoesTerminfoHomeDirsThenTheSystemFolders() {
        assertThat(CompiledTerminfo.dirs(Map.of("TERMINFO", "/t", "HOME", "/h", "TERMINFO_DIRS", "/a::/b")))
                .containsExactly(Path.of("/t"), Path.of("/h/.terminfo"), Path.of("/a"), Path.of("/b"),
                        Path.of("/etc/terminfo"), Path.of("/lib/terminfo"), Path.of("/usr/share/terminfo"));
    }

    @Test
    void everyEntryOnThisSystemDecidesAsInfocmpsSourceForm() throws Exception {
        List<Path> dirs = List.of(Path.of("/lib/terminfo"), Path.of("/usr/share/terminfo"));
        int compared = 0;
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir, 2)) {
                files = s.filter(Files::isRegularFile).limit(60).toList();
            }
            for (Path f : files) {
                String term = f.getFileName().toString();
                String source;
                try {
                    source = InfoCmp.getInfoCmp(term);
                } catch (IOException e) {
                    continue; // no infocmp here, or it does not know the entry
                }
                String compiled = CompiledTerminfo.describe(term, dirs);
                assertThat(compiled).as(term).isNotNull();
                assertThat(ReaderGate.addressesCursor(compiled)).as(term).isEqualTo(ReaderGate.addressesCursor(source));
                compared++;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(compared > 0, "no terminfo database or infocmp on this machine");
    }
}
