package dev.tilik.ingest;

import dev.tilik.rules.Rules;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Loads every {@code .txt} file of a folder (not its subfolders), in file-name order. One bad file
 * never stops the others: each becomes a {@link Problem} instead. Never throws for bad input.
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
        List<Problem> problems = new ArrayList<>();
        Path realFolder;
        List<Path> files = new ArrayList<>();
        try {
            realFolder = folder.toRealPath();
            if (!Files.isDirectory(realFolder)) {
                return failed(folder, "not a folder");
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
                for (Path p : ds) {
                    if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                        files.add(p);
                    }
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return failed(folder, "folder not found");
        } catch (IOException e) {
            return failed(folder, "cannot read the folder: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        if (files.isEmpty()) {
            problems.add(new Problem(Problem.Level.WARNING, folder.toString(), "no .txt files in this folder"));
        }
        SafeFileReader reader = new SafeFileReader(realFolder, maxFileBytes);
        ArticleParser parser = new ArticleParser(rules);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            progress.step("reading " + name, i, files.size());
            try {
                byte[] bytes = reader.read(files.get(i));
                Decoded decoded = TextDecoder.decode(bytes);
                Article article = parser.parse(name, decoded, sha256(bytes));
                for (String w : article.warnings()) {
                    problems.add(new Problem(Problem.Level.WARNING, name, w));
                }
                articles.add(article);
            } catch (FileRefusedException e) {
                problems.add(new Problem(Problem.Level.WARNING, name, e.getMessage()));
            } catch (UndecodableException e) {
                problems.add(new Problem(e.level(), name, e.getMessage()));
            }
        }
        progress.step("read", files.size(), files.size());
        return new LoadedFolder(articles, problems);
    }

    private static LoadedFolder failed(Path folder, String message) {
        return new LoadedFolder(List.of(), List.of(new Problem(Problem.Level.ERROR, folder.toString(), message)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
