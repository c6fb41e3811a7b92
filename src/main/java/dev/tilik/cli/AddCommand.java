package dev.tilik.cli;

import dev.tilik.fetch.ArticleAdder;
import dev.tilik.fetch.ArticleAdder.Outcome;
import dev.tilik.fetch.ArticleAdder.Result;
import dev.tilik.fetch.FetchSettings;
import dev.tilik.rules.Rules;
import dev.tilik.text.SafeText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tilik add URL… [--to DIR]}: fetches articles by URL into the articles folder, one {@code .txt} each.
 * What it prints passes through {@link SafeText}: a URL from a file may hold escape sequences.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Fetch news articles by URL into the articles folder, one .txt each with Tilik's header "
                + "block (title, source, url, date, lang), named from the outlet and the headline.",
                "URLs come as arguments, from --from FILE (one a line, # comments), or from standard input (-). "
                        + "An article already in the folder (same URL) is not added again."})
public final class AddCommand extends ContextCommand {
    @Parameters(arity = "0..*", paramLabel = "URL", description = "Article addresses; - reads them from standard input.")
    List<String> urls = new ArrayList<>();

    @Option(names = "--to", paramLabel = "DIR", defaultValue = "articles",
            description = "The articles folder, created if missing (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--from", paramLabel = "FILE", description = "Read URLs from FILE, one a line.")
    Path from;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Give up on a server silent this long (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "1",
            description = "Pause between two requests to the same host (default: ${DEFAULT-VALUE}).")
    double delay;

    @Mixin
    RulesOption rules;

    /** Where {@code -} reads URLs from; standard input unless a test says otherwise. */
    InputStream stdin = System.in;

    public AddCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() throws Exception {
        List<String> all = urls();
        if (all.isEmpty()) {
            throw new BadInputException("no URL given (tilik add URL…, --from FILE, or - for standard input)");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BadInputException("not a folder: " + folder);
        }
        if (!(timeout > 0) || !(delay >= 0)) {
            throw new BadInputException("--timeout must be above 0 and --delay at least 0");
        }
        Rules loaded = rules.load();
        FetchSettings settings = settings(timeout, delay);
        List<Result> results;
        try (TerminalProgress progress = progress()) {
            progress.step("fetching", 0, all.size());
            results = new ArticleAdder(settings).add(all, folder, loaded,
                    (r, done, total) -> progress.step("fetching", done, total));
        } catch (IOException e) {
            throw new BadInputException("cannot use the folder " + folder + ": " + e.getMessage());
        }
        return report(results);
    }

    /**
     * The reader's settings for adding by URL: the defaults, or {@code TILIK_FETCH_TIMEOUT} and
     * {@code TILIK_FETCH_DELAY} (seconds) from the environment when set and valid.
     */
    static FetchSettings settings(Map<String, String> env) {
        return settings(seconds(env.get("TILIK_FETCH_TIMEOUT"), 20, 0.001), seconds(env.get("TILIK_FETCH_DELAY"), 1, 0));
    }

    private static double seconds(String value, double fallback, double least) {
        try {
            double v = value == null ? fallback : Double.parseDouble(value.strip());
            return v >= least && v < 3600 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static FetchSettings settings(double timeoutSeconds, double delaySeconds) {
        Duration t = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        return FetchSettings.defaults(VersionProvider.version()).withReadTimeout(t)
                .withConnectTimeout(t.compareTo(Duration.ofSeconds(10)) < 0 ? t : Duration.ofSeconds(10))
                .withHostDelay(Duration.ofMillis(Math.round(delaySeconds * 1000)));
    }

    private int report(List<Result> results) {
        PrintWriter out = out();
        PrintWriter err = err();
        int added = 0;
        int there = 0;
        int failed = 0;
        for (Result r : results) {
            switch (r.outcome()) {
                case ADDED -> {
                    added++;
                    out.println(SafeText.sanitize("added " + folder.resolve(r.fileName()) + "  <- " + r.url()));
                    r.warnings().forEach(w -> out.println(SafeText.sanitize("  " + w)));
                }
                case ALREADY_THERE -> {
                    there++;
                    out.println(SafeText.sanitize("already there: " + folder.resolve(r.fileName()) + "  <- " + r.url()));
                }
                case FAILED -> {
                    failed++;
                    err.println("tilik: " + r.url() + ": " + r.message());
                }
            }
        }
        out.println(added + " added, " + there + " already there, " + failed + " failed");
        out.flush();
        err.flush();
        return results.stream().anyMatch(r -> r.outcome() == Outcome.FAILED) ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    /** The URLs of the arguments, of {@code --from}, and of standard input for {@code -}, in that order. */
    private List<String> urls() throws BadInputException {
        List<String> all = new ArrayList<>();
        for (String u : urls) {
            if (u.equals("-")) {
                all.addAll(lines(new InputStreamReader(stdin, StandardCharsets.UTF_8), "standard input"));
            } else {
                all.add(u);
            }
        }
        if (from != null) {
            try {
                all.addAll(lines(Files.newBufferedReader(from, StandardCharsets.UTF_8), from.toString()));
            } catch (IOException e) {
                throw new BadInputException("cannot read " + from + ": " + e.getMessage());
            }
        }
        return all;
    }

    private static List<String> lines(Reader reader, String where) throws BadInputException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read URLs from " + where + ": " + e.getMessage());
        }
        return out;
    }
}
