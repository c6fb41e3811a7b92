package dev.tilik.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * JVM start to first output, and to exit, for {@code java -jar target/tilik.jar check DIR --format
 * json}, against two yardsticks measured in the same run (runs interleaved, medians), so the ratio
 * survives a busy machine: {@code java -version}, and a bare JVM that loads the same models and
 * exits ({@link BareOpenNlp} {@code load}, from the jar's classpath), run plainly and with the
 * launcher's JVM options ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}); issue 10's goal is
 * ≤ 1.3× the bare JVM. Output of both goes through one pipe (stderr merged) and is
 * drained; the clock stops at the first byte and at exit.
 * <p>Run after {@code mvn -B -q package -DskipTests}:
 * {@code java -cp target/test-classes dev.tilik.bench.StartupBench [RUNS] [DIR] [JAR…]}; several jars
 * (say, before and after a change) are timed in the same interleaved rounds; JVM options may precede
 * a jar in one argument: {@code "-XX:TieredStopAtLevel=1 target/tilik.jar"}; an argument not ending in
 * {@code .jar} is a launcher run as it is ({@code target/tilik}).
 */
public final class StartupBench {
    private StartupBench() {
    }

    /** Nanoseconds from start to the first byte of output, and to exit. */
    record Timing(long firstOutput, long exit) {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String dir = args.length > 1 ? args[1] : "articles";
        List<String> jars = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("target/tilik.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of(java, "-version"));
        for (String jar : jars) {
            List<String> words = List.of(jar.trim().split("\\s+")); // JVM options may precede the jar
            String last = words.get(words.size() - 1);
            List<String> cmd = new ArrayList<>();
            if (last.endsWith(".jar")) {
                cmd.add(java);
                cmd.addAll(words.subList(0, words.size() - 1));
                cmd.addAll(List.of("-jar", last));
            } else {
                cmd.addAll(words); // a launcher such as target/tilik, run as it is
            }
            cmd.addAll(List.of("check", dir, "--format", "json"));
            commands.add(cmd);
        }
        String bareCp = jarOf(jars) + File.pathSeparator + "target/test-classes";
        commands.add(1, List.of(java, "-cp", bareCp, BareOpenNlp.class.getName(), "load"));
        commands.add(2, List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", bareCp,
                BareOpenNlp.class.getName(), "load"));
        List<List<Timing>> results = new ArrayList<>();
        for (List<String> cmd : commands) {
            time(cmd);
            results.add(new ArrayList<>());
        }
        for (int r = 0; r < runs; r++) {
            for (int i = 0; i < commands.size(); i++) {
                results.get(i).add(time(commands.get(i)));
            }
        }
        double baseFirst = median(results.get(0), true);
        double baseExit = median(results.get(0), false);
        double bareFirst = median(results.get(1), true);
        double bareC1First = median(results.get(2), true);
        System.out.printf(Locale.ROOT, "JVM start (median of %d runs, interleaved; × against java -version, against the bare"
                + " JVM loading the models, and against the bare JVM with the launcher's options)%n", runs);
        System.out.printf(Locale.ROOT, "%-70s %12s %6s %7s %7s %10s %6s%n", "command", "first output", "×ver", "×bare",
                "×bareC1", "exit", "×ver");
        for (int i = 0; i < commands.size(); i++) {
            List<String> cmd = commands.get(i);
            double first = median(results.get(i), true);
            double exit = median(results.get(i), false);
            String name = String.join(" ", cmd.subList(1, cmd.size())).replace(bareCp, "<jar:test-classes>");
            System.out.printf(Locale.ROOT, "%-70s %9.0f ms %6.1f %7.2f %7.2f %7.0f ms %6.1f%n",
                    name.length() > 70 ? "…" + name.substring(name.length() - 69) : name, first, first / baseFirst,
                    first / bareFirst, first / bareC1First, exit, exit / baseExit);
        }
    }

    /** The first jar named among the commands (for the bare baseline's classpath), else target/tilik.jar. */
    private static String jarOf(List<String> jars) {
        for (String j : jars) {
            for (String w : j.trim().split("\\s+")) {
                if (w.endsWith(".jar")) {
                    return w;
                }
            }
        }
        return "target/tilik.jar";
    }

    static Timing time(List<String> command) throws IOException, InterruptedException {
        return time(command, java.util.Map.of());
    }

    /** As {@link #time(List)}, with {@code env} added to the child's environment. */
    static Timing time(List<String> command, java.util.Map<String, String> env) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        long first = -1;
        byte[] buf = new byte[8192];
        try (InputStream in = p.getInputStream()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (n > 0 && first < 0) {
                    first = System.nanoTime() - t0;
                }
            }
        }
        int status = p.waitFor();
        long exit = System.nanoTime() - t0;
        if (status != 0 && status != 1) {
            throw new IOException(String.join(" ", command) + " exited with " + status);
        }
        return new Timing(first < 0 ? exit : first, exit);
    }

    private static double median(List<Timing> ts, boolean first) {
        long[] v = ts.stream().mapToLong(t -> first ? t.firstOutput() : t.exit()).toArray();
        Arrays.sort(v);
        return (v[(v.length - 1) / 2] + v[v.length / 2]) / 2.0 / 1e6;
    }
}
