package dev.tilik.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KeysDocTest {
    private static final Path DOC = Path.of("docs", "keys.md");

    @Test
    void docsKeysMdIsGeneratedFromTheKeyTable() throws Exception {
        String expected = KeysDoc.markdown(KeyTable.defaults());
        if (Boolean.getBoolean("tilik.updateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as("docs/keys.md missing: run mvn test -Dtilik.updateDocs=true").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/keys.md is stale: run mvn test -Dtest=KeysDocTest -Dtilik.updateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void everyReaderActionHasAKeyAndTheDocNamesIt() {
        String doc = KeysDoc.markdown(KeyTable.defaults());
        for (Action a : Action.values()) {
            assertThat(KeyTable.defaults().bindings()).as(a.id()).anyMatch(b -> b.action() == a);
            assertThat(doc).contains("`" + a.id() + "`");
        }
    }

    @Test
    void noTwoRowsOfOneModeShareAKeyUnlessTheFirstIsMeantToWin() {
        KeyTable t = KeyTable.defaults();
        for (Mode m : Mode.values()) {
            java.util.Map<Key, Action> seen = new java.util.HashMap<>();
            for (Binding b : t.bindings()) {
                if (!b.modes().contains(m)) {
                    continue;
                }
                for (Key k : b.keys()) {
                    Action before = seen.putIfAbsent(k, b.action());
                    boolean allowed = before == null || (m == Mode.SEARCH_RESULTS && k.name().equals("n"));
                    assertThat(allowed).as("%s in %s: %s and %s", k, m, before, b.action()).isTrue();
                }
            }
        }
    }
}
