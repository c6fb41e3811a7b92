package dev.tilik.ingest;

import dev.tilik.rules.Rules;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads every article file of a folder (not its subfolders), in file-name order: each file's
 * format ({@link Formats}) turns its bytes into articles. One bad file never stops the others:
 * each becomes a {@link Problem} instead. Never throws for bad input.
 */
public final class FolderLoader {
    /** Files larger than this are skipped unread. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private FolderLoader() {
    }

    public static LoadedFolder load(Path folder, Rules rules, Progress progress) {
        return load(folder, rules, progress, MAX_FILE_BYTES);
    }

    public static LoadedFolder load(Path folder, Rules rules, Progress progress, long maxFileBytes) {
        return load(new FolderSource(folder, maxFileBytes), rules, progress);
    }

    /** Loads every item of {@code source} that some format reads, in name order. */
    public static LoadedFolder load(ArticleSource source, Rules rules, Progress progress) {
        List<String> names = new ArrayList<>();
        try {
            for (String name : source.list()) {
                if (Formats.forName(name).isPresent()) {
                    names.add(name);
                }
            }
        } catch (ArticleSource.SourceException e) {
            return failed(source.where(), e.getMessage());
        }
        names.sort(null);
        List<Problem> problems = new ArrayList<>();
        if (names.isEmpty()) {
            problems.add(new Problem(Problem.Level.WARNING, source.where(),
                    "no article files in this folder (" + Formats.NAMES + ")"));
        }
        ArticleParser parser = new ArticleParser(rules);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            progress.step("reading " + name, i, names.size());
            try {
                byte[] bytes = source.read(name);
                ArticleFormat.Parsed parsed = Formats.forName(name).orElseThrow().parse(name, bytes, parser);
                for (Article article : parsed.articles()) {
                    for (String w : article.warnings()) {
                        problems.add(new Problem(Problem.Level.WARNING, article.fileName(), w));
                    }
                    articles.add(article);
                }
                problems.addAll(parsed.problems());
            } catch (FileRefusedException e) {
                problems.add(new Problem(Problem.Level.WARNING, name, e.getMessage()));
            } catch (UndecodableException e) {
                problems.add(new Problem(e.level(), name, e.getMessage()));
            }
        }
        progress.step("read", names.size(), names.size());
        return new LoadedFolder(articles, problems);
    }

    private static LoadedFolder failed(String where, String message) {
        return new LoadedFolder(List.of(), List.of(new Problem(Problem.Level.ERROR, where, message)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
