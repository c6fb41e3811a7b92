package dev.tilik.cli;

import dev.tilik.analysis.Analysis;
import dev.tilik.analysis.FolderAnalyzer;
import dev.tilik.cache.ArticleCache;
import dev.tilik.cache.CacheBound;
import dev.tilik.ingest.Problem;
import dev.tilik.ingest.Progress;
import dev.tilik.rules.RuleFiles;
import dev.tilik.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code [DIR]} plus {@code --rules}: the articles folder to analyse, checked before any work. */
public final class FolderInput {
    /** The folder read when none is named. */
    static final String DEFAULT_FOLDER = "articles";

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = DEFAULT_FOLDER,
            description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Mixin
    RulesOption rules;

    @Option(names = "--no-cache",
            description = "Analyse every article again: neither read nor write the analysis cache "
                    + "($XDG_CACHE_HOME/tilik, bounded by $" + CacheBound.ENV + ", default 256M).")
    boolean noCache;

    private FolderAnalyzer analyzer;
    private ArticleCache cache;

    /** {@code folder} with {@code rules}, for a command that learns its folder from elsewhere (a note file). */
    static FolderInput of(Path folder, RulesOption rules) {
        FolderInput in = new FolderInput();
        in.folder = folder;
        in.rules = rules;
        return in;
    }

    public Path folder() {
        return folder;
    }

    /** The rules folder the user named, or null for the default. */
    public Path rulesDir() {
        return rules.rules;
    }

    /**
     * Loads the rules and checks the folder exists: the fast checks, done before any slow work or
     * screen. Rules this build has parsed before (the cache remembers their fingerprint) are only
     * read and fingerprinted here and parse on first use: an unchanged folder's analysis comes whole
     * from the cache and needs nothing else of them. Others are parsed now, so a malformed rule is
     * told here, located, and remembered once it parses.
     */
    Rules prepare(CliContext ctx) throws BadInputException {
        RuleFiles files = rules.read();
        ArticleCache known = cache(ctx);
        Rules loaded;
        if (known != null && known.rulesParsed(files.fingerprint())) {
            loaded = files.parseLater();
        } else {
            loaded = RulesOption.parse(files);
            if (known != null) {
                known.rememberRulesParsed(files.fingerprint());
            }
        }
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(notAFolder(folder));
        }
        return loaded;
    }

    /**
     * Why {@code folder} cannot be read as the articles folder: not there at all, or there but a
     * file ({@code tilik README.md}: Tilik reads a folder of articles, not one article).
     */
    static String notAFolder(Path folder) {
        if (Files.isRegularFile(folder)) {
            return folder + " is a file, not a folder: tilik reads a folder of articles (name the folder that holds it"
                    + (folder.toAbsolutePath().getParent() == null ? "" : ", " + shownParent(folder)) + ")";
        }
        if (Files.exists(folder)) {
            return folder + " is not a folder: tilik reads a folder of articles";
        }
        return "articles folder not found: " + folder;
    }

    private static String shownParent(Path folder) {
        Path parent = folder.getParent();
        return parent == null ? "." : parent.toString();
    }

    /**
     * The context's analyzer, keeping each article's analysis in the context's cache folder unless
     * {@code --no-cache} was given or the context has none.
     */
    FolderAnalyzer analyzer(CliContext ctx) throws BadInputException {
        if (analyzer == null) {
            ArticleCache c = cache(ctx);
            analyzer = c == null ? ctx.analyzer() : ctx.analyzer().cachedIn(c);
        }
        return analyzer;
    }

    /** The analysis cache in the context's cache folder, or null with {@code --no-cache} or no folder. */
    private ArticleCache cache(CliContext ctx) throws BadInputException {
        if (cache == null && !noCache && ctx.cacheDir() != null) {
            try {
                cache = ArticleCache.open(ctx.cacheDir(), CacheBound.parse(ctx.env().get(CacheBound.ENV)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return cache;
    }

    /** Starts loading, in the background, what analysing this folder will need (see {@link FolderAnalyzer#prepare}). */
    void warmUp(CliContext ctx) throws BadInputException {
        analyzer(ctx).prepare(folder);
    }

    /** How many files' refusals "no readable articles" names before "and N more". */
    private static final int NAMED_PROBLEMS = 5;

    /** Loads the rules, then analyses the folder; unusable input is a {@link BadInputException}. */
    Analysis analyze(CliContext ctx, Progress progress) throws BadInputException, IOException {
        warmUp(ctx); // the models parse on another core while the rules are read
        return analyze(ctx, prepare(ctx), progress);
    }

    /** Analyses the folder with rules already loaded by {@link #prepare}. */
    Analysis analyze(CliContext ctx, Rules loaded, Progress progress) throws BadInputException, IOException {
        Analysis analysis = analyzer(ctx).analyze(folder, loaded, progress);
        if (analysis.articles().isEmpty()) {
            List<Problem> problems = analysis.problems();
            String why = problems.isEmpty() ? "" : " (" + problems.stream().limit(NAMED_PROBLEMS).map(String::valueOf)
                    .collect(Collectors.joining("; ")) + (problems.size() > NAMED_PROBLEMS
                    ? "; and " + (problems.size() - NAMED_PROBLEMS) + " more" : "") + ")";
            throw new BadInputException("no readable articles in " + folder + why);
        }
        return analysis;
    }
}
