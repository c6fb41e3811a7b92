package dev.tilik.notes;

import dev.tilik.analysis.Analysis;
import dev.tilik.review.ReviewFixtures;
import dev.tilik.review.ReviewSession;
import dev.tilik.review.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A separate JVM for the crash tests.
 * <ul>
 *   <li>{@code loop FILE STEP N}: saves notes {@code save 0}, {@code save 1}, … and, in save N of
 *       the note file, stops inside STEP ({@code write}: half the bytes written; {@code force}:
 *       forced, not yet renamed; {@code move}: renamed, folder not yet flushed), prints
 *       {@code blocked} and waits to be killed.</li>
 *   <li>{@code hook FILE}: records a verdict without saving, installs {@link SaveOnExit}, prints
 *       {@code ready}, then waits for a signal.</li>
 * </ul>
 */
public final class SaveChild {
    /** Padding that makes a save's bytes many write calls long. */
    static final String PADDING = "x".repeat(64 * 1024);

    private SaveChild() {
    }

    static String note(long n) {
        return "save " + n + " " + PADDING;
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path file = Path.of(args[1]);
        Analysis analysis = ReviewFixtures.analysis();
        if (args[0].equals("loop")) {
            loop(file, analysis, args[2], Long.parseLong(args[3]), out);
        }
        NoteStore store = NoteStore.open(file);
        AtomicReference<ReviewSession> latest = new AtomicReference<>(store.restore(analysis)
                .withVerdict(analysis.findings().get(1), Verdict.CONFIRMED, Instant.now()));
        SaveOnExit.install(store, latest::get);
        out.println("ready");
        System.in.read();
    }

    private static void loop(Path file, Analysis analysis, String step, long blockAt, PrintStream out) {
        AtomicLong saving = new AtomicLong();
        String jsonName = file.getFileName().toString();
        SaveSteps blocking = new SaveSteps() {
            private boolean mine(Path p) {
                return saving.get() == blockAt && p.getFileName().toString().startsWith("." + jsonName + ".tmp-");
            }

            private Path tmp;

            @Override
            public FileChannel create(Path t) throws IOException {
                tmp = t;
                return SaveSteps.super.create(t);
            }

            @Override
            public int write(FileChannel channel, ByteBuffer buf) throws IOException {
                int n = channel.write(buf.slice().limit(Math.min(buf.remaining(), 4096)));
                buf.position(buf.position() + n);
                if (step.equals("write") && mine(tmp) && channel.position() > buf.limit() / 2) {
                    block(out);
                }
                return n;
            }

            @Override
            public void force(FileChannel channel) throws IOException {
                SaveSteps.super.force(channel);
                if (step.equals("force") && mine(tmp)) {
                    block(out);
                }
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                SaveSteps.super.move(from, to);
                if (step.equals("move") && mine(from)) {
                    block(out);
                }
            }
        };
        NoteStore store = NoteStore.open(file, blocking, Clock.systemUTC());
        ReviewSession session = store.restore(analysis);
        for (long n = 0; ; n++) {
            saving.set(n);
            session = session.withNote(analysis.findings().get(0), note(n), Instant.now());
            SaveResult r = store.save(session);
            out.println(r.ok() ? "saved " + n : "failed " + r.problems());
        }
    }

    /** Stands still inside a save step until the parent kills this JVM. */
    private static void block(PrintStream out) throws IOException {
        out.println("blocked");
        while (System.in.read() >= 0) {
            // The parent never writes; it kills.
        }
        throw new IOException("parent closed stdin instead of killing");
    }
}
