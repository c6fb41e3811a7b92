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
        List<Problem> problems = new ArrayList<>(folderProblems(read));
        if (read.failed() != null) {
            return new LoadedFolder(List.of(), problems);
        }
        ArticleParser parser = new ArticleParser(rules);
        List<Article> articles = new ArrayList<>();
        List<FolderFiles.File> files = read.files();
        for (int i = 0; i < files.size(); i++) {
            progress.step("reading " + files.get(i).name(), i, files.size());
            LoadedFolder one = parseFile(files.get(i), parser);
            articles.addAll(one.articles());
            problems.addAll(one.problems());
        }
        progress.step("read", files.size(), files.size());
        return new LoadedFolder(articles, problems);
    }

    /**
     * What is wrong with the folder as a whole, before any file: it could not be listed, or it holds
     * no article file. {@link #parse} puts these first.
     */
    public static List<Problem> folderProblems(FolderFiles read) {
        if (read.failed() != null) {
            return List.of(read.failed());
        }
        if (read.files().isEmpty()) {
            return List.of(new Problem(Problem.Level.WARNING, read.where(),
                    "no article files in this folder (" + Formats.NAMES + ")"));
        }
        return List.of();
    }

    /**
     * One file of {@link #read}'s: its articles and its problems (the refusal, each article's
     * warnings, the format's problems), the bytes released. {@link #parse} is this on every file in
     * order; callers on several threads give each thread its own {@code parser}. Call once per file.
     */
    public static LoadedFolder parseFile(FolderFiles.File file, ArticleParser parser) {
        return parseFile(file, parser, ParsedFiles.NONE);
    }

    /**
     * As {@link #parseFile(FolderFiles.File, ArticleParser)}, but a file {@code known} holds a parse of
     * (same name, same bytes) is taken from there unparsed, and a file parsed here is given to it.
     */
    public static LoadedFolder parseFile(FolderFiles.File file, ArticleParser parser, ParsedFiles known) {
        if (file.refused() != null) {
            return new LoadedFolder(List.of(), List.of(file.refused()));
        }
        String name = file.name();
        byte[] bytes = file.take();
        if (bytes == null) {
            throw new IllegalStateException(name + " was parsed already");
        }
        LoadedFolder found = known.get(name, file.sha256());
        if (found != null) {
            return found;
        }
        LoadedFolder parsed = parse(name, bytes, parser);
        known.put(name, file.sha256(), parsed);
        return parsed;
    }

    private static LoadedFolder parse(String name, byte[] bytes, ArticleParser parser) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
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
        return new LoadedFolder(articles, problems);
    }

    /**
     * One SHA-256 digest a thread, reused: looking the algorithm up among the providers for every file cost as much
     * as hashing it. {@code digest} leaves it reset for the next file.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA_256.get().digest(bytes));
    }
}
