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
        return parse(read(source), rules, progress);
    }

    /** The files of {@code folder} as read, unparsed (see {@link FolderFiles}), with the default size cap. */
    public static FolderFiles read(Path folder) {
        return read(new FolderSource(folder, MAX_FILE_BYTES));
    }

    /** Every item of {@code source} that some format reads, in name order, read and hashed but not parsed. */
    public static FolderFiles read(ArticleSource source) {
        List<String> names = new ArrayList<>();
        try {
            for (String name : source.list()) {
                if (Formats.forName(name).isPresent()) {
                    names.add(name);
                }
            }
        } catch (ArticleSource.SourceException e) {
            return new FolderFiles(source.where(), List.of(),
                    new Problem(Problem.Level.ERROR, source.where(), e.getMessage()));
        }
        names.sort(null);
        List<FolderFiles.File> files = new ArrayList<>(names.size());
        for (String name : names) {
            try {
                files.add(new FolderFiles.File(name, source.read(name)));
            } catch (FileRefusedException e) {
                files.add(new FolderFiles.File(name, new Problem(Problem.Level.WARNING, name, e.getMessage())));
            }
        }
        return new FolderFiles(source.where(), files, null);
    }

    /**
     * The articles in files {@link #read} gave, each file's bytes released once parsed. Call once per
     * {@code FolderFiles}.
     */
    public static LoadedFolder parse(FolderFiles read, Rules rules, Progress progress) {
        if (read.failed() != null) {
            return new LoadedFolder(List.of(), List.of(read.failed()));
        }
        List<Problem> problems = new ArrayList<>();
        if (read.files().isEmpty()) {
            problems.add(new Problem(Problem.Level.WARNING, read.where(),
                    "no article files in this folder (" + Formats.NAMES + ")"));
        }
        ArticleParser parser = new ArticleParser(rules);
        List<Article> articles = new ArrayList<>();
        List<FolderFiles.File> files = read.files();
        for (int i = 0; i < files.size(); i++) {
            FolderFiles.File file = files.get(i);
            progress.step("reading " + file.name(), i, files.size());
            if (file.refused() != null) {
                problems.add(file.refused());
                continue;
            }
            String name = file.name();
            byte[] bytes = file.take();
            if (bytes == null) {
                throw new IllegalStateException(name + " was parsed already");
            }
            try {
                ArticleFormat.Parsed parsed = Formats.forName(name).orElseThrow().parse(name, bytes, parser);
                for (Article article : parsed.articles()) {
                    for (String w : article.warnings()) {
                        problems.add(new Problem(Problem.Level.WARNING, article.fileName(), w));
                    }
                    articles.add(article);
                }
                problems.addAll(parsed.problems());
            } catch (UndecodableException e) {
                problems.add(new Problem(e.level(), name, e.getMessage()));
            }
        }
        progress.step("read", files.size(), files.size());
        return new LoadedFolder(articles, problems);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
