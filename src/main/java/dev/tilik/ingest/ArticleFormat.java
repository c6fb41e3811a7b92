package dev.tilik.ingest;

import java.util.List;

/**
 * One file format Tilik reads articles from. A format turns an item's bytes into articles whose
 * text is Tilik's header block ({@link HeaderBlock}) followed by the body, or is the file's own
 * text ({@code .txt}); {@link ArticleParser} does the rest, the same for every format.
 */
public interface ArticleFormat {
    /** True when this format reads a file of this name ({@code lowerCaseName} is lower-cased). */
    boolean reads(String lowerCaseName);

    /**
     * The articles in one item, with located problems about parts of it (a bad object in a JSON
     * Lines file) while the other parts load. A whole item Tilik cannot read is an
     * {@link UndecodableException}. Never throws anything else for bad input.
     */
    Parsed parse(String name, byte[] bytes, ArticleParser parser) throws UndecodableException;

    /** What one item gave. */
    record Parsed(List<Article> articles, List<Problem> problems) {
        public Parsed {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }

        public static Parsed of(Article article) {
            return new Parsed(List.of(article), List.of());
        }
    }
}
