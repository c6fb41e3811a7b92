package dev.tilik.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The glossary and the topics keep the file's order: readers take the first entry that fits, and
 * Map.copyOf's order changes from one JVM run to the next, which made the same folder give
 * different proposition labels run to run ("law" met "lawful"'s "sah" or its own "hukum").
 */
class StatementRulesOrderTest {
    @Test
    void theGlossaryIteratesInTheFilesOrder() throws Exception {
        StatementRules en = RulesLoader.load(Path.of("rules")).forLanguage("en").orElseThrow().statements();
        String text = Files.readString(Path.of("rules", "en.json"));
        String glossary = text.substring(text.indexOf("\"glossary\""));
        glossary = glossary.substring(glossary.indexOf('{') + 1, glossary.indexOf('}'));
        List<String> inFile = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]+)\"\\s*:").matcher(glossary);
        while (m.find()) {
            inFile.add(m.group(1));
        }
        assertThat(inFile).hasSizeGreaterThan(10);
        assertThat(new ArrayList<>(en.glossary().keySet())).containsExactlyElementsOf(inFile);
        assertThat(inFile.indexOf("law")).isLessThan(inFile.indexOf("lawful"));
    }
}
