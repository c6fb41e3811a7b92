package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's case: a folder reviewed from /tmp/rev (notes in /tmp/rev/tilik-notes-articles.json),
 * then opened from /tmp, looked like an empty start ("reviewed 0/58"), and the next verdict began a
 * second note file there. The state folder's index remembers where each folder's notes are.
 */
class NoteIndexTest {
    @TempDir
    Path dir;

    private static Path notes(Path file, Path folder, boolean reviewed) throws Exception {
        String findings = reviewed ? "[{\"id\": \"f1\", \"type\": \"deny_vs_assert\", \"verdict\": \"confirmed\","
                + " \"created\": \"2026-12-01T08:00:00Z\", \"updated\": \"2026-12-01T08:00:00Z\"}]" : "[]";
        return Files.writeString(file, "{\"version\": 1, \"folder\": \"" + folder.toRealPath() + "\", \"articles\": [],"
                + " \"findings\": " + findings + "}", StandardCharsets.UTF_8);
    }

    @Test
    void aFolderOpenedFromAnotherDirectoryFindsTheNotesItsIndexRemembers() throws Exception {
        Path rev = Files.createDirectories(dir.resolve("rev"));
        Path folder = Files.createDirectories(rev.resolve("docs/devsets/story/articles"));
        Path away = Files.createDirectories(dir.resolve("away"));
        NoteIndex index = NoteIndex.in(dir.resolve("state"));
        Path saved = notes(rev.resolve("tilik-notes-articles.json"), folder, true);

        assertThat(DefaultNoteFile.choose(away, folder, index).file()).as("nothing remembered yet")
                .isEqualTo(away.resolve("tilik-notes.json"));

        index.remember(rev, folder, Path.of("tilik-notes-articles.json"));
        DefaultNoteFile chosen = DefaultNoteFile.choose(away, folder, index);

        assertThat(chosen.file()).isEqualTo(saved);
        assertThat(chosen.notice()).isEqualTo("notes in " + away.relativize(saved) + " (saved there for this folder)");
        assertThat(DefaultNoteFile.choose(away, away.relativize(folder), index).file()).as("typed relative")
                .isEqualTo(saved);
    }

    @Test
    void twoNoteFilesWithReviewsForOneFolderAreBothNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("story/articles"));
        Path away = Files.createDirectories(dir.resolve("away"));
        Path here = notes(away.resolve("tilik-notes.json"), folder, true);
        Path other = notes(dir.resolve("story/tilik-notes-x.json"), folder, true);
        NoteIndex index = NoteIndex.in(dir.resolve("state"));
        index.remember(dir, folder, other);

        DefaultNoteFile chosen = DefaultNoteFile.choose(away, folder, index);

        assertThat(chosen.file()).isEqualTo(here);
        assertThat(chosen.notice()).isEqualTo("this folder's notes were also saved to " + away.relativize(other));
    }

    @Test
    void aRememberedFileGoneEmptyOrNowAnotherFoldersIsNotTaken() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("story/articles"));
        Path elsewhere = Files.createDirectories(dir.resolve("other"));
        Path away = Files.createDirectories(dir.resolve("away"));
        NoteIndex index = NoteIndex.in(dir.resolve("state"));
        Path file = Files.createDirectories(dir.resolve("kept")).resolve("tilik-notes.json");
        index.remember(dir, folder, file);

        assertThat(DefaultNoteFile.choose(away, folder, index).file()).as("gone").isEqualTo(away.resolve("tilik-notes.json"));
        notes(file, folder, false);
        assertThat(DefaultNoteFile.choose(away, folder, index).file()).as("empty").isEqualTo(away.resolve("tilik-notes.json"));
        notes(file, elsewhere, true);
        assertThat(DefaultNoteFile.choose(away, folder, index).file()).as("another's")
                .isEqualTo(away.resolve("tilik-notes.json"));
    }

    @Test
    void theIndexKeepsTheLastSaveFirstAndIsBounded() throws Exception {
        NoteIndex index = NoteIndex.in(dir.resolve("state"));
        for (int i = 0; i < NoteIndex.MAX + 5; i++) {
            index.remember(dir, Path.of("f" + i), Path.of("n" + i + ".json"));
        }
        index.remember(dir, Path.of("f0"), Path.of("again.json"));

        java.util.List<String> lines = Files.readAllLines(dir.resolve("state/note-files"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(NoteIndex.MAX);
        assertThat(lines.get(0)).endsWith("\t" + dir.resolve("again.json").toAbsolutePath());
        assertThat(index.noteFileOf(dir, Path.of("f0"))).contains(dir.resolve("again.json").toAbsolutePath());
        assertThat(NoteIndex.none().noteFileOf(dir, Path.of("f0"))).isEmpty();
    }

    @Test
    void aDamagedIndexIsAnEmptyOne() throws Exception {
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.write(state.resolve("note-files"), new byte[] {(byte) 0xff, 0, '\t', '\n', 'x'});
        NoteIndex index = NoteIndex.in(state);
        assertThat(index.noteFileOf(dir, Path.of("a"))).isEmpty();
        index.remember(dir, Path.of("a"), Path.of("n.json"));
        assertThat(index.noteFileOf(dir, Path.of("a"))).contains(dir.resolve("n.json").toAbsolutePath());
    }
}
