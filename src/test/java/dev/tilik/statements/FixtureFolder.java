package dev.tilik.statements;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One team-written fixture folder under {@code src/test/resources/fixtures}, run through the whole pipeline
 * once (on first use) for the fixture tests that ask who speaks for whom.
 */
final class FixtureFolder {
    private final Path folder;
    private List<Statement> statements;

    FixtureFolder(String name) {
        this.folder = Path.of("src/test/resources/fixtures", name);
    }

    synchronized List<Statement> statements() throws Exception {
        if (statements == null) {
            statements = PipelineFolders.statements(folder, Extract.RULES);
        }
        return statements;
    }

    /** The parties the statements of {@code speaker} in {@code file} speak for. */
    Set<String> parties(String file, String speaker) throws Exception {
        return PipelineFolders.parties(statements(), file, speaker);
    }
}
