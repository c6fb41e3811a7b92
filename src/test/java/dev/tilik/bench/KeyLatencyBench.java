package dev.tilik.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Issue 10's key row: how long from a key to the redrawn frame, Tilik's reader against {@code less}
 * through the same harness in the same run. Generates N articles ({@link StoryCorpus}), opens the
 * reader on them and {@code less} on the same articles joined into one file (each article after a
 * {@code == name ==} line, {@code less} searching for those lines), each in its own tmux session of
 * the same size (200×60), and copies each pane's output (the bytes the program writes to its
 * terminal) through {@code tmux pipe-pane} into a FIFO read here, every chunk stamped as it
 * arrives. Then, alternating between the two, sends {@code n} (next finding; next match) with
 * {@code tmux send-keys} and takes the time from just before the key is sent to the last byte of
 * the frame it causes (the output then stays quiet for {@value #QUIET_MS} ms). Both pay the same
 * {@code send-keys} process and tmux hop, so the difference is the programs'. Prints each key,
 * then median and p95 of each and their differences (the goal: within 16 ms).
 * <p>From the project folder, after {@code mvn -B -q package -DskipTests}:
 * {@code java -cp target/tilik.jar:target/test-classes dev.tilik.bench.KeyLatencyBench [KEYS] [N] [SEED] [COMMAND…]}
 * (60 keys each, 7,500 articles, seed 1, {@code java -jar target/tilik.jar}). Each COMMAND is a
 * reader (another build's jar, the launcher), all in the same run, keys going round all of them
 * and {@code less}. Each reader analyses the folder first (minutes at 7,500 articles on a busy
 * machine), with its own scratch cache and notes.
 */
public final class KeyLatencyBench {
    static final int WIDTH = 200;
    static final int HEIGHT = 60;
    static final long QUIET_MS = 250;
    private static final long FIRST_BYTE_TIMEOUT_MS = 10_000;

    private KeyLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 7500;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        List<String> readers = args.length > 3 ? List.of(args).subList(3, args.length) : List.of("java -jar target/tilik.jar");
        Path scratch = Files.createTempDirectory("tilik-keys");
        Path folder = scratch.resolve("articles");
        new StoryCorpus(seed).write(folder, n);
        Path joined = scratch.resolve("joined.txt");
        join(folder, joined);
        String tag = "tilik-keys-" + ProcessHandle.current().pid();
        System.out.printf(Locale.ROOT, "Key latency: %d generated articles (seed %d), %d×%d, %d keys each, alternating%n",
                n, seed, WIDTH, HEIGHT, keys);
        List<Pane> panes = new ArrayList<>();
        try {
            Pane less = new Pane(tag + "-less", scratch, "less -S +/'^== ' " + joined);
            panes.add(less);
            for (int r = 0; r < readers.size(); r++) {
                Path own = scratch.resolve("reader" + r);
                Files.createDirectories(own);
                panes.add(new Pane(tag + "-tilik" + r, scratch, "env XDG_CACHE_HOME=" + own.resolve("cache") + " "
                        + readers.get(r) + " " + folder + " --notes " + own.resolve("notes.json")));
            }
            less.awaitScreen(s -> s.contains("== "), 60);
            long t = System.nanoTime();
            for (Pane reader : panes.subList(1, panes.size())) {
                reader.awaitScreen(s -> s.contains("Finding 1/"), 3600);
            }
            System.out.printf(Locale.ROOT, "the reader%s showed the first finding after %.1f s (analysis of %d articles)%n",
                    readers.size() == 1 ? "" : "s", (System.nanoTime() - t) / 1e9, n);
            // One unmeasured key each: the first frames after opening may still be settling.
            for (Pane p : panes) {
                p.key("n");
            }
            double[][] ms = new double[panes.size()][keys];
            for (int i = 0; i < keys; i++) {
                StringBuilder line = new StringBuilder("key " + (i + 1) + ":");
                for (int p = 0; p < panes.size(); p++) {
                    ms[p][i] = panes.get(p).key("n");
                    line.append(String.format(Locale.ROOT, " %s %.1f ms", p == 0 ? "less" : "reader " + p, ms[p][i]));
                }
                System.out.println(line);
            }
            System.out.printf(Locale.ROOT, "less: median %.1f ms, p95 %.1f ms%n", percentile(ms[0], 50), percentile(ms[0], 95));
            for (int p = 1; p < panes.size(); p++) {
                System.out.printf(Locale.ROOT, "reader %d (%s): median %.1f ms, p95 %.1f ms; − less: median %+.1f ms, p95 %+.1f ms (goal: within 16 ms)%n",
                        p, readers.get(p - 1), percentile(ms[p], 50), percentile(ms[p], 95),
                        percentile(ms[p], 50) - percentile(ms[0], 50), percentile(ms[p], 95) - percentile(ms[0], 95));
            }
            for (Pane p : panes) {
                p.send("q");
            }
            for (Pane p : panes.subList(1, panes.size())) {
                p.awaitExit(600);
            }
        } finally {
            for (Pane p : panes) {
                p.close();
            }
            deleteTree(scratch);
        }
    }

    /** The articles of {@code folder} in name order, each after a line {@code == name ==}, as one file. */
    static void join(Path folder, Path joined) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                out.append("== ").append(p.getFileName()).append(" ==\n").append(Files.readString(p)).append('\n');
            }
        }
        Files.writeString(joined, out, StandardCharsets.UTF_8);
    }

    /** The value below which {@code p} per cent of {@code values} lie (nearest rank). */
    static double percentile(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    /** One program in its own tmux session, its output copied into a FIFO and stamped chunk by chunk. */
    static final class Pane implements AutoCloseable {
        private final String session;
        private final Path fifo;
        private final Thread reader;
        /** Time of the last chunk read, and how many bytes so far. */
        private final AtomicLong lastChunk = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();

        Pane(String session, Path scratch, String command) throws IOException, InterruptedException {
            this.session = session;
            this.fifo = scratch.resolve(session + ".fifo");
            run("mkfifo", fifo.toString());
            run("tmux", "new-session", "-d", "-s", session, "-x", String.valueOf(WIDTH), "-y", String.valueOf(HEIGHT), command);
            run("tmux", "set-option", "-t", session, "remain-on-exit", "on");
            reader = new Thread(this::drain, session + "-output");
            reader.setDaemon(true);
            reader.start();
            run("tmux", "pipe-pane", "-O", "-t", session, "cat > " + fifo);
        }

        private void drain() {
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(fifo)) {
                for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
                    long now = System.nanoTime();
                    synchronized (this) {
                        bytes.addAndGet(r);
                        lastChunk.set(now);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void awaitScreen(java.util.function.Predicate<String> shown, int seconds) throws IOException, InterruptedException {
            try {
                Awaitility.await(session + " on screen").atMost(Duration.ofSeconds(seconds))
                        .pollInterval(Duration.ofMillis(100)).until(() -> shown.test(capture()));
            } catch (ConditionTimeoutException e) {
                throw new IllegalStateException(session + ": not shown within " + seconds + " s:\n" + capture(), e);
            }
        }

        String capture() throws IOException, InterruptedException {
            Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", session).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        }

        /**
         * Sends {@code key} and waits for the frame it causes: the first byte after it, then output
         * until {@value #QUIET_MS} ms of quiet. Returns milliseconds from just before sending to the
         * frame's last byte.
         */
        double key(String key) throws IOException, InterruptedException {
            settle();
            long before = bytes.get();
            long t0 = System.nanoTime();
            send(key);
            synchronized (this) {
                long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(FIRST_BYTE_TIMEOUT_MS);
                while (bytes.get() == before) {
                    long wait = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (wait <= 0) {
                        throw new IllegalStateException(session + ": no output within " + FIRST_BYTE_TIMEOUT_MS
                                + " ms of a key:\n" + capture());
                    }
                    wait(wait);
                }
            }
            settle();
            return (lastChunk.get() - t0) / 1e6;
        }

        /** Waits until the output has been quiet for {@value #QUIET_MS} ms. */
        private void settle() throws InterruptedException {
            synchronized (this) {
                while (true) {
                    long quietFor = System.nanoTime() - lastChunk.get();
                    long left = TimeUnit.MILLISECONDS.toNanos(QUIET_MS) - quietFor;
                    if (left <= 0) {
                        return;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            }
        }

        void send(String key) throws IOException, InterruptedException {
            run("tmux", "send-keys", "-t", session, key);
        }

        void awaitExit(int seconds) {
            try {
                Awaitility.await(session + " to exit").atMost(Duration.ofSeconds(seconds))
                        .pollInterval(Duration.ofMillis(100)).until(this::paneDead);
            } catch (ConditionTimeoutException e) {
                System.out.println(session + ": still running " + seconds + " s after q");
            }
        }

        /** True once the pane's program has ended (or tmux no longer knows the session). */
        boolean paneDead() throws IOException, InterruptedException {
            Process p = new ProcessBuilder("tmux", "display-message", "-p", "-t", session, "#{pane_dead}")
                    .redirectErrorStream(true).start();
            String dead = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() != 0 || dead.equals("1");
        }

        @Override
        public void close() throws IOException, InterruptedException {
            new ProcessBuilder("tmux", "kill-session", "-t", session).redirectErrorStream(true).start().waitFor();
            reader.join(2000);
        }

        private static void run(String... command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(all.toList());
            java.util.Collections.reverse(paths);
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}
