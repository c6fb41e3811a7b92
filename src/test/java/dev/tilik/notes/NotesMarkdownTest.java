package dev.tilik.notes;

import static dev.tilik.review.ReviewFixtures.DENY_VS_CONDITIONAL;
import static dev.tilik.review.ReviewFixtures.NUMBERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilik.analysis.Analysis;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text written by hand into the note file's Markdown rendering is kept aside, never written over unseen. */
class NotesMarkdownTest {
    private static final Instant T0 = Instant.parse("2024-10-25T08:30:00Z");

    @TempDir
    Path dir;

    /** A store whose clock stands at {@link #T0}, so a kept copy's name is known. */
    private static NoteStore open(Path file) {
        return NoteStore.open(file, SaveSteps.REAL, Clock.fixed(T0, ZoneOffset.UTC));
    }

    private static ReviewSession verdict(Analysis a, String id, Verdict v, int seconds) {
        return ReviewSession.fresh(a).withVerdict(a.finding(id).orElseThrow(), v, T0.plusSeconds(seconds));
    }

    @Test
    void aDraftWrittenIntoTheRenderingBetweenTwoSessionsIsKeptAsideAndTheUserIsTold() throws IOException {
        Path notes = dir.resolve("tilik-notes.json");
        Path md = NotePaths.markdown(notes);
        Analysis a = ReviewFixtures.analysis();
        ReviewSession first = verdict(a, DENY_VS_CONDITIONAL, Verdict.DIVERGENCE, 0);
        assertThat(open(notes).save(first).problems()).isEmpty();
        String mine = Files.readString(md, StandardCharsets.UTF_8)
                + "\n## My write-up\n\nThe harbour master and the port office give two figures.\n";
        Files.writeString(md, mine, StandardCharsets.UTF_8);

        NoteStore again = open(notes);
        ReviewSession next = again.restore(a).withVerdict(a.finding(NUMBERS).orElseThrow(), Verdict.CONFIRMED, T0);
        SaveResult r = again.save(next);

        Path kept = dir.resolve("tilik-notes.edited-20241025T083000Z.md");
        assertThat(Files.readString(kept, StandardCharsets.UTF_8)).isEqualTo(mine);
        assertThat(r.ok()).isTrue();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(md.toString());
            assertThat(p.message()).isEqualTo("held text Tilik did not write and is written anew on every change;"
                    + " that text is kept in tilik-notes.edited-20241025T083000Z.md");
        });
        String written = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(written).contains("confirmed").doesNotContain("My write-up");
        assertThat(NotesMarkdown.untouched(Files.readAllBytes(md))).isTrue();
        // the next save writes over its own rendering and keeps nothing more
        SaveResult later = again.save(next.withVerdict(a.finding(NUMBERS).orElseThrow(), Verdict.NEEDS_SOURCES, T0));
        assertThat(later.problems()).isEmpty();
        assertThat(editedCopies()).containsExactly(kept);
    }

    @Test
    void aRenderingWithoutTheStampIsKeptAsideSayingItMayBeAnEarlierTiliks() throws IOException {
        Path notes = dir.resolve("tilik-notes.json");
        Path md = NotePaths.markdown(notes);
        Files.writeString(md, "# Tilik notes: articles\n\nas an earlier Tilik wrote it\n", StandardCharsets.UTF_8);
        Analysis a = ReviewFixtures.analysis();
        SaveResult r = open(notes).save(verdict(a, NUMBERS, Verdict.CONFIRMED, 0));
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "held text Tilik did not mark as its own (edited by hand, or written by an earlier Tilik) and is written"
                        + " anew on every change; that text is kept in tilik-notes.edited-20241025T083000Z.md"));
        assertThat(editedCopies()).singleElement().satisfies(p -> assertThat(p).content(StandardCharsets.UTF_8)
                .isEqualTo("# Tilik notes: articles\n\nas an earlier Tilik wrote it\n"));
    }

    @Test
    void textAddedAfterTheStampOrAFileWithoutOneIsNotTiliks() {
        byte[] rendered = "# Tilik notes: articles\n\nbody\n".getBytes(StandardCharsets.UTF_8);
        byte[] stamped = NotesMarkdown.stamped(rendered);
        assertThat(NotesMarkdown.untouched(stamped)).isTrue();
        assertThat(NotesMarkdown.untouched(rendered)).isFalse();
        assertThat(NotesMarkdown.untouched(concat(stamped, "a line of my own\n"))).isFalse();
        byte[] changed = stamped.clone();
        changed[3] = 'X';
        assertThat(NotesMarkdown.untouched(changed)).isFalse();
    }

    @Test
    void whenTheCopyCannotBeMadeTheEditedFileIsLeftAsItIs() throws IOException {
        Path md = dir.resolve("tilik-notes.md");
        Files.writeString(md, "my own fact-check\n", StandardCharsets.UTF_8);
        SaveSteps noNewFile = new SaveSteps() {
            @Override
            public FileChannel create(Path tmp) throws IOException {
                throw new IOException("no space left on device");
            }
        };
        NotesMarkdown file = new NotesMarkdown(new AtomicWriter(noNewFile));
        assertThatThrownBy(() -> file.write(md, "# Tilik notes\n".getBytes(StandardCharsets.UTF_8), T0))
                .hasMessageContaining("no space left");
        assertThat(Files.readString(md, StandardCharsets.UTF_8)).isEqualTo("my own fact-check\n");
        assertThat(editedCopies()).isEmpty();
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(a, a.length + tail.length);
        System.arraycopy(tail, 0, out, a.length, tail.length);
        return out;
    }

    private java.util.List<Path> editedCopies() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".edited-")).sorted().toList();
        }
    }
}
