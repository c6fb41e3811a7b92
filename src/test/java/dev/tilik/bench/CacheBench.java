package dev.tilik.bench;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * First open against reopen through the analysis cache, in one run, as ratios: each round times
 * {@code java -version} (the yardstick), then on a copy of DIR with its own empty cache folder
 * ({@code XDG_CACHE_HOME}): the first open (every article analysed and written), the reopen (the
 * folder's whole analysis read from its one folder entry: no file parsed, no NLP model loaded, no
 * folder pass, no findings run), the reopen from the article entries only (the folder entry
 * removed: every article read back, the folder pass and findings rerun — the reopen before the
 * folder entry existed), the reopen with the models parsed anyway (the folder
 * marker removed, so the models preload on a daemon thread as on a first open: the models-free path
 * measured both ways), the reopen after one article was added (that article analysed, models
 * loaded), and {@code --no-cache}. Medians over the rounds with the spread [min–max], and each
 * row's ratio to the first open of the same round (median and spread); the clock stops at the first
 * byte of output (for {@code check}, the report: all findings are known) and at exit.
 * <p>With {@code reader} as the fourth argument it times the reader instead, in tmux: from the
 * command's start to the first frame showing "Finding 1/" (the time to the first finding), and the
 * process's CPU time ({@code /usr/bin/time}, user + system, the process quits at once after the
 * first finding is seen), steadier than wall time on a loaded machine; the load average is printed
 * at the start and the end of the run.
 * <p>JAR is run as {@code java -jar JAR}; anything else not ending in {@code .jar} (the launcher
 * {@code target/tilik}) is run as it is. Run after {@code mvn -B -q package -DskipTests}:
 * {@code java -cp target/test-classes dev.tilik.bench.CacheBench [RUNS] [DIR] [JAR|LAUNCHER[,…]] [check|reader] [nowarmup]}.
 * <p>Several builds, comma-separated (a build of main before a change, then the change's), take turns
 * within each round, each with its own cache, notes and state; each is printed with its rows' ratios to
 * its own first open of the same round.
 */
public final class CacheBench {
    private CacheBench() {
    }

    /**
     * What {@link StartupBench} measures: first byte of output, and exit (ns); for the reader also the
     * process's CPU time, user + system, its {@code stty} children included (ns; -1 when not measured).
     */
    record Timing(long first, long exit, long cpu) {
        static Timing of(StartupBench.Timing t) {
            return new Timing(t.firstOutput(), t.exit(), -1);
        }
    }

    static Timing time(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return Timing.of(StartupBench.time(command, env));
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path source = Path.of(args.length > 1 ? args[1] : "articles").toAbsolutePath();
        List<String> jars = new ArrayList<>();
        for (String j : (args.length > 2 ? args[2] : "target/tilik.jar").split(",")) {
            jars.add(Path.of(j).toAbsolutePath().toString());
        }
        boolean reader = args.length > 3 && args[3].equals("reader");
        boolean warmUp = !(args.length > 4 && args[4].equals("nowarmup")); // big folders: the warm-up round costs minutes
        System.out.println("load average at the start: " + loadAverage());
        Path work = Files.createTempDirectory("tilik-cachebench");
        Path folder = work.resolve("folder");
        copy(source, folder);
        Path added = folder.resolve("zzz_added.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Map<String, List<Timing>>> results = new ArrayList<>();
        for (int i = 0; i < jars.size(); i++) {
            Map<String, List<Timing>> rows = new LinkedHashMap<>();
            for (String name : List.of("java -version", "first open", "reopen", "reopen, article entries only",
                    "reopen, models parsed anyway", "reopen, one article added", "--no-cache")) {
                rows.put(name, new ArrayList<>());
            }
            results.add(rows);
        }
        for (int r = warmUp ? -1 : 0; r < runs; r++) { // round -1 warms the disk cache and is not counted
            for (int i = 0; i < jars.size(); i++) { // the builds take turns within each round
                String jar = jars.get(i);
                Path own = Files.createDirectories(work.resolve("build" + i)); // each build its own cache, notes and state
                Path cache = own.resolve("cache");
                Runner run = (cmdArgs) -> reader ? timeReader(java, jar, own, folder, cmdArgs)
                        : timeCheck(java, jar, own, folder, cmdArgs);
                Map<String, Timing> round = new LinkedHashMap<>();
                round.put("java -version", time(List.of(java, "-version"), Map.of()));
                delete(cache);
                Files.deleteIfExists(added);
                round.put("first open", run.time());
                round.put("reopen", run.time());
                delete(cache.resolve("tilik").resolve("analyses")); // what a reopen cost before the folder entry
                round.put("reopen, article entries only", run.time());
                delete(cache.resolve("tilik").resolve("folders"));
                round.put("reopen, models parsed anyway", run.time());
                Files.writeString(added, addedArticle(folder, r));
                round.put("reopen, one article added", run.time());
                round.put("--no-cache", run.time("--no-cache"));
                if (r >= 0) {
                    Map<String, List<Timing>> rows = results.get(i);
                    round.forEach((k, v) -> rows.get(k).add(v));
                }
            }
            Files.deleteIfExists(added);
        }
        System.out.println("load average at the end: " + loadAverage());
        for (int i = 0; i < jars.size(); i++) {
            print(results.get(i), reader, source, command(java, jars.get(i)), runs);
        }
        delete(work);
    }

    private static void print(Map<String, List<Timing>> results, boolean reader, Path source, List<String> command,
                              int runs) throws IOException {
        List<Timing> firsts = results.get("first open");
        System.out.printf(Locale.ROOT, "%s on %s (%d files), %s, %d rounds; medians, [min–max]%n",
                reader ? "reader: first finding" : "check --format json", source, countFiles(source), command, runs);
        System.out.printf(Locale.ROOT, "%-30s %24s %24s %7s %24s%n", "", "first output", "× first open, by round", "× java",
                "exit");
        double base = median(results.get("java -version"), true);
        results.forEach((name, ts) -> {
            double[] ratios = new double[ts.size()];
            for (int i = 0; i < ts.size(); i++) {
                ratios[i] = (double) ts.get(i).first() / firsts.get(i).first();
            }
            System.out.printf(Locale.ROOT, "%-30s %8.0f ms [%5.0f–%5.0f] %8.2f [%5.2f–%5.2f] %7.1f %8.0f ms [%5.0f–%5.0f]%n",
                    name, median(ts, true), min(ts, true), max(ts, true), median(ratios), min(ratios), max(ratios),
                    median(ts, true) / base, median(ts, false), min(ts, false), max(ts, false));
        });
        if (firsts.stream().allMatch(t -> t.cpu() >= 0)) {
            System.out.printf(Locale.ROOT, "%-30s %24s %24s%n", "CPU, user + system", "median [min–max]",
                    "× first open, by round");
            results.forEach((name, ts) -> {
                if (ts.stream().anyMatch(t -> t.cpu() < 0)) {
                    return; // java -version is not timed for CPU
                }
                double[] cpu = ts.stream().mapToDouble(t -> t.cpu() / 1e6).toArray();
                double[] ratios = new double[ts.size()];
                for (int i = 0; i < ts.size(); i++) {
                    ratios[i] = (double) ts.get(i).cpu() / firsts.get(i).cpu();
                }
                System.out.printf(Locale.ROOT, "%-30s %8.0f ms [%5.0f–%5.0f] %8.2f [%5.2f–%5.2f]%n", name, median(cpu),
                        min(cpu), max(cpu), median(ratios), min(ratios), max(ratios));
            });
        }
    }

    @FunctionalInterface
    interface Runner {
        Timing time(String... extra) throws Exception;
    }

    static Timing timeCheck(String java, String jar, Path work, Path folder, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(command(java, jar));
        cmd.addAll(List.of("check", folder.toString(), "--format", "json"));
        cmd.addAll(List.of(extra));
        return time(cmd, env(work));
    }

    static Map<String, String> env(Path work) {
        return Map.of("XDG_CACHE_HOME", work.resolve("cache").toString(), "XDG_STATE_HOME", work.resolve("state").toString());
    }

    /** The reader in a 120×35 tmux pane, until "Finding 1/" shows; then q. */
    static Timing timeReader(String java, String jar, Path work, Path folder, String... extra) throws Exception {
        String socket = "tilik-cachebench-" + ProcessHandle.current().pid();
        Path cpuFile = work.resolve("cpu.txt");
        Files.deleteIfExists(cpuFile);
        StringBuilder cmd = new StringBuilder("cd '" + work + "' && exec env");
        env(work).forEach((k, v) -> cmd.append(' ').append(k).append("='").append(v).append('\''));
        if (Files.isExecutable(Path.of(TIME))) { // its line goes to a file: nothing on the reader's screen
            cmd.append(' ').append(TIME).append(" -o '").append(cpuFile).append("' -f '%U %S'");
        }
        for (String part : command(java, jar)) {
            cmd.append(" '").append(part).append('\'');
        }
        cmd.append(" --notes '").append(work.resolve("n.json")).append("' '").append(folder).append('\'');
        for (String e : extra) {
            cmd.append(' ').append(e);
        }
        long t0 = System.nanoTime();
        tmux(socket, "new-session", "-d", "-s", "b", "-x", "120", "-y", "35", "sh", "-c", cmd.toString());
        long shown = -1;
        try {
            try {
                Awaitility.await("the reader's first finding").atMost(Duration.ofSeconds(600))
                        .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                        .until(() -> tmux(socket, "capture-pane", "-p", "-t", "b").contains("Finding 1/"));
                shown = System.nanoTime() - t0;
            } catch (ConditionTimeoutException e) {
                shown = -1;
            }
            tmux(socket, "send-keys", "-t", "b", "q");
            try {
                Awaitility.await("the reader to quit").atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> tmux(socket, "list-sessions").isEmpty());
            } catch (ConditionTimeoutException e) {
                // the server is killed below either way
            }
        } finally {
            tmux(socket, "kill-server");
        }
        if (shown < 0) {
            throw new IOException("the reader showed no finding within 600 s");
        }
        return new Timing(shown, shown, cpu(cpuFile));
    }

    /** GNU time, which reports a process's CPU time with its children's. */
    private static final String TIME = "/usr/bin/time";

    /** User + system seconds as {@link #TIME} wrote them, in ns; -1 when it wrote none. */
    private static long cpu(Path file) throws IOException {
        if (!Files.exists(file)) {
            return -1;
        }
        String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split("\\s+");
        if (parts.length < 2) {
            return -1;
        }
        return Math.round((Double.parseDouble(parts[parts.length - 2]) + Double.parseDouble(parts[parts.length - 1])) * 1e9);
    }

    /** The first three fields of {@code /proc/loadavg}, or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String tmux(String socket, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return p.exitValue() == 0 ? out : "";
    }

    /** An article not in the folder yet: the first one's text with a new line, so its content hash is new. */
    static String addedArticle(Path folder, int round) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            Path first = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            return Files.readString(first, StandardCharsets.UTF_8) + "\nCatatan redaksi " + round + ".\n";
        }
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.toList()) {
                if (Files.isRegularFile(p)) {
                    Files.copy(p, to.resolve(p.getFileName()));
                }
            }
        }
    }

    static long countFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** {@code java -jar JAR} for a jar; a launcher such as {@code target/tilik} is run as it is. */
    static List<String> command(String java, String jar) {
        return jar.endsWith(".jar") ? List.of(java, "-jar", jar) : List.of(jar);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return (s[(s.length - 1) / 2] + s[s.length / 2]) / 2.0;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static double min(List<Timing> ts, boolean first) {
        return ts.stream().mapToLong(t -> first ? t.first() : t.exit()).min().orElse(0) / 1e6;
    }

    private static double max(List<Timing> ts, boolean first) {
        return ts.stream().mapToLong(t -> first ? t.first() : t.exit()).max().orElse(0) / 1e6;
    }

    private static double median(List<Timing> ts, boolean first) {
        long[] v = ts.stream().mapToLong(t -> first ? t.first() : t.exit()).toArray();
        Arrays.sort(v);
        return (v[(v.length - 1) / 2] + v[v.length / 2]) / 2.0 / 1e6;
    }
}
