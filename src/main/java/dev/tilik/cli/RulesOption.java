package dev.tilik.cli;

import dev.tilik.json.JsonFileException;
import dev.tilik.rules.RuleFiles;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: a rules folder; without it {@code ./rules} when present, else the rules the jar carries. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (default: ./rules if present, else the bundled rules).")
    Path rules;

    /** {@code --rules} as given, or null for the default. */
    static RulesOption of(Path rules) {
        RulesOption o = new RulesOption();
        o.rules = rules;
        return o;
    }

    /** The rules, or a located error ({@code rules/id.json:12:5: …}) as bad input. */
    Rules load() throws BadInputException {
        return parse(read());
    }

    /** The rule files, read and fingerprinted but not parsed; a file that cannot be read is bad input. */
    RuleFiles read() throws BadInputException {
        try {
            return RulesLoader.readDefault(rules);
        } catch (JsonFileException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The rules the files hold, or a located error as bad input. */
    static Rules parse(RuleFiles files) throws BadInputException {
        try {
            return files.parse();
        } catch (JsonFileException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
