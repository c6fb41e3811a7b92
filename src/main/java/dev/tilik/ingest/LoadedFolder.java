package dev.tilik.ingest;

import java.util.List;

/** What loading a folder gave: the articles read (sorted by file name) and what went wrong. */
public record LoadedFolder(List<Article> articles, List<Problem> problems) {
    public LoadedFolder {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** True when some problem is an error (e.g. the folder itself could not be read). */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.level() == Problem.Level.ERROR);
    }
}
