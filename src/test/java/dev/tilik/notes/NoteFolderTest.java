package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.DENY_VS_ASSERT;
import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilik.analysis.Analysis;
import dev.tilik.json.StrictJson;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note file's {@code "folder"} is read against the note file's own directory, and written so:
 * yesterday {@code cd story && tilik articles}, today {@code tilik story/articles} from home, and
 * every verdict and note is found, kept, and still found from {@code story} tomorrow.
 */
class NoteFolderTest {
    @TempDir
    Path dir;

    /** The fixture analysis as if the folder had been typed {@code folder} from this JVM's directory. */
    private static Analysis over(Path folder) {
        Analysis a = ReviewFixtures.analysis();
        Path typed = folder.isAbsolute() ? Path.of("").toAbsolutePath().relativize(folder) : folder;
        return new Analysis(typed.toString(), a.rules(), a.articles(), a.findings(), List.of());
    }

    private static String recordedFolder(Path noteFile) throws IOException {
        JsonNode root = StrictJson.mapper().readTree(Files.readString(noteFile, StandardCharsets.UTF_8));
        return root.get("folder").asText();
    }

    private static ReviewSession noted(ReviewSession s, String id, String note) {
        var f = s.analysis().finding(id).orElseThrow();
        return s.withVerdict(f, Verdict.CONFIRMED, Instant.now()).withNote(f, note, Instant.now());
    }

    @Test
    void dayTwoFromAnotherDirectoryKeepsEveryNoteAndLeavesTheRecordedFolderAsItWas() throws Exception {
        Path story = Files.createDirectory(dir.resolve("story"));
        Path articles = Files.createDirectory(story.resolve("articles"));
        Path home = Files.createDirectory(dir.resolve("home"));
        Analysis analysis = over(articles);

        // Day 1, from story: tilik articles.
        DefaultNoteFile day1 = DefaultNoteFile.choose(story, Path.of("articles"));
        assertThat(day1).isEqualTo(new DefaultNoteFile(story.resolve("tilik-notes.json"), null));
        NoteStore first = NoteStore.open(day1.file());
        first.save(noted(first.restore(analysis), DENY_VS_CONDITIONAL, "dicek kemarin"));
        assertThat(recordedFolder(day1.file())).isEqualTo("articles");

        // Day 2, from home: tilik story/articles.
        DefaultNoteFile day2 = DefaultNoteFile.choose(home, Path.of("../story/articles"));
        assertThat(day2.file()).isEqualTo(story.resolve("tilik-notes.json"));
        assertThat(day2.notice()).isEqualTo("notes in ../story/tilik-notes.json (saved there for this folder)");
        NoteStore second = NoteStore.open(day2.file());
        ReviewSession restored = second.restore(analysis);
        assertThat(restored.review(DENY_VS_CONDITIONAL).orElseThrow().note()).isEqualTo("dicek kemarin");
        assertThat(second.save(noted(restored, DENY_VS_ASSERT, "hari ini")).ok()).isTrue();
        assertThat(recordedFolder(day2.file())).as("a save from elsewhere changes nothing it need not").isEqualTo("articles");
        assertThat(home.resolve("tilik-notes.json")).doesNotExist();

        // Day 3, from story again.
        DefaultNoteFile day3 = DefaultNoteFile.choose(story, Path.of("articles"));
        assertThat(day3).isEqualTo(new DefaultNoteFile(story.resolve("tilik-notes.json"), null));
        ReviewSession both = NoteStore.open(day3.file()).restore(analysis);
        assertThat(both.review(DENY_VS_CONDITIONAL).orElseThrow().note()).isEqualTo("dicek kemarin");
        assertThat(both.review(DENY_VS_ASSERT).orElseThrow().note()).isEqualTo("hari ini");
    }

    @Test
    void aFolderIsRecordedRelativeToTheNoteFilesDirectoryAndResolvesThereFromAnywhere() throws Exception {
        Path story = Files.createDirectory(dir.resolve("story"));
        Path other = Files.createDirectories(dir.resolve("x/articles"));
        Path notes = story.resolve("n.json");
        String typed = Path.of("").toAbsolutePath().relativize(other).toString();

        assertThat(NoteFolder.record(typed, null, notes)).isEqualTo("../x/articles");
        assertThat(NoteFolder.record(other.toString(), null, notes)).as("typed absolute stays absolute")
                .isEqualTo(other.toString());
        assertThat(NoteFolder.resolve("../x/articles", notes)).contains(other.toRealPath());
        assertThat(NoteFolder.record(typed, "../x/./articles", notes)).as("the recorded form is kept while it names the folder")
                .isEqualTo("../x/./articles");
        assertThat(NoteFolder.record(typed, "elsewhere", notes)).isEqualTo("../x/articles");
        // The project's src/ against the temporary folder: absolute when the two share only the root
        // (/work/… and /tmp/…), relative when the project too lies under the temporary folder's parents.
        Path project = Path.of("src").toRealPath();
        Path noteDir = story.toRealPath();
        Path climb = noteDir.relativize(project);
        long up = java.util.stream.StreamSupport.stream(climb.spliterator(), false).filter(n -> n.toString().equals(".."))
                .count();
        assertThat(NoteFolder.record("src", null, notes)).as("absolute only when the two trees share only the root")
                .isEqualTo(up == noteDir.getNameCount() ? project.toString() : climb.toString());
    }

    @Test
    void aFolderWhoseParentHoldsAnotherFoldersNoteFileIsNotGivenIt() throws Exception {
        Path story = Files.createDirectory(dir.resolve("story"));
        Files.createDirectory(story.resolve("articles"));
        Path berita = Files.createDirectory(story.resolve("berita"));
        Path home = Files.createDirectory(dir.resolve("home"));
        Files.writeString(story.resolve("tilik-notes.json"), "{\"version\": 1, \"folder\": \"articles\", \"findings\": []}",
                StandardCharsets.UTF_8);
        Files.writeString(story.resolve("tilik-notes-berita.json"), "{\"version\": 1, \"folder\": \"../elsewhere/berita\","
                + " \"findings\": []}", StandardCharsets.UTF_8);
        Files.writeString(story.resolve("tilik-notes-x.json"), "{\"version\": 1, \"findings\": []}", StandardCharsets.UTF_8);

        assertThat(DefaultNoteFile.choose(home, berita)).isEqualTo(new DefaultNoteFile(home.resolve("tilik-notes.json"), null));
        assertThat(DefaultNoteFile.choose(home, Path.of("../story/berita"))).as("typed relative")
                .isEqualTo(new DefaultNoteFile(home.resolve("tilik-notes.json"), null));
    }

    @Test
    void theFoldersOwnNamedNoteFileInItsParentIsFoundAndAFileHereForItComesFirst() throws Exception {
        Path story = Files.createDirectory(dir.resolve("story"));
        Path berita = Files.createDirectory(story.resolve("berita"));
        Path home = Files.createDirectory(dir.resolve("home"));
        Files.writeString(story.resolve("tilik-notes.json"), "{\"version\": 1, \"folder\": \"articles\", \"findings\": []}",
                StandardCharsets.UTF_8);
        Path own = Files.writeString(story.resolve("tilik-notes-berita.json"), "{\"version\": 1, \"folder\": \"berita\","
                + " \"findings\": []}", StandardCharsets.UTF_8);

        assertThat(DefaultNoteFile.choose(home, berita).file()).isEqualTo(own);

        Path here = Files.writeString(home.resolve("tilik-notes.json"), "{\"version\": 1, \"folder\": \"../story/berita\","
                + " \"findings\": []}", StandardCharsets.UTF_8);
        assertThat(DefaultNoteFile.choose(home, berita)).isEqualTo(new DefaultNoteFile(here, null));
        Files.writeString(here, "{ not json", StandardCharsets.UTF_8);
        assertThat(DefaultNoteFile.choose(home, berita)).as("an unreadable file here is left to opening to judge")
                .isEqualTo(new DefaultNoteFile(here, null));
    }

    /** Files written before this change: the folder as typed from the directory they lie in. */
    @Test
    void oldFormatFilesStillOpenAndAreFoundFromTheirDirectoryAndFromElsewhere() throws Exception {
        Path story = Files.createDirectory(dir.resolve("story"));
        Path articles = Files.createDirectory(story.resolve("articles"));
        Path home = Files.createDirectory(dir.resolve("home"));
        Path old = Files.writeString(story.resolve("tilik-notes.json"), "{\n  \"version\" : 1,\n  \"folder\" : \"articles\",\n"
                + "  \"articles\" : [ ],\n  \"findings\" : [ {\n    \"id\" : \"" + DENY_VS_CONDITIONAL + "\",\n"
                + "    \"type\" : \"deny_vs_conditional\",\n    \"title\" : \"t\",\n    \"statements\" : [ ],\n"
                + "    \"verdict\" : \"confirmed\",\n    \"note\" : \"lama\",\n    \"created\" : \"2024-10-25T08:30:00Z\",\n"
                + "    \"updated\" : \"2024-10-25T08:30:00Z\"\n  } ]\n}\n", StandardCharsets.UTF_8);

        assertThat(DefaultNoteFile.choose(story, Path.of("articles"))).isEqualTo(new DefaultNoteFile(old, null));
        assertThat(DefaultNoteFile.choose(home, articles).file()).isEqualTo(old);
        NoteStore store = NoteStore.open(old);
        assertThat(store.problems()).isEmpty();
        assertThat(store.restore(over(articles)).review(DENY_VS_CONDITIONAL).orElseThrow().note()).isEqualTo("lama");

        Files.writeString(old, "{\"version\": 1, \"folder\": \"" + articles + "\", \"findings\": []}", StandardCharsets.UTF_8);
        assertThat(DefaultNoteFile.choose(home, Path.of("../story/articles")).file()).as("an absolute folder too").isEqualTo(old);
    }

    @Test
    void openingAndSavingWithNothingReviewedLeavesNoFileBehind() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        Analysis analysis = over(Files.createDirectory(dir.resolve("articles")));
        NoteStore store = NoteStore.open(notes);

        assertThat(store.save(store.restore(analysis)).status()).isEqualTo(SaveResult.Status.UNCHANGED);
        assertThat(store.saveLast(store.restore(analysis)).status()).isEqualTo(SaveResult.Status.UNCHANGED);
        assertThat(notes).doesNotExist();
        assertThat(NotePaths.markdown(notes)).doesNotExist();

        NoteStore again = NoteStore.open(notes);
        assertThat(again.save(noted(again.restore(analysis), DENY_VS_ASSERT, "satu")).status()).isEqualTo(SaveResult.Status.SAVED);
        assertThat(recordedFolder(notes)).isEqualTo("articles");
    }

    @Test
    void aMergedSideFileFromAnotherDirectoryKeepsNamingItsFolder() throws Exception {
        Path story = Files.createDirectory(dir.resolve("story"));
        Files.createDirectory(story.resolve("articles"));
        Path away = Files.createDirectory(dir.resolve("away"));
        Path side = Files.writeString(away.resolve("side.json"), "{\"version\": 1, \"folder\": \"../story/articles\","
                + " \"findings\": []}", StandardCharsets.UTF_8);
        Path notes = story.resolve("tilik-notes.json");

        NoteMerge.Result r = NoteMerge.merge(side, notes);

        assertThat(r.folder()).isEqualTo("articles");
        assertThat(NoteFolder.resolve(r.folder(), notes)).contains(story.resolve("articles").toRealPath());
    }
}
