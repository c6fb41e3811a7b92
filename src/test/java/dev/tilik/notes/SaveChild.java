package dev.tilik.notes;

import dev.tilik.analysis.Analysis;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A separate JVM for the crash tests. {@code loop FILE}: saves ever-changing notes until killed,
 * printing {@code saved N} after each save. {@code hook FILE}: records a verdict without saving,
 * installs {@link SaveOnExit}, prints {@code ready}, then waits for a signal.
 */
public final class SaveChild {
    /** Padding that makes each save large enough for a kill to land mid-write. */
    static final String PADDING = "x".repeat(256 * 1024);

    /** Writes in small, flushed chunks so most of a save's time is spent mid-write. */
    private static final SaveSteps SMALL_WRITES = new SaveSteps() {
        @Override
        public int write(java.nio.channels.FileChannel channel, java.nio.ByteBuffer buf) throws IOException {
            int n = channel.write(buf.slice().limit(Math.min(buf.remaining(), 4096)));
            buf.position(buf.position() + n);
            channel.force(false);
            return n;
        }
    };

    private SaveChild() {
    }

    static String note(long n) {
        return "save " + n + " " + PADDING;
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path file = Path.of(args[1]);
        Analysis analysis = ReviewFixtures.analysis();
        NoteStore store = NoteStore.open(file, SMALL_WRITES, java.time.Clock.systemUTC());
        ReviewSession session = store.restore(analysis);
        if (args[0].equals("loop")) {
            for (long n = 0; ; n++) {
                session = session.withNote(analysis.findings().get(0), note(n), Instant.now());
                SaveResult r = store.save(session);
                out.println(r.ok() ? "saved " + n : "failed " + r.problems());
            }
        }
        AtomicReference<ReviewSession> latest = new AtomicReference<>(
                session.withVerdict(analysis.findings().get(1), Verdict.CONFIRMED, Instant.now()));
        SaveOnExit.install(store, latest::get);
        out.println("ready");
        System.in.read();
    }
}
