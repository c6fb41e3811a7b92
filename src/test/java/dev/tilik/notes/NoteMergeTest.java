package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.FindingType;
import dev.tilik.review.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tilik notes merge}: a side file's notes into the note file, both notes kept where they differ. */
class NoteMergeTest {
    @TempDir
    Path dir;

    private static FindingNote note(String id, Verdict v, String note, String updated) {
        return new FindingNote(id, FindingType.DENY_VS_ASSERT, "title " + id, List.of(), v, null, note,
                "2026-12-01T08:00:00Z", updated, List.of(), Map.of());
    }

    private Path write(String name, FindingNote... notes) throws Exception {
        NoteFile f = new NoteFile(NoteFile.VERSION, "articles", List.of(new ArticleEntry("a.txt", "0".repeat(64))),
                List.of(notes), Map.of());
        return Files.write(dir.resolve(name), NoteFileWriter.bytes(f));
    }

    @Test
    void aSideFilesNotesJoinTheNoteFileAndNoNoteIsDropped() throws Exception {
        Path notes = write("tilik-notes.json", note("a", Verdict.CONFIRMED, "dua sumber", "2026-12-02T09:00:00Z"),
                note("b", Verdict.UNREVIEWED, "tetap", "2026-12-02T09:00:00Z"));
        Path side = write("tilik-notes.conflict-20261202T100000Z.json",
                note("a", Verdict.DIVERGENCE, "saksi mata berbeda", "2026-12-02T10:00:00Z"),
                note("c", Verdict.NEEDS_SOURCES, "baru", "2026-12-02T10:00:00Z"));

        NoteMerge.Result r = NoteMerge.merge(side, notes);

        assertThat(r).isEqualTo(new NoteMerge.Result(1, 1, 1, "articles", List.of("title a: verdict divergence from "
                + "tilik-notes.conflict-20261202T100000Z.json (changed later than confirmed in tilik-notes.json); "
                + "notes of both kept")));
        NoteFile merged = NoteFileReader.read(notes, "n");
        assertThat(merged.findings()).extracting(FindingNote::id).containsExactly("a", "b", "c");
        FindingNote a = merged.findings().get(0);
        assertThat(a.verdict()).as("the later verdict").isEqualTo(Verdict.DIVERGENCE);
        assertThat(a.note()).isEqualTo("dua sumber \u00B7 from tilik-notes.conflict-20261202T100000Z.json: saksi mata berbeda");
        assertThat(merged.findings().get(1).note()).isEqualTo("tetap");
        assertThat(merged.findings().get(2).note()).isEqualTo("baru");
        assertThat(side).doesNotExist();
        assertThat(NotePaths.sideFiles(notes)).isEmpty();
    }

    @Test
    void aVerdictChosenInTheNoteFileOutlivesALaterNoteTypedWithoutOne() throws Exception {
        Path notes = write("tilik-notes.json", note("4", Verdict.CONFIRMED, "", "2026-12-02T09:00:00Z"));
        Path side = write("tilik-notes.conflict-20261202T100000Z.json",
                note("4", Verdict.UNREVIEWED, "cek ulang", "2026-12-02T10:00:00Z"));

        NoteMerge.Result r = NoteMerge.merge(side, notes);

        FindingNote merged = NoteFileReader.read(notes, "n").findings().get(0);
        assertThat(merged.verdict()).as("reader A's verdict").isEqualTo(Verdict.CONFIRMED);
        assertThat(merged.note()).as("reader B's note").isEqualTo("cek ulang");
        assertThat(merged.updated()).isEqualTo("2026-12-02T10:00:00Z");
        assertThat(r.kept()).containsExactly("title 4: verdict confirmed from tilik-notes.json (none chosen in "
                + "tilik-notes.conflict-20261202T100000Z.json); note from tilik-notes.conflict-20261202T100000Z.json");
    }

    @Test
    void aVerdictChosenInTheSideFileOutlivesALaterNoteEditInTheNoteFile() throws Exception {
        Path notes = write("tilik-notes.json", note("4", Verdict.UNREVIEWED, "cek ulang", "2026-12-02T10:00:00Z"));
        Path side = write("tilik-notes.recovered.json", note("4", Verdict.NEEDS_SOURCES, "", "2026-12-02T09:00:00Z"));

        NoteMerge.Result r = NoteMerge.merge(side, notes);

        FindingNote merged = NoteFileReader.read(notes, "n").findings().get(0);
        assertThat(merged.verdict()).isEqualTo(Verdict.NEEDS_SOURCES);
        assertThat(merged.note()).isEqualTo("cek ulang");
        assertThat(r.kept()).containsExactly("title 4: verdict needs sources from tilik-notes.recovered.json (none "
                + "chosen in tilik-notes.json); note from tilik-notes.json");
    }

    @Test
    void aRatingChosenOnOneSideIsKeptAndOfTwoTheLaterWins() {
        FindingNote rated = new FindingNote("r", FindingType.DENY_VS_ASSERT, "t", List.of(), Verdict.CONFIRMED,
                dev.tilik.review.Rating.SALAH, "", "2026-12-01T08:00:00Z", "2026-12-02T08:00:00Z", List.of(), Map.of());
        FindingNote later = new FindingNote("r", FindingType.DENY_VS_ASSERT, "t", List.of(), Verdict.CONFIRMED,
                null, "x", "2026-12-01T08:00:00Z", "2026-12-02T09:00:00Z", List.of(), Map.of());
        FindingNote laterRated = new FindingNote("r", FindingType.DENY_VS_ASSERT, "t", List.of(), Verdict.CONFIRMED,
                dev.tilik.review.Rating.MENYESATKAN, "", "2026-12-01T08:00:00Z", "2026-12-02T09:00:00Z", List.of(),
                Map.of());
        NoteMerge.Names names = new NoteMerge.Names("n.json", "side.json");

        assertThat(merge(rated, later, names).rating()).isEqualTo(dev.tilik.review.Rating.SALAH);
        assertThat(merge(rated, laterRated, names).rating()).isEqualTo(dev.tilik.review.Rating.MENYESATKAN);
        assertThat(merge(laterRated, rated, names).rating()).isEqualTo(dev.tilik.review.Rating.MENYESATKAN);
    }

    private static FindingNote merge(FindingNote into, FindingNote from, NoteMerge.Names names) {
        NoteFile a = new NoteFile(NoteFile.VERSION, null, List.of(), List.of(into), Map.of());
        NoteFile b = new NoteFile(NoteFile.VERSION, null, List.of(), List.of(from), Map.of());
        return NoteMerge.merge(a, b, names, new int[3], new java.util.ArrayList<>()).findings().get(0);
    }

    @Test
    void anAbsentNoteFileIsMadeFromTheSideFile() throws Exception {
        Path side = write("n.recovered.json", note("a", Verdict.CONFIRMED, "catatan", "2026-12-02T09:00:00Z"));
        NoteMerge.merge(side, dir.resolve("n.json"));
        assertThat(NoteFileReader.read(dir.resolve("n.json"), "n").findings()).extracting(FindingNote::note)
                .containsExactly("catatan");
    }
}
