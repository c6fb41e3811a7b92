package dev.tilik.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys typed ahead of a load are on disk beside the note file as they come, and found again once their reader is gone. */
class KeysJournalTest {
    private static final Instant T0 = Instant.parse("2026-12-03T14:02:00Z");

    @TempDir
    Path dir;

    /** A pid no process has now: a child that has ended. */
    static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        long pid = p.pid();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty());
        return pid;
    }

    /** This reader's journal as another process, dead, would have left it: the same lines, its pid. */
    private Path leftBy(long pid, String notesSha, String... lines) throws IOException {
        Owner self = Owner.current();
        Owner dead = new Owner(pid, self.host(), T0.minusSeconds(60));
        StringBuilder sb = new StringBuilder(dead.into(Owner.object().put("typedAhead", 1)).put("notes", notesSha).toString())
                .append('\n');
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        Path f = dir.resolve(".tilik-notes.json.typed-ahead-" + pid);
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void everyKeyIsOnDiskBeforeAppendReturnsAndReadsBackInOrder() throws IOException {
        Path notes = dir.resolve("tilik-notes.json");
        Files.writeString(notes, "{\"version\":1}");
        KeysJournal j = KeysJournal.of(notes);
        assertThat(j.file()).doesNotExist();
        j.append(KeysJournal.Entry.key("v", T0));
        j.append(KeysJournal.Entry.key("2", T0.plusSeconds(1)));
        j.append(KeysJournal.Entry.paste("Tanya\u202E KPU", 10, T0.plusSeconds(2)));
        j.append(KeysJournal.Entry.lineBreak(T0.plusSeconds(3)));
        assertThat(j.file()).exists().hasParent(dir);
        assertThat(j.file().getFileName().toString()).isEqualTo(".tilik-notes.json.typed-ahead-" + ProcessHandle.current().pid());

        KeysJournal.Found f = KeysJournal.read(j.file()).orElseThrow();
        assertThat(f.owner()).isEqualTo(Owner.current());
        assertThat(f.entries()).containsExactly(KeysJournal.Entry.key("v", T0), KeysJournal.Entry.key("2", T0.plusSeconds(1)),
                KeysJournal.Entry.paste("Tanya\u202E KPU", 10, T0.plusSeconds(2)), KeysJournal.Entry.lineBreak(T0.plusSeconds(3)));
        assertThat(f.ran()).isNull();
        assertThat(f.notesUnchanged(notes)).isTrue();
        Files.writeString(notes, "{\"version\":1,\"findings\":[]}");
        assertThat(f.notesUnchanged(notes)).as("the note file changed since the keys were typed").isFalse();
        assertThat(KeysJournal.left(notes)).as("this process's own journal is never taken").isEmpty();

        j.discard();
        assertThat(j.file()).doesNotExist();
    }

    @Test
    void aDeadReadersJournalIsFoundALiveOnesIsNotAndACutLastLineIsLeftOut() throws Exception {
        Path notes = dir.resolve("tilik-notes.json"); // none yet: the journal says so
        long dead = deadPid();
        leftBy(dead, null, "{\"key\":\"v\",\"at\":\"2026-12-03T14:02:01Z\"}", "{\"key\":\"3\",\"at\":\"2026-12-03T14:02:02Z\"}",
                "{\"key\":\"e\",\"at\":\"2026-12-0"); // a kill in the middle of a line
        Process live = new ProcessBuilder("sleep", "30").start();
        try {
            Owner liveOwner = new Owner(live.pid(), Owner.current().host(), live.info().startInstant().orElseThrow());
            Files.writeString(dir.resolve(".tilik-notes.json.typed-ahead-" + live.pid()),
                    liveOwner.into(Owner.object().put("typedAhead", 1)).putNull("notes") + "\n{\"key\":\"n\",\"at\":\"2026-12-03T14:02:01Z\"}\n");

            List<KeysJournal.Found> left = KeysJournal.left(notes);
            assertThat(left).hasSize(1);
            KeysJournal.Found f = left.get(0);
            assertThat(f.owner().pid()).isEqualTo(dead);
            assertThat(f.entries()).extracting(KeysJournal.Entry::text).containsExactly("v", "3");
            assertThat(f.typed()).isEqualTo(Instant.parse("2026-12-03T14:02:01Z"));
            assertThat(f.notesUnchanged(notes)).as("no note file then, none now").isTrue();
            KeysJournal.remove(f);
            assertThat(f.file()).doesNotExist();
        } finally {
            live.destroy();
        }
    }

    @Test
    void aPidGivenAgainToALaterProcessOwnsNothing() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        Process later = new ProcessBuilder("sleep", "30").start();
        try {
            Owner reused = new Owner(later.pid(), Owner.current().host(), Instant.parse("2020-01-01T00:00:00Z"));
            assertThat(reused.alive()).as("the process on that pid started after the owner did").isFalse();
            Files.writeString(dir.resolve(".tilik-notes.json.typed-ahead-" + later.pid()),
                    reused.into(Owner.object().put("typedAhead", 1)).putNull("notes") + "\n{\"key\":\"n\",\"at\":\"2026-12-03T14:02:01Z\"}\n");
            assertThat(KeysJournal.left(notes)).hasSize(1);
        } finally {
            later.destroy();
        }
    }

    @Test
    void theHangUpSavesRunIsReadBack() throws Exception {
        Path notes = dir.resolve("tilik-notes.json");
        leftBy(deadPid(), null, "{\"key\":\"v\",\"at\":\"2026-12-03T14:02:01Z\"}",
                "{\"ran\":\"2026-12-03T14:05:00Z\",\"verdicts\":1,\"notes\":1,\"ratings\":0}");
        KeysJournal.Found f = KeysJournal.left(notes).get(0);
        assertThat(f.ran()).isEqualTo(new KeysJournal.Ran(Instant.parse("2026-12-03T14:05:00Z"), 1, 1, 0));
    }

    @Test
    void aFileThatIsNoJournalIsLeftAlone() throws IOException {
        Path notes = dir.resolve("tilik-notes.json");
        Files.writeString(dir.resolve(".tilik-notes.json.typed-ahead-1"), "not json\n");
        Files.writeString(dir.resolve(".tilik-notes.json.typed-ahead-2"), "");
        assertThat(KeysJournal.left(notes)).isEmpty();
    }
}
