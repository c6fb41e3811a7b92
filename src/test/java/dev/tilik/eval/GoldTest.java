package dev.tilik.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.json.JsonFileException;
import dev.tilik.model.FindingType;
import dev.tilik.model.Stance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldTest {
    static final Path SEEDS = Path.of("src/test/resources/gold/seeds.json");

    @Test
    void readsTheSeedFile() throws Exception {
        Gold gold = Gold.load(SEEDS);

        assertThat(gold.articles()).containsOnlyKeys("000_e66589b7fd0713d1.txt", "003_9885e51dfbb98028.txt");
        assertThat(gold.statementCount()).isEqualTo(22);
        assertThat(gold.must()).extracting(GoldMust::id).containsExactly("F1", "F2", "F3", "F4", "F5");
        assertThat(gold.shouldNot()).extracting(GoldShouldNot::id).containsExactly("N1", "N2", "N3", "N4");
        assertThat(gold.statement("B2")).get().extracting(GoldStatement::stance).isEqualTo(Stance.CONDITIONAL);
        assertThat(gold.statement("A4").orElseThrow().numbers()).singleElement()
                .satisfies(n -> assertThat(n.value()).isEqualTo("1500"));
        assertThat(gold.fileOf("B8")).contains("003_9885e51dfbb98028.txt");
        assertThat(gold.shouldNot().get(1).exceptTypes()).containsExactly(FindingType.NUMERIC);
        assertThat(gold.articles().get("003_9885e51dfbb98028.txt").dates()).singleElement()
                .satisfies(d -> assertThat(d.weekdayOk()).isFalse());
    }

    @Test
    void parsesEveryKindOfReference() throws Exception {
        Gold gold = Gold.load(SEEDS);

        assertThat(gold.must().get(4).groups().get(0)).containsExactly(
                new GoldRef.TextRef("003_9885e51dfbb98028.txt", "Jumat (24/10)"));
        assertThat(gold.shouldNot().get(3).groups()).containsExactly(
                java.util.List.of(new GoldRef.Boilerplate()), java.util.List.of(new GoldRef.Any()));
        assertThat(gold.must().get(0).groups().get(1)).containsExactly(
                new GoldRef.StatementRef("B2"), new GoldRef.StatementRef("B1"));
    }

    @Test
    void refusesAFindingNamingAnUnknownStatement(@TempDir Path dir) throws Exception {
        Path f = write(dir, """
                {"articles": {"a.txt": {"statements": [{"id": "A1", "match": "x"}]}},
                 "must": [{"id": "F1", "kind": "deny_vs_assert", "between": [["A1"], ["A9"]]}]}
                """);

        assertThatThrownBy(() -> Gold.load(f)).isInstanceOf(JsonFileException.class)
                .hasMessageContaining("gold.json:").hasMessageContaining("unknown statement id \"A9\"");
    }

    @Test
    void refusesAnUnknownKindWithItsLocation(@TempDir Path dir) throws Exception {
        Path f = write(dir, """
                {"articles": {},
                 "must": [{"id": "F1", "kind": "deny_vs_nothing", "between": [["*"]]}]}
                """);

        assertThatThrownBy(() -> Gold.load(f)).isInstanceOf(JsonFileException.class)
                .hasMessageMatching("(?s).*gold\\.json:2:\\d+: .*kind.*expected one of deny_vs_assert.*");
    }

    @Test
    void refusesDuplicateStatementIds(@TempDir Path dir) throws Exception {
        Path f = write(dir, """
                {"articles": {"a.txt": {"statements": [{"id": "A1", "match": "x"}]},
                              "b.txt": {"statements": [{"id": "A1", "match": "y"}]}}}
                """);

        assertThatThrownBy(() -> Gold.load(f)).hasMessageContaining("A1 appears twice");
    }

    /**
     * A reference the gold cannot resolve is refused where it stands, not past the end of the file where the binding
     * was when it checked (a statement id unknown in a must said line 4695 of a file of 4694 lines).
     */
    @Test
    void refusesAnUnknownIdOrADuplicateWhereItStands(@TempDir Path dir) throws Exception {
        Path unknown = write(dir, """
                {"articles": {"001_kabar_id.txt": {"statements": [{"id": "A1", "match": "x"}]}},
                 "must": [{"id": "F1", "kind": "deny_vs_assert",
                           "between": [["A1"],
                                       ["A9"]]}]}
                """);
        assertThatThrownBy(() -> Gold.load(unknown)).isInstanceOf(JsonFileException.class)
                .hasMessageContaining("gold.json:4:25: must[0].between[1][0]: unknown statement id \"A9\" (in F1)");

        Path twice = write(dir, """
                {"articles": {"001_kabar_id.txt": {"statements": [{"id": "A1", "match": "x"}]},
                              "002_warta_id.txt": {"statements": [{"id": "A2", "match": "y"},
                                                                  {"id": "A1", "match": "z"}]}}}
                """);
        assertThatThrownBy(() -> Gold.load(twice)).isInstanceOf(JsonFileException.class)
                .hasMessageContaining("gold.json:3:58: articles.002_warta_id.txt.statements[1].id: statement id A1 appears twice");
    }

    private static Path write(Path dir, String json) throws Exception {
        Path f = dir.resolve("gold.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }
}
