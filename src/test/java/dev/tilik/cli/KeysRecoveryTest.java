package dev.tilik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.ingest.Progress;
import dev.tilik.notes.Owner;
import dev.tilik.review.ReviewChanges;
import dev.tilik.review.ReviewSession;
import dev.tilik.tui.Backend;
import dev.tilik.tui.Key;
import dev.tilik.tui.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's backend keeps the keys typed ahead of the load beside the note file, finds those an
 * earlier reader was cut off from running, and says on opening what became of them; it tells the
 * user of another live reader of the same notes on opening and at its first save.
 */
class KeysRecoveryTest {
    private static final Instant T0 = Instant.parse("2026-12-03T14:02:00Z");

    @TempDir
    Path dir;

    private final ReaderBackendTest backends = new ReaderBackendTest();

    private Backend backendFor(Path notes) {
        backends.dir = dir;
        return backends.backendFor(notes);
    }

    private static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        long pid = p.pid();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty());
        return pid;
    }

    /** A journal as a reader killed during its load leaves it beside {@code notes}. */
    private Path journalOfAKilledReader(Path notes, String sha, String... lines) throws Exception {
        long pid = deadPid();
        StringBuilder sb = new StringBuilder("{\"typedAhead\":1,\"pid\":" + pid + ",\"host\":\"" + Owner.current().host()
                + "\",\"started\":\"2026-12-03T14:01:00Z\",\"notes\":" + (sha == null ? "null" : "\"" + sha + "\"") + "}\n");
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        Path f = notes.resolveSibling("." + notes.getFileName() + ".typed-ahead-" + pid);
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    private static String when(Instant t) {
        return DateTimeFormatter.ofPattern("'at' HH:mm 'on' d MMM", Locale.ENGLISH).withZone(ZoneId.systemDefault()).format(t);
    }

    @Test
    void keysAKilledReaderTypedAheadAreHandedToTheNextOpeningAndGoOnceSaved() throws Exception {
        Path notes = dir.resolve("n.json");
        Path journal = journalOfAKilledReader(notes, null, "{\"key\":\"v\",\"at\":\"2026-12-03T14:02:00Z\"}",
                "{\"key\":\"2\",\"at\":\"2026-12-03T14:02:01Z\"}", "{\"paste\":\"Tanya KPU\",\"length\":9,\"at\":\"2026-12-03T14:02:02Z\"}");
        Backend backend = backendFor(notes);
        backend.load(Progress.NONE);
        Backend.Recovered r = backend.recovered();
        assertThat(r).isNotNull();
        assertThat(r.keys()).containsExactly(new Msg.KeyPressed(Key.of("v"), T0), new Msg.KeyPressed(Key.of("2"), T0.plusSeconds(1)),
                new Msg.Pasted("Tanya KPU", 9, T0.plusSeconds(2)));
        assertThat(r.from()).isEqualTo(when(T0));
        assertThat(journal).as("kept until what they make is saved").exists();
        backend.typedAheadSaved(null);
        assertThat(journal).doesNotExist();
    }

    @Test
    void keysTheHangUpSaveRanAreSaidOnTheNextOpening() throws Exception {
        Path notes = dir.resolve("n.json");
        Path journal = journalOfAKilledReader(notes, null, "{\"key\":\"v\",\"at\":\"2026-12-03T14:02:00Z\"}",
                "{\"ran\":\"2026-12-03T14:05:00Z\",\"verdicts\":1,\"notes\":1,\"ratings\":0}");
        Backend backend = backendFor(notes);
        backend.load(Progress.NONE);
        assertThat(backend.recovered()).isNull();
        assertThat(backend.openingNotice()).isEqualTo("after the hang-up " + when(Instant.parse("2026-12-03T14:05:00Z"))
                + ", the keys typed ahead ran: 1 verdict and 1 note saved");
        assertThat(journal).doesNotExist();
    }

    /**
     * Keys typed before the note file changed were said once on opening and then lingered in their
     * journal, named by no later opening's choice: now every opening holds them back for the user,
     * until the user runs or drops them.
     */
    @Test
    void keysTypedBeforeTheNoteFileChangedAreHeldBackOnEveryOpeningUntilTheUserActs() throws Exception {
        Path notes = dir.resolve("n.json");
        Path journal = journalOfAKilledReader(notes, "0".repeat(64), "{\"key\":\"v\",\"at\":\"2026-12-03T14:02:00Z\"}",
                "{\"key\":\"2\",\"at\":\"2026-12-03T14:02:01Z\"}");
        for (int opening = 1; opening <= 2; opening++) {
            Backend backend = backendFor(notes);
            backend.load(Progress.NONE);
            assertThat(backend.recovered()).isNull();
            assertThat(backend.held()).as("opening " + opening).isNotNull();
            assertThat(backend.held().keys()).extracting(m -> ((Msg.KeyPressed) m).key().name()).containsExactly("v", "2");
            assertThat(backend.held().from()).isEqualTo(when(T0));
            assertThat(journal).as("left for the next opening").exists();
        }
        Backend dropping = backendFor(notes);
        dropping.load(Progress.NONE);
        dropping.heldKeys(false);
        assertThat(journal).as("dropped by the user").doesNotExist();
        Backend after = backendFor(notes);
        after.load(Progress.NONE);
        assertThat(after.held()).isNull();
    }

    @Test
    void thisReadersKeysAreJournalledAndAHangUpRunLeavesWordForTheNextOpening() throws Exception {
        Path notes = dir.resolve("n.json");
        Backend backend = backendFor(notes);
        backend.typedAhead(new Msg.KeyPressed(Key.of("v"), T0));
        backend.typedAhead(new Msg.KeyPressed(Key.of("2"), T0));
        Path journal = dir.resolve(".n.json.typed-ahead-" + ProcessHandle.current().pid());
        assertThat(Files.readAllLines(journal)).hasSize(3).last().asString().contains("\"key\":\"2\"");
        backend.load(Progress.NONE);
        backend.typedAheadSaved(new ReviewChanges(1, 0, 0));
        assertThat(Files.readAllLines(journal)).last().asString().contains("\"ran\"", "\"verdicts\":1");
    }

    @Test
    void anotherLiveReaderIsSaidOnOpeningAndAtTheFirstSave() throws Exception {
        Path notes = dir.resolve("n.json");
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Instant started = other.info().startInstant().orElseThrow();
            Files.writeString(dir.resolve(".n.json.lock"), "{\"reader\":1,\"pid\":" + other.pid() + ",\"host\":\""
                    + Owner.current().host() + "\",\"started\":\"" + started + "\"}\n");
            Backend backend = backendFor(notes);
            ReviewSession session = backend.load(Progress.NONE);
            String since = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(started);
            String said = "another reader has these notes open (pid " + other.pid() + ", since " + since
                    + "): your saves and theirs are merged";
            assertThat(backend.openingNotice()).isEqualTo(said);
            assertThat(backend.saveAndReport(ReaderBackendTest.noted(session, "satu"))).isEqualTo(said);
            assertThat(backend.saveAndReport(ReaderBackendTest.noted(session, "dua"))).as("said once").isNull();
            assertThat(Files.readString(notes)).as("reading and saving go on").contains("dua");
        } finally {
            other.destroy();
        }
    }
}
