package dev.tilik.statements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.findings.FindingEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body sentence no one is said to say that gives a counted figure is read as its outlet's narration of that figure
 * ({@link Statement#narrated}): shown as the outlet's statement, kept out of the folder's passes and of every comparison.
 * Text written for this test.
 */
class NarratedFiguresTest {

    private static void write(Path dir, String name, String outlet, String body) throws Exception {
        String header = "source: " + outlet + "\ndate: 2025-03-03\nlang: id\n\n";
        Files.writeString(dir.resolve(name), header + body + "\n", StandardCharsets.UTF_8);
    }

    private static List<ArticleStatements> analysed(Path dir) throws Exception {
        return PipelineFolders.analyse(dir, Extract.RULES).articles();
    }

    private static final String NARRATION = "Banjir Rendam Desa Wetan\n\nBanjir melanda Desa Wetan sejak Minggu malam.\n"
            + "Hingga Senin sore, tercatat 40 rumah rusak berat dan 12 warga mengungsi.\n"
            + "Kepala BPBD Wetan Rudi Hartono mengatakan hujan turun sejak pagi.";

    @Test
    void aFigureSentenceNoOneSaysIsItsOutletsNarration(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "Warta Wetan", NARRATION);

        List<Statement> statements = analysed(dir).get(0).statements();

        List<Statement> narrated = statements.stream().filter(Statement::narrated).toList();
        assertThat(narrated).hasSize(1);
        Statement n = narrated.get(0);
        assertThat(n.speaker()).isEqualTo("Warta Wetan");
        assertThat(n.party()).isNull();
        assertThat(n.topic()).isNull();
        assertThat(n.cue()).isEqualTo(Statement.NARRATED);
        assertThat(n.numbers()).extracting(NumberMention::value).containsExactly(40.0, 12.0);
        assertThat(statements).as("reading order, the others numbered as without it")
                .extracting(Statement::id).containsExactly("a.txt#1", "a.txt#n1", "a.txt#2");
        assertThat(statements.get(0).narrated()).as("the headline stays the outlet's headline").isFalse();
        assertThat(statements.get(0).outletsOwn()).isTrue();
    }

    @Test
    void aSentenceWithNoCountedFigureOrWithACueIsNoNarration(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "Warta Wetan", "Banjir Rendam Desa Wetan\n\nBanjir melanda Desa Wetan sejak Minggu malam.\n"
                + "Air setinggi pinggang menggenangi jalan desa.\n"
                + "Camat Suryadi menyebut 40 rumah rusak berat.");

        assertThat(analysed(dir).get(0).statements()).noneMatch(Statement::narrated);
    }

    @Test
    void aNarratedFigureIsComparedWithNothing(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "Warta Wetan", NARRATION);
        write(dir, "b.txt", "Kabar Lor", "Rumah Rusak di Wetan\n\n"
                + "Kepala BPBD Wetan Rudi Hartono mengatakan 25 rumah rusak berat akibat banjir.");

        assertThat(new FindingEngine(Extract.RULES).find(analysed(dir)))
                .as("the outlet's 40 houses beside the official's 25: a recap's figure, no source's").isEmpty();
    }
}
