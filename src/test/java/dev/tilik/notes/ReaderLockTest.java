package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two readers on one folder: the second is told on opening; a lock a dead reader left is taken over without a word. */
class ReaderLockTest {
    @TempDir
    Path dir;

    @Test
    void theFirstReaderTakesTheLockWithItsPidHostAndStartAndLetsItGo() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        ReaderLock lock = ReaderLock.take(notes);
        assertThat(lock.held()).isTrue();
        assertThat(lock.other()).isEmpty();
        assertThat(lock.file()).isEqualTo(dir.resolve(".tilik-notes.json.lock").toAbsolutePath());
        String text = Files.readString(lock.file(), StandardCharsets.UTF_8);
        Owner self = Owner.current();
        assertThat(text).contains("\"pid\":" + self.pid(), "\"host\":\"" + self.host() + "\"",
                "\"started\":\"" + self.started() + "\"");
        assertThat(ReaderLock.take(notes).other()).as("this process again: no other reader").isEmpty();
        lock.release();
        assertThat(lock.file()).doesNotExist();
    }

    @Test
    void aLiveOtherReaderIsNamedNeverReplacedAndItsLockIsTakenOnceItEnds() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        Process other = new ProcessBuilder("sleep", "30").start();
        Owner theirs = new Owner(other.pid(), Owner.current().host(), other.info().startInstant().orElseThrow());
        Path lockFile = ReaderLock.of(notes);
        String written = theirs.into(Owner.object().put("reader", 1)).toString();
        Files.writeString(lockFile, written);
        try {
            ReaderLock lock = ReaderLock.take(notes);
            assertThat(lock.held()).isFalse();
            assertThat(lock.other()).contains(theirs);
            assertThat(Files.readString(lockFile)).as("never replaced").isEqualTo(written);
            assertThat(lock.check()).as("at a save: still there").contains(theirs);
            lock.release();
            assertThat(lockFile).as("not ours to remove").exists();

            other.destroy();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !other.isAlive());
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !theirs.alive());
            assertThat(lock.check()).as("gone: taken over at the next save").isEmpty();
            assertThat(lock.held()).isTrue();
            assertThat(ReaderLock.read(lockFile)).contains(Owner.current());
        } finally {
            other.destroy();
        }
    }

    @Test
    void aStaleLockOfADeadPidOrUnreadableIsTakenOverQuietly() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        Owner dead = new Owner(KeysJournalTest.deadPid(), Owner.current().host(), Instant.parse("2026-12-03T09:00:00Z"));
        Files.writeString(ReaderLock.of(notes), dead.into(Owner.object().put("reader", 1)).toString());
        ReaderLock lock = ReaderLock.take(notes);
        assertThat(lock.held()).isTrue();
        assertThat(lock.other()).isEmpty();
        lock.release();

        Files.writeString(ReaderLock.of(notes), "{\"pid\":");
        assertThat(ReaderLock.take(notes).held()).isTrue();
    }

    @Test
    void aReaderOnAnotherHostCountsAsLiveAndIsNamedWithItsHost() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        Owner far = new Owner(4242, "laptop-of-rina", Instant.parse("2026-12-03T14:02:00Z"));
        Files.writeString(ReaderLock.of(notes), far.into(Owner.object().put("reader", 1)).toString());
        assertThat(ReaderLock.take(notes).other()).contains(far);
        assertThat(ReaderLock.describe(far, ZoneOffset.UTC)).startsWith("pid 4242 on laptop-of-rina, since 14:02");
    }

    /**
     * A kill between the lock's temp and its link leaves {@code .tilik-notes.json.lock.<pid>.tmp}
     * beside the notes: the next opening removes it (its pid runs no longer, or it is older than a
     * write could take), and leaves a live reader's temp and every file not named so.
     */
    @Test
    void aLockTempAKilledReaderLeftIsRemovedOnTheNextOpeningAndNothingElse() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Process live = new ProcessBuilder("sleep", "30").start();
        try {
            Path lock = ReaderLock.of(notes);
            Path killed = dir.resolve(lock.getFileName() + "." + gone.pid() + ".tmp");
            Files.writeString(killed, "{\"reader\":1,\"pid\":" + gone.pid()); // cut off mid-write
            Path writing = dir.resolve(lock.getFileName() + "." + live.pid() + ".tmp");
            Files.writeString(writing, "{");
            Path reused = dir.resolve(lock.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(reused, "{");
            Files.setLastModifiedTime(reused, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600)));
            java.util.List<Path> users = java.util.List.of(dir.resolve("tilik-notes.json.tmp"),
                    dir.resolve(lock.getFileName() + ".mine.tmp"), dir.resolve(lock.getFileName() + ".tmp"),
                    dir.resolve(lock.getFileName() + ".12.tmp.bak"), dir.resolve(".other.json.lock." + gone.pid() + ".tmp"));
            for (Path u : users) {
                Files.writeString(u, "the user's");
            }

            ReaderLock taken = ReaderLock.take(notes);

            assertThat(taken.held()).isTrue();
            assertThat(killed).as("left by a dead reader").doesNotExist();
            assertThat(reused).as("older than any write: its pid is no proof").doesNotExist();
            assertThat(writing).as("a live reader may be writing it").exists();
            assertThat(users).allSatisfy(u -> assertThat(u).hasContent("the user's"));
            taken.release();
        } finally {
            live.destroy();
        }
    }

    /**
     * A shell that opened the notes first held the lock and never saw a reader opened after it: only
     * the later one was told. Now every reader that finds the notes held says so beside the lock, and
     * the holder's next look names it (once at a save), until it ends.
     */
    @Test
    void theReaderHoldingTheNotesSeesOneOpenedLaterUntilItEnds() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Owner theirs = ownerOf(other);
            ReaderLock first = ReaderLock.take(notes);
            assertThat(first.held()).isTrue();
            assertThat(first.check()).isEmpty();

            ReaderLock later = ReaderLock.take(notes, theirs);
            assertThat(later.held()).isFalse();
            assertThat(later.other()).contains(Owner.current());

            assertThat(first.check()).as("the holder sees the later reader").contains(theirs);
            assertThat(first.otherToTell()).as("told at the next save").contains(theirs);
            assertThat(first.otherToTell()).as("once").isEmpty();
            assertThat(first.held()).as("still the holder").isTrue();

            later.release();
            assertThat(first.check()).as("it quit").isEmpty();

            ReaderLock.take(notes, theirs);
            other.destroy();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !theirs.alive());
            assertThat(first.check()).as("killed: no longer named").isEmpty();
            assertOnlyTheLockIsLeft();
            first.release();
        } finally {
            other.destroy();
        }
    }

    /** The reader that opened later takes the lock once the holder ends, and its own mark goes. */
    @Test
    void aLaterReaderTakesTheLockOverWhenTheHolderEndsAndItsMarkGoes() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            ReaderLock first = ReaderLock.take(notes, ownerOf(other));
            ReaderLock later = ReaderLock.take(notes);
            assertThat(later.other()).contains(ownerOf(other));
            first.release();
            assertThat(later.check()).isEmpty();
            assertThat(later.held()).isTrue();
            assertOnlyTheLockIsLeft();
            later.release();
        } finally {
            other.destroy();
        }
    }

    /** The reader a running process {@code p} of this host is. */
    private static Owner ownerOf(Process p) {
        return new Owner(p.pid(), Owner.current().host(), p.info().startInstant().orElseThrow());
    }

    private void assertOnlyTheLockIsLeft() throws java.io.IOException {
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no reader's mark left")
                    .containsExactly(".tilik-notes.json.lock");
        }
    }
}
