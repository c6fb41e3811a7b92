package dev.tilik.analysis;

import dev.tilik.findings.Finding;
import dev.tilik.ingest.Problem;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The result of analysing a folder: every article with its statements, the findings, and the
 * problems met on the way. Immutable; the TUI, shell and batch reports all read this. Its findings
 * are in {@link FindingOrder}'s one order, so a finding's number is the same everywhere.
 *
 * <p>Every lookup by id or file name goes through an index built once: articles and findings in the
 * constructor, statements by one pass over the folder on the first statement lookup. A save that
 * looks up every cited statement costs one hash lookup each, not a scan of the folder.
 * {@link #statementsRead()} counts the statements that pass read (the seam a test counts through:
 * however many lookups, each statement is read once). {@link #counted} is a second seam: the same
 * analysis, counting who asks for the whole article list and how many statements are looked up
 * (a reader's frame must ask only for what it shows). An article's address ({@link #url}) is read
 * from its header once, on the first asking, and kept: a save that cites a thousand statements of
 * one article parses its header once, not a thousand times ({@link #headersRead()} counts the parses).
 */
public final class Analysis {
    private final String folder;
    private final String rules;
    private final List<ArticleStatements> articles;
    private final List<Finding> findings;
    private final List<Problem> problems;
    private final Map<String, ArticleStatements> articleByFile;
    private final StatementIndex statements;
    private final Map<String, Finding> findingById;
    private final Map<String, Optional<String>> urlByFile;
    private final LongAdder headersRead;
    private final int statementCount;
    private final Reads reads;

    /**
     * @param folder   the articles folder as the user named it
     * @param rules    where the rules came from
     */
    public Analysis(String folder, String rules, List<ArticleStatements> articles, List<Finding> findings,
                    List<Problem> problems) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.articles = List.copyOf(articles);
        this.findings = List.copyOf(FindingOrder.of(findings));
        this.problems = List.copyOf(problems);
        this.articleByFile = new HashMap<>(this.articles.size() * 2);
        int count = 0;
        for (ArticleStatements a : this.articles) {
            articleByFile.putIfAbsent(a.fileName(), a);
            count += a.statements().size();
        }
        this.statementCount = count;
        this.statements = new StatementIndex(this.articles);
        this.reads = null;
        this.findingById = new HashMap<>(this.findings.size() * 2);
        for (Finding f : this.findings) {
            findingById.putIfAbsent(f.id(), f);
        }
        this.urlByFile = new ConcurrentHashMap<>();
        this.headersRead = new LongAdder();
    }

    /** The same articles and findings with other problems; the indexes are shared, not rebuilt. */
    private Analysis(Analysis from, List<Problem> problems, Reads reads) {
        this.folder = from.folder;
        this.rules = from.rules;
        this.articles = from.articles;
        this.findings = from.findings;
        this.problems = List.copyOf(problems);
        this.articleByFile = from.articleByFile;
        this.statements = from.statements;
        this.findingById = from.findingById;
        this.urlByFile = from.urlByFile;
        this.headersRead = from.headersRead;
        this.statementCount = from.statementCount;
        this.reads = reads;
    }

    /** This analysis with {@code problems} in place of its own (e.g. the note file's added). */
    public Analysis withProblems(List<Problem> problems) {
        return new Analysis(this, problems, reads);
    }

    /** This analysis (indexes shared), counting into {@code reads} what its readers ask for: a test seam. */
    public Analysis counted(Reads reads) {
        return new Analysis(this, problems, Objects.requireNonNull(reads, "reads"));
    }

    public String folder() {
        return folder;
    }

    public String rules() {
        return rules;
    }

    /** Every article, in folder order (a walk over the folder: counted when {@link #counted}). */
    public List<ArticleStatements> articles() {
        if (reads != null) {
            reads.articleLists.increment();
        }
        return articles;
    }

    /** The findings in {@link FindingOrder}'s order: finding N is the N-th of this list everywhere. */
    public List<Finding> findings() {
        return findings;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The article of that file name (the first, should two share one). */
    public Optional<ArticleStatements> article(String fileName) {
        return Optional.ofNullable(articleByFile.get(fileName));
    }

    /**
     * The address the header of that file's article names ({@code url:}), if the folder holds the
     * file and its header names one: read from the header on the first asking, then kept.
     */
    public Optional<String> url(String fileName) {
        Optional<String> known = urlByFile.get(fileName);
        if (known != null) {
            return known;
        }
        ArticleStatements a = articleByFile.get(fileName);
        if (a == null) {
            return Optional.empty();
        }
        return urlByFile.computeIfAbsent(fileName, f -> {
            headersRead.increment();
            return a.document().article().url();
        });
    }

    /** How many article headers {@link #url} has parsed so far: each article's once at most. */
    public long headersRead() {
        return headersRead.sum();
    }

    /** The statement of that id (the first, should two share one). */
    public Optional<Statement> statement(String statementId) {
        if (reads != null) {
            reads.statementLookups.increment();
        }
        return Optional.ofNullable(statements.get(statementId));
    }

    public Optional<Finding> finding(String id) {
        return Optional.ofNullable(findingById.get(id));
    }

    /** The article at {@code index} in folder order (no walk over the folder). */
    public ArticleStatements articleAt(int index) {
        return articles.get(index);
    }

    /** How many articles the folder holds. */
    public int articleCount() {
        return articles.size();
    }

    /** How many statements the folder holds (counted once, at construction). */
    public int statementCount() {
        return statementCount;
    }

    /**
     * How many statements lookups by id have read so far: 0 before the first, then every statement
     * once, however many lookups follow. A scan per lookup would make it grow with each.
     */
    public long statementsRead() {
        return statements.read();
    }

    /** What readers of a {@link #counted} analysis asked for. */
    public static final class Reads {
        private final LongAdder articleLists = new LongAdder();
        private final LongAdder statementLookups = new LongAdder();

        /** Calls of {@link #articles()}: each is a walk over the whole folder. */
        public long articleLists() {
            return articleLists.sum();
        }

        /** Calls of {@link #statement(String)}. */
        public long statementLookups() {
            return statementLookups.sum();
        }

        public void reset() {
            articleLists.reset();
            statementLookups.reset();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Analysis a && folder.equals(a.folder) && rules.equals(a.rules)
                && articles.equals(a.articles) && findings.equals(a.findings) && problems.equals(a.problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(folder, rules, articles, findings, problems);
    }

    @Override
    public String toString() {
        return "Analysis[" + folder + ", " + articles.size() + " articles, " + statementCount + " statements, "
                + findings.size() + " findings, " + problems.size() + " problems]";
    }
}
