package dev.tilik.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tilik eval --gold x.json} with no such file said "x.json: cannot read: x.json", the path twice and no reason
 * (a fact-checker's session, h43ux). The refusal says why the file could not be read.
 */
class UnreadableFileTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileIsSaidToBeMissing() {
        Path gone = dir.resolve("gold.json");
        assertThatThrownBy(() -> StrictJson.read(gone, gone.toString(), java.util.Map.class))
                .isInstanceOf(JsonFileException.class).hasMessage(gone + ": cannot read: no such file");
        assertThatThrownBy(() -> JsonBytes.read(gone, "rules/id.json"))
                .hasMessage("rules/id.json: cannot read: no such file");
    }

    @Test
    void theReasonIsSaidWithoutThePathAgain() {
        assertThat(JsonErrors.unreadable("gold.json", new AccessDeniedException("/x/gold.json")).getMessage())
                .isEqualTo("gold.json: cannot read: permission denied");
        assertThat(JsonErrors.unreadable("gold.json", new FileSystemException("/x/gold.json", null, "Is a directory"))
                .getMessage()).isEqualTo("gold.json: cannot read: Is a directory");
        assertThat(JsonErrors.unreadable("gold.json", new IOException("Input/output error")).getMessage())
                .isEqualTo("gold.json: cannot read: Input/output error");
    }
}
