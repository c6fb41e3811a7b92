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

    // Reading the rule files apart from parsing them: the same fingerprint, the same rules, parsed only when asked.

    @Test
    void readingGivesTheFingerprintAndOriginOfTheParsedRules() throws JsonFileException {
        RuleFiles files = RuleFiles.read(dir);
        Rules parsed = RulesLoader.load(dir);

        assertThat(files.fingerprint()).isEqualTo(parsed.fingerprint()).hasSize(64);
        assertThat(files.origin()).isEqualTo(parsed.origin());
        assertThat(RuleFiles.bundled().fingerprint()).isEqualTo(RulesLoader.bundled().fingerprint());
    }

    @Test
    void rulesParsedLaterWaitForTheirFirstUseThenHoldWhatParsingNowGives() throws JsonFileException {
        Rules later = RuleFiles.read(dir).parseLater();

        assertThat(later.parsed()).isFalse();
        assertThat(later.origin()).isEqualTo(dir.toString());
        assertThat(later.fingerprint()).isEqualTo(RuleFiles.read(dir).fingerprint());
        assertThat(later.parsed()).as("origin and fingerprint need no parsing").isFalse();

        Rules now = RulesLoader.load(dir);
        assertThat(later.languageCodes()).isEqualTo(now.languageCodes());
        assertThat(later.parsed()).isTrue();
        assertThat(later.findings()).isEqualTo(now.findings());
        assertThat(later.parties()).isEqualTo(now.parties());
        assertThat(later.forLanguage("id")).isEqualTo(now.forLanguage("id"));
        assertThat(now.parsed()).isTrue();
    }

    @Test
    void aMalformedFileIsReadButRefusedWhenParsedLocated() throws IOException, JsonFileException {
        Files.writeString(dir.resolve("findings.json"), "{\n  \"stanceRules\": [,]\n}");
        RuleFiles files = RuleFiles.read(dir);

        assertThat(files.fingerprint()).isNotEqualTo(RuleFiles.read(Path.of("rules")).fingerprint());
        assertThatThrownBy(files::parse).isInstanceOf(JsonFileException.class).hasMessageStartingWith(
                dir.getFileName() + "/findings.json:2:");
    }

    @Test
    void anUnexpectedFileIsRefusedInItsPlaceInTheOrder() throws IOException {
        Files.writeString(dir.resolve("zz-notes.json"), "{}");
        assertThatThrownBy(() -> RuleFiles.read(dir).parse()).hasMessageContaining("zz-notes.json: unexpected rule file");

        Files.writeString(dir.resolve("en.json"), "{");
        assertThatThrownBy(() -> RuleFiles.read(dir).parse()).as("en.json comes first and is refused first")
                .hasMessageContaining("en.json:");
    }
}
