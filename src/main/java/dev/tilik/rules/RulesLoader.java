package dev.tilik.rules;

import dev.tilik.json.JsonFileException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the rule folder: {@code <lang>.json} per language (two lowercase letters), plus the shared
 * {@code parties.json} and {@code findings.json}. Every error names file, line, column and what
 * was expected. The jar carries a copy of the project's {@code rules/} for use anywhere. Reading
 * and parsing are separate steps ({@link RuleFiles}); the methods here do both.
 */
public final class RulesLoader {
    private RulesLoader() {
    }

    /** Loads a rules folder. */
    public static Rules load(Path dir) throws JsonFileException {
        return RuleFiles.read(dir).parse();
    }

    /** Loads the rules the jar carries. */
    public static Rules bundled() throws JsonFileException {
        return RuleFiles.bundled().parse();
    }

    /** The folder if given, else {@code ./rules} when it exists, else the bundled copy. */
    public static Rules loadDefault(Path explicit) throws JsonFileException {
        return readDefault(explicit).parse();
    }

    /** As {@link #loadDefault}, read and fingerprinted but not parsed. */
    public static RuleFiles readDefault(Path explicit) throws JsonFileException {
        if (explicit != null) {
            return RuleFiles.read(explicit);
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(local) && Files.exists(local.resolve("id.json"))) {
            return RuleFiles.read(local);
        }
        return RuleFiles.bundled();
    }
}
