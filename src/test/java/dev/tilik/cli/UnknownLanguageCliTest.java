package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.analysis.Analyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article in a language Tilik has no profile and no rules for is named, not read as a quiet one. */
class UnknownLanguageCliTest {
    @Test
    void anArticleInALanguageWithoutProfileOrRulesIsNamedWithTheLanguagesTheRulesCover(@TempDir Path folder)
            throws Exception {
        Files.writeString(folder.resolve("001_paris.txt"), "Le gouvernement a annoncé mardi que les inondations"
                + " avaient fait douze morts dans la région, selon le ministère de l'Intérieur. Les habitants"
                + " de la vallée ont été évacués pendant la nuit, et les secours restent mobilisés jusqu'à"
                + " la fin de la semaine, a déclaré le préfet lors d'une conférence de presse.\n");
        CliRun run = CliRun.run(new Analyzer(), "check", folder.toString(), "--rules", "rules", "--no-cache");

        assertThat(run.out() + run.err()).contains("001_paris.txt")
                .contains("written in \"fra\", and the rules have no fra.json")
                .contains("languages en, id").contains("no statements read");
    }
}
