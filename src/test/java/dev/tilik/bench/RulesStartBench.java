package dev.tilik.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilik.cli.Cli;
import dev.tilik.cli.CliContext;
import dev.tilik.json.StrictJson;
import dev.tilik.rules.FindingRules;
import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.PartyRules;
import dev.tilik.rules.RulePattern;
import dev.tilik.rules.RulesLoader;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the time of a cold rules load goes, in fresh JVMs as {@code tilik check} meets it (command
 * line parsed first): CPU time of the loading thread for Jackson's mapper, the rule records'
 * deserializers, RE2/J's first compile, the load proper, and a second (warm) load; then JVM start to
 * rules loaded. Medians over interleaved fresh JVMs, one column set per JVM option set.
 * Run: {@code java -cp target/test-classes dev.tilik.bench.RulesStartBench ROUNDS JAR ["OPTIONS"…]}.
 */
public final class RulesStartBench {
    static final String[] COLUMNS = {"picocli", "mapper", "deserializers", "re2j", "load", "warm load", "start→loaded"};

    private RulesStartBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        String jar = args[1];
        List<String> variants = new ArrayList<>(List.of(""));
        variants.addAll(Arrays.asList(args).subList(2, args.length));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<List<double[]>> results = new ArrayList<>();
        variants.forEach(v -> results.add(new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < variants.size(); i++) {
                List<String> cmd = new ArrayList<>(List.of(java));
                if (!variants.get(i).isBlank()) {
                    cmd.addAll(List.of(variants.get(i).trim().split("\\s+")));
                }
                cmd.addAll(List.of("-cp", jar + File.pathSeparator + "target/test-classes", Child.class.getName()));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    results.get(i).add(Arrays.stream(r.readLine().split(" ")).mapToDouble(Double::parseDouble).toArray());
                }
                p.waitFor();
            }
        }
        System.out.println("JVM options | " + String.join(" | ", COLUMNS) + " (ms; CPU of the loading thread, last: wall)");
        for (int i = 0; i < variants.size(); i++) {
            StringBuilder row = new StringBuilder(variants.get(i).isBlank() ? "(none)" : variants.get(i));
            for (int c = 0; c < COLUMNS.length; c++) {
                row.append(String.format(Locale.ROOT, " | %.0f", median(results.get(i), c)));
            }
            System.out.println(row);
        }
    }

    private static double median(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return v[v.length / 2];
    }

    /** One measurement in a fresh JVM; prints the columns' values separated by spaces. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] out = new double[COLUMNS.length];
            long t = threads.getCurrentThreadCpuTime();
            CliContext ctx = new CliContext((folder, rules, progress) -> null, Map.of(), () -> false, (b, o) -> 0);
            Cli.commandLine(ctx, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                    .parseArgs("check", "articles", "--rules", "rules", "--format", "json");
            t = lap(threads, t, out, 0);
            ObjectMapper mapper = StrictJson.mapper();
            t = lap(threads, t, out, 1);
            for (Class<?> type : List.of(LanguageRules.class, PartyRules.class, FindingRules.class)) {
                mapper.readerFor(type); // builds the deserializers eagerly
            }
            t = lap(threads, t, out, 2);
            RulePattern.of("warm(up)?\\s+\\w+");
            t = lap(threads, t, out, 3);
            RulesLoader.load(Path.of("rules"));
            out[6] = ManagementFactory.getRuntimeMXBean().getUptime();
            t = lap(threads, t, out, 4);
            RulesLoader.load(Path.of("rules"));
            lap(threads, t, out, 5);
            StringBuilder line = new StringBuilder();
            for (double v : out) {
                line.append(String.format(Locale.ROOT, "%.1f ", v));
            }
            System.out.println(line.toString().trim());
        }

        private static long lap(ThreadMXBean threads, long since, double[] out, int column) {
            long now = threads.getCurrentThreadCpuTime();
            out[column] = (now - since) / 1e6;
            return now;
        }
    }
}
