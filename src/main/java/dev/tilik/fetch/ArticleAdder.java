package dev.tilik.fetch;

import dev.tilik.ingest.ExtractedArticle;
import dev.tilik.notes.AtomicWriter;
import dev.tilik.notes.NoteStore;
import dev.tilik.notes.SaveSteps;
import dev.tilik.rules.Rules;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tilik add}: fetches articles by URL into a folder, one {@code .txt} each with Tilik's
 * header block ({@code title:}, {@code source:}, {@code url:}, {@code date:}, {@code lang:}),
 * written atomically. Hosts are fetched in parallel, one host's URLs one after another with the
 * polite pause between requests. An article the folder already holds (same URL, asked or
 * canonical) is not added again. One URL failing never stops the others: each has its
 * {@link Result}.
 */
public final class ArticleAdder {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleAdder.class);

    private final FetchSettings settings;

    public ArticleAdder(FetchSettings settings) {
        this.settings = settings;
    }

    /** How one URL ended. */
    public enum Outcome { ADDED, ALREADY_THERE, FAILED }

    /**
     * @param url      the URL as given
     * @param outcome  added, already in the folder, or failed
     * @param fileName the file written or already holding it, or null when it failed
     * @param message  why it failed, or null
     * @param warnings what the user should know about an added article
     * @param title    the headline added, or null
     */
    public record Result(String url, Outcome outcome, String fileName, String message, List<String> warnings,
                         String title) {
        public Result {
            warnings = List.copyOf(warnings);
        }

        static Result failed(String url, String message) {
            return new Result(url, Outcome.FAILED, null, message, List.of(), null);
        }
    }

    /** Told of each URL as it finishes (on a fetching thread). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (result, finished, total) -> { };

        void finished(Result result, int finished, int total);
    }

    /**
     * Adds {@code urls} to {@code folder} (created if missing); results in the order of
     * {@code urls}. {@code rules} are only used to read the articles already there.
     */
    public List<Result> add(List<String> urls, Path folder, Rules rules, Listener listener)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        KnownArticles known = KnownArticles.of(folder, rules);
        PageClient client = new PageClient(settings, new PoliteGate(settings.hostDelay()));
        ArticleFetcher fetcher = new ArticleFetcher(client, settings.maxPages());
        Result[] results = new Result[urls.size()];
        AtomicInteger finished = new AtomicInteger();
        Map<String, List<Integer>> byHost = new LinkedHashMap<>();
        for (int i = 0; i < urls.size(); i++) {
            try {
                URI uri = PageClient.checked(URI.create(urls.get(i).strip()));
                byHost.computeIfAbsent(PoliteGate.hostKey(uri), h -> new ArrayList<>()).add(i);
            } catch (FetchException | IllegalArgumentException e) {
                String why = e instanceof FetchException ? e.getMessage() : "not a web address: " + urls.get(i).strip();
                results[i] = Result.failed(urls.get(i), why);
                listener.finished(results[i], finished.incrementAndGet(), urls.size());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.parallelHosts(),
                byHost.size())), r -> {
                    Thread t = new Thread(r, "tilik-fetch");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Integer> host : byHost.values()) {
                running.add(pool.submit(() -> {
                    for (int i : host) {
                        results[i] = one(urls.get(i).strip(), folder, known, fetcher);
                        listener.finished(results[i], finished.incrementAndGet(), urls.size());
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    LOG.error("fetching failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            out.add(results[i] != null ? results[i] : Result.failed(urls.get(i), "not fetched (internal error; see the log file)"));
        }
        return out;
    }

    private Result one(String url, Path folder, KnownArticles known, ArticleFetcher fetcher) throws InterruptedException {
        String there = known.fileOf(url);
        if (there != null) {
            return new Result(url, Outcome.ALREADY_THERE, there, null, List.of(), null);
        }
        ArticleFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(URI.create(url));
        } catch (FetchException e) {
            return Result.failed(url, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("fetching {} failed", url, e);
            return Result.failed(url, "internal error: " + e + " (details in the log file)");
        }
        ExtractedArticle a = fetched.article();
        String[] existing = new String[1];
        String name = known.claim(a.url(), a.source(), a.title(), existing);
        if (name == null) {
            return new Result(url, Outcome.ALREADY_THERE, existing[0], null, List.of(), a.title());
        }
        List<String> warnings = new ArrayList<>(fetched.warnings());
        if (fetched.pages() > 1) {
            warnings.add(0, fetched.pages() + " pages joined");
        }
        try {
            new AtomicWriter(SaveSteps.REAL).write(folder.resolve(name), a.text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            known.release(a.url(), name);
            return Result.failed(url, "could not write " + folder.resolve(name) + ": " + reason(e, folder));
        }
        return new Result(url, Outcome.ADDED, name, null, warnings, a.title());
    }

    /**
     * Why writing into {@code folder} failed, in the user's words ("Read-only file system", "No space
     * left on device"), never the name of the temporary file the write went through.
     */
    static String reason(IOException e, Path folder) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null && f.getFile() != null) {
            Path parent = Path.of(f.getFile()).toAbsolutePath().normalize().getParent();
            if (folder.toAbsolutePath().normalize().equals(parent)) {
                return f.getReason();
            }
        }
        return NoteStore.describe(e);
    }
}
