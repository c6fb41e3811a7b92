package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default note file belongs to one folder; another folder's notes go to a file of its own. */
class DefaultNoteFileTest {
    @TempDir
    Path dir;

    private Path notesOf(String name, Path folder) throws Exception {
        return Files.writeString(dir.resolve(name), "{\"version\": 1, \"folder\": \"" + folder + "\", \"articles\": [],"
                + " \"findings\": []}", StandardCharsets.UTF_8);
    }

    @Test
    void withoutANoteFileOrWithThisFoldersTheDefaultIsTaken() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        assertThat(DefaultNoteFile.choose(dir, a)).isEqualTo(new DefaultNoteFile(dir.resolve("tilik-notes.json"), null));
        notesOf("tilik-notes.json", a);
        assertThat(DefaultNoteFile.choose(dir, a).file()).isEqualTo(dir.resolve("tilik-notes.json"));
        assertThat(DefaultNoteFile.choose(dir, dir.resolve("a/../a")).file()).isEqualTo(dir.resolve("tilik-notes.json"));
    }

    @Test
    void anotherFoldersNoteFileSendsThisFoldersNotesToAFileNamedAfterIt() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path flood = Files.createDirectory(dir.resolve("banjir bandang"));
        notesOf("tilik-notes.json", a);

        DefaultNoteFile chosen = DefaultNoteFile.choose(dir, flood);

        assertThat(chosen.file()).isEqualTo(dir.resolve("tilik-notes-banjir-bandang.json"));
        assertThat(chosen.notice())
                .isEqualTo("notes: this folder \u2192 tilik-notes-banjir-bandang.json; ./a \u2192 tilik-notes.json");
    }

    @Test
    void aFolderOfTheSameNameElsewhereGetsItsOwnFileToo() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path one = Files.createDirectories(dir.resolve("x/berita"));
        Path two = Files.createDirectories(dir.resolve("y/berita"));
        notesOf("tilik-notes.json", a);
        notesOf("tilik-notes-berita.json", one);

        assertThat(DefaultNoteFile.choose(dir, one).file()).isEqualTo(dir.resolve("tilik-notes-berita.json"));
        assertThat(DefaultNoteFile.choose(dir, two).file().getFileName().toString()).matches("tilik-notes-berita-[0-9a-f]+\\.json");
    }

    /**
     * The new-user review: "notes in tilik-notes-articles.json (tilik-notes.json is for articles)"
     * when two folders are named articles. Each file is said with its folder, told apart by its path,
     * on one line of 80 columns, however deep the folders lie.
     */
    @Test
    void twoFoldersOfOneNameAreToldApartInTheNotice() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("b/articles"));
        notesOf("tilik-notes.json", Files.createDirectory(dir.resolve("articles")));
        assertThat(DefaultNoteFile.choose(dir, mine).notice())
                .isEqualTo("notes: ./b/articles \u2192 tilik-notes-articles.json; ./articles \u2192 tilik-notes.json");
        Path deep = Files.createDirectories(dir.resolve("liputan/oktober/minggu-kedua/banjir/articles"));
        String said = DefaultNoteFile.notice(dir, deep, Path.of("tilik-notes-articles-7f3a2b1c.json"),
                dir.resolve("arsip/lama/articles").toString());
        assertThat(dev.tilik.text.Columns.width(said)).isLessThanOrEqualTo(80);
        assertThat(said).isEqualTo("notes in tilik-notes-articles-7f3a2b1c.json; \u2026/lama/articles \u2192 tilik-notes.json");
    }

    @Test
    void anUnreadableOrFolderlessNoteFileIsLeftToOpeningToJudge() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Files.writeString(dir.resolve("tilik-notes.json"), "{ not json", StandardCharsets.UTF_8);
        assertThat(DefaultNoteFile.choose(dir, a).file()).isEqualTo(dir.resolve("tilik-notes.json"));
        Files.writeString(dir.resolve("tilik-notes.json"), "{\"version\": 1, \"findings\": []}", StandardCharsets.UTF_8);
        assertThat(DefaultNoteFile.choose(dir, a).file()).isEqualTo(dir.resolve("tilik-notes.json"));
    }

    /**
     * The reviewer's case: an old, empty note file in the directory Tilik runs from hid the notes
     * saved for the folder in its parent. The file with reviews, nearer the folder, is used, and
     * the notice says which; an empty file there leaves the one here in place.
     */
    @Test
    void anEmptyNoteFileHereNeverHidesTheReviewsSavedInTheFoldersParent() throws Exception {
        Path story = Files.createDirectories(dir.resolve("story/articles")).getParent();
        Path work = Files.createDirectory(dir.resolve("work"));
        Path articles = story.resolve("articles");
        Files.writeString(story.resolve("tilik-notes.json"), "{\"version\": 1, \"folder\": \"articles\", \"articles\": [],"
                + " \"findings\": [{\"id\": \"x\"}]}", StandardCharsets.UTF_8);
        Path empty = work.resolve("tilik-notes.json");
        for (String old : new String[] {"{\"version\": 1, \"articles\": [], \"findings\": []}",
            "{\"version\": 1, \"folder\": \"" + articles + "\", \"articles\": [], \"findings\": []}"}) {
            Files.writeString(empty, old, StandardCharsets.UTF_8);
            DefaultNoteFile chosen = DefaultNoteFile.choose(work, articles);
            assertThat(chosen.file().toAbsolutePath().normalize()).as(old).isEqualTo(story.resolve("tilik-notes.json"));
            assertThat(chosen.notice()).isEqualTo("notes in ../story/tilik-notes.json (saved there for this folder; "
                    + "tilik-notes.json here holds none)");
        }
        Files.writeString(story.resolve("tilik-notes.json"), "{\"version\": 1, \"folder\": \"articles\", \"articles\": [],"
                + " \"findings\": []}", StandardCharsets.UTF_8);
        assertThat(DefaultNoteFile.choose(work, articles)).isEqualTo(new DefaultNoteFile(work.resolve("tilik-notes.json"), null));
    }

    @Test
    void whetherANoteFileHoldsReviewsIsReadWithoutTrustingABrokenOne() throws Exception {
        Path f = dir.resolve("n.json");
        Files.writeString(f, "{\"version\": 1, \"articles\": [{\"path\": \"a\"}], \"findings\": []}", StandardCharsets.UTF_8);
        assertThat(DefaultNoteFile.reviews(f)).isEqualTo(DefaultNoteFile.Reviews.NONE);
        Files.writeString(f, "{\"version\": 1, \"findings\": [{}]}", StandardCharsets.UTF_8);
        assertThat(DefaultNoteFile.reviews(f)).isEqualTo(DefaultNoteFile.Reviews.SOME);
        Files.writeString(f, "{ not json", StandardCharsets.UTF_8);
        assertThat(DefaultNoteFile.reviews(f)).isEqualTo(DefaultNoteFile.Reviews.UNKNOWN);
        assertThat(DefaultNoteFile.reviews(dir.resolve("absent.json"))).isEqualTo(DefaultNoteFile.Reviews.NONE);
    }
}
