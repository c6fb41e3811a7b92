package dev.tilik.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats Tilik reads, chosen by file name: {@code .txt}, {@code .html}/{@code .htm},
 * {@code .md}, {@code .json}, {@code .jsonl} (docs/INPUT.md). Tilik's own note files
 * ({@code tilik-notes*}) are never articles, wherever the user keeps them.
 */
public final class Formats {
    /** The extensions named to a user whose folder holds none of them. */
    public static final String NAMES = ".txt, .html, .htm, .md, .json, .jsonl";

    private static final List<ArticleFormat> ALL = List.of(
            new TextFormat(), new HtmlFormat(), new MarkdownFormat(), new JsonArticlesFormat());

    private Formats() {
    }

    /** The format that reads {@code fileName}, if any. */
    public static Optional<ArticleFormat> forName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tilik-notes")) {
            return Optional.empty();
        }
        return ALL.stream().filter(f -> f.reads(lower)).findFirst();
    }
}
