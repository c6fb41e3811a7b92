package dev.tilik.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.text.Columns;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * At 80 columns the shell's list and show cut words in two at the terminal's edge
 * ("Perserikatan B" / "angsa-Bangsa"): lines are wrapped at spaces now, continuation under the text.
 */
class ShellOutputTest {
    private static final String ITEM = "  1. [high] deny vs conditional: North Korea: Perwakilan Korut di Perserikatan "
            + "Bangsa-Bangsa (PBB) denies it, Kim Jong Gyu answers with a conditional (troop deployment) (divergence, note)";

    @Test
    void aListItemWrapsAtSpacesUnderItsText() {
        List<String> lines = ShellOutput.wrap(ITEM, 80);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(Columns.width(l)).isLessThan(80));
        assertThat(lines.get(0)).startsWith("  1. [high] deny vs conditional");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("     ").doesNotStartWith("      "));
        assertThat(String.join(" ", lines.stream().map(String::strip).toList())).isEqualTo(ITEM.strip());
        assertThat(lines).noneMatch(l -> l.endsWith("B") || l.strip().startsWith("angsa"));
    }

    @Test
    void aStatementLineKeepsItsIndentAndWideTextIsMeasuredByColumns() {
        String quoted = "      " + "北朝鮮の声明 ".repeat(12) + "😀 selesai";
        List<String> lines = ShellOutput.wrap(quoted, 40);
        assertThat(lines).allSatisfy(l -> {
            assertThat(Columns.width(l)).isLessThan(40);
            assertThat(l).startsWith("      ");
        });
        assertThat(ShellOutput.wrap("  [2] B 003_x.txt · " + "kata ".repeat(20), 40).get(1)).startsWith("      kata");
    }

    @Test
    void aLineThatFitsANarrowTerminalOrAnUnknownWidthIsLeftAsItIs() {
        assertThat(ShellOutput.wrap("Verdict: unreviewed", 80)).containsExactly("Verdict: unreviewed");
        assertThat(ShellOutput.wrap(ITEM, 0)).containsExactly(ITEM);
        assertThat(ShellOutput.wrap(ITEM, ShellOutput.MIN_WIDTH - 1)).containsExactly(ITEM);
    }

    @Test
    void printlnWrapsAtTheWidthAskedOnEachLine() {
        StringWriter sink = new StringWriter();
        int[] width = {80};
        ShellOutput out = new ShellOutput(sink, () -> width[0]);
        out.println(ITEM);
        width[0] = 200;
        out.println(ITEM);
        out.flush();
        String[] printed = sink.toString().split("\\R");
        assertThat(printed).hasSizeGreaterThan(2);
        assertThat(printed[printed.length - 1]).isEqualTo(ITEM);
    }
}
