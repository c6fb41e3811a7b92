package dev.tilik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.json.JsonFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files the loader must refuse clearly, located (issue 11 row 3 and "also seen"). */
class RulesLoaderTest {
    @TempDir
    Path dir;

    @BeforeEach
    void copyTheRules() throws IOException {
        for (String name : new String[] {"id.json", "en.json", "findings.json", "parties.json"}) {
            Files.copy(Path.of("rules", name), dir.resolve(name));
        }
    }

    @Test
    void theProjectRulesLoad() throws JsonFileException {
        assertThat(RulesLoader.load(dir).languageCodes()).contains("id", "en");
    }

    @Test
    void anEmptyAliasIsRefusedWithItsPlace() throws IOException {
        String parties = Files.readString(dir.resolve("parties.json"));
        int at = parties.indexOf("\"aliases\"");
        int open = parties.indexOf('[', at);
        Files.writeString(dir.resolve("parties.json"), parties.substring(0, open + 1) + "\"\", "
                + parties.substring(open + 1));
        assertThatThrownBy(() -> RulesLoader.load(dir)).isInstanceOf(JsonFileException.class)
                .satisfies(e -> assertThat(((JsonFileException) e).line()).isPositive())
                .hasMessageMatching(".*parties\\.json:\\d+:\\d+: .*aliases\\[0\\]: expected a name, found an empty alias.*");
    }

    @Test
    void aBlankAliasIsRefusedToo() throws IOException {
        Files.writeString(dir.resolve("parties.json"), "{\"parties\": {\"X\": {\"name\": \"X\", \"aliases\": [\"a\", \"  \"]}}}");
        assertThatThrownBy(() -> RulesLoader.load(dir)).hasMessageContaining("aliases[1]: expected a name");
    }

    @Test
    void aByteOrderMarkIsRead() throws IOException, JsonFileException {
        byte[] json = Files.readAllBytes(dir.resolve("findings.json"));
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Files.write(dir.resolve("findings.json"), withBom);
        assertThat(RulesLoader.load(dir).findings()).isEqualTo(RulesLoader.load(Path.of("rules")).findings());
    }

    @Test
    void utf16IsNamed() throws IOException {
        String json = Files.readString(dir.resolve("parties.json"));
        Files.write(dir.resolve("parties.json"), json.getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> RulesLoader.load(dir)).hasMessageContaining("parties.json: the file is UTF-16 text");
        Files.write(dir.resolve("parties.json"), json.getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> RulesLoader.load(dir)).hasMessageContaining("parties.json: the file is UTF-16 text");
    }

    @Test
    void binaryAndNonUtf8AreNamed() throws IOException {
        Files.write(dir.resolve("parties.json"), new byte[] {'{', 0, 1, 2, '}'});
        assertThatThrownBy(() -> RulesLoader.load(dir)).hasMessageContaining("binary data (a NUL byte at byte 1)");
        Files.write(dir.resolve("parties.json"), "{\n  \"parties\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> RulesLoader.load(dir)).hasMessageContaining("parties.json:2:18: not UTF-8 text (byte 0xE9)");
    }
}
