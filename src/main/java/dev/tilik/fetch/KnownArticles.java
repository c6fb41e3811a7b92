package dev.tilik.fetch;

import dev.tilik.ingest.Article;
import dev.tilik.ingest.FolderLoader;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.Rules;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the folder already holds, shared by the threads of one {@code add}: the article of each
 * URL (from every article's {@code url:} header, whatever its format) and the file names taken,
 * so that one article is never added twice and two articles never get one name.
 */
final class KnownArticles {
    private final Map<String, String> byUrl = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    static KnownArticles of(Path folder, Rules rules) throws IOException {
        KnownArticles known = new KnownArticles();
        for (Article a : FolderLoader.load(folder, rules, Progress.NONE).articles()) {
            a.url().map(UrlKey::of).ifPresent(k -> known.byUrl.putIfAbsent(k, a.fileName()));
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                known.names.add(f.getFileName().toString().toLowerCase(Locale.ROOT));
            }
        }
        return known;
    }

    /** The file already holding the article at {@code url}, or null. */
    synchronized String fileOf(String url) {
        String key = UrlKey.of(url);
        return key == null ? null : byUrl.get(key);
    }

    /**
     * Books a file name for the article at {@code url}: null with {@code existing[0]} set when the
     * folder already holds it, else a fresh name, now taken.
     */
    synchronized String claim(String url, String outlet, String headline, String[] existing) {
        String key = UrlKey.of(url);
        if (key != null && byUrl.containsKey(key)) {
            existing[0] = byUrl.get(key);
            return null;
        }
        String name = FileNames.of(outlet, headline, n -> names.contains(n.toLowerCase(Locale.ROOT)));
        names.add(name.toLowerCase(Locale.ROOT));
        if (key != null) {
            byUrl.put(key, name);
        }
        return name;
    }

    /** Gives a booked name back (the write failed). */
    synchronized void release(String url, String name) {
        names.remove(name.toLowerCase(Locale.ROOT));
        String key = UrlKey.of(url);
        if (key != null && name.equals(byUrl.get(key))) {
            byUrl.remove(key);
        }
    }
}
