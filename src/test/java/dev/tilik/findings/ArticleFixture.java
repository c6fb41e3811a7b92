package dev.tilik.findings;

import dev.tilik.ingest.Article;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.DateMention;
import dev.tilik.statements.NumberMention;
import dev.tilik.statements.StanceBasis;
import dev.tilik.statements.Statement;
import dev.tilik.text.CharSpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link ArticleStatements} by hand for findings tests: an article text split into
 * sentences by a simple rule (end punctuation followed by space and a capital or a quote, or a
 * line break), and statements located by a distinctive substring.
 */
final class ArticleFixture {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201D]?)\\s+(?=[\"\u201C(A-Z])|\\n+");

    private final String fileName;
    private final String text;
    private final List<CharSpan> sentences;
    private final List<Statement> statements = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<CharSpan> boilerplate = new ArrayList<>();
    private CharSpan headline;
    private LocalDate published;
    private String source;
    private String language = "id";

    private Article loaded;

    private ArticleFixture(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
        this.sentences = split(text);
    }

    /**
     * An article as the real ingest stage read it (headline, publication date, boilerplate):
     * sentences in boilerplate are dropped, and the headline is one sentence of its own.
     */
    static ArticleFixture of(Article article) {
        ArticleFixture f = new ArticleFixture(article.fileName(), article.text());
        f.loaded = article;
        List<CharSpan> kept = new ArrayList<>();
        for (CharSpan s : f.sentences) {
            int start = s.start();
            int end = s.end();
            for (CharSpan b : article.boilerplate()) {
                if (b.start() <= start && b.end() > start) {
                    start = Math.min(b.end(), end);
                }
                if (b.start() < end && b.end() >= end && b.start() >= start) {
                    end = b.start();
                }
            }
            CharSpan t = new CharSpan(start, Math.max(start, end)).trim(article.text());
            if (!t.isEmpty() && !article.touchesBoilerplate(t)) {
                kept.add(t);
            }
        }
        f.sentences.clear();
        f.sentences.addAll(kept);
        if (article.headline() != null) {
            f.sentences.removeIf(s -> s.overlaps(article.headline()));
            f.sentences.add(article.headline());
            f.sentences.sort(null);
        }
        return f;
    }

    static ArticleFixture article(String fileName, String text) {
        return new ArticleFixture(fileName, text);
    }

    String text() {
        return text;
    }

    List<CharSpan> sentences() {
        return sentences;
    }

    /** The first line is the headline. */
    ArticleFixture headlineFirstLine() {
        int nl = text.indexOf('\n');
        headline = new CharSpan(0, nl < 0 ? text.length() : nl);
        return this;
    }

    /** The outlet the article's header names. */
    ArticleFixture source(String outlet) {
        this.source = outlet;
        return this;
    }

    /** The language the article is read in (default Indonesian). */
    ArticleFixture language(String code) {
        this.language = code;
        return this;
    }

    ArticleFixture published(LocalDate date) {
        this.published = date;
        return this;
    }

    /** Marks everything from {@code from} to the end as boilerplate (no sentences there). */
    ArticleFixture boilerplateFrom(String from) {
        int i = find(from);
        boilerplate.add(new CharSpan(i, text.length()));
        sentences.removeIf(s -> s.end() > i);
        return this;
    }

    /** Every occurrence of {@code asWritten} is a date mention. */
    ArticleFixture date(String asWritten, DayOfWeek weekday, int day, int month, Integer year) {
        for (int i = find(asWritten); i >= 0; i = text.indexOf(asWritten, i + 1)) {
            dates.add(new DateMention(new CharSpan(i, i + asWritten.length()), asWritten, weekday, day, month, year));
        }
        return this;
    }

    /** A statement whose claim is {@code match}. */
    StatementSpec say(String match, String speaker, String party, Stance stance, String topic) {
        return new StatementSpec(this, match, speaker, party, stance, topic);
    }

    int find(String s) {
        int i = text.indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException("not in " + fileName + ": " + s);
        }
        return i;
    }

    CharSpan sentenceAt(int offset) {
        return sentences.stream().filter(s -> s.contains(offset)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sentence at " + offset + " in " + fileName));
    }

    ArticleStatements build() {
        Article a = loaded != null ? loaded : new Article(fileName, text, "0".repeat(64), "UTF-8", boilerplate, headline,
                source, null, published, List.of());
        Document d = new Document(a, new LanguageGuess(language, 0.99, 0.9), sentences);
        return new ArticleStatements(d, statements, dates);
    }

    void add(StatementSpec spec, List<NumberMention> numbers, boolean quote) {
        int start = find(spec.match);
        CharSpan claim = new CharSpan(start, start + spec.match.length());
        CharSpan sentence = sentenceAt(start);
        List<DateMention> inSentence = dates.stream().filter(dm -> sentence.contains(dm.span())).toList();
        statements.add(new Statement(fileName + "#" + (statements.size() + 1), fileName, sentence, claim, spec.speaker,
                null, spec.party, null, null, quote, null, spec.stance, spec.topic, numbers, inSentence, spec.basis));
    }

    private static List<CharSpan> split(String text) {
        List<CharSpan> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            addTrimmed(out, text, start, m.start());
            start = m.end();
        }
        addTrimmed(out, text, start, text.length());
        return out;
    }

    private static void addTrimmed(List<CharSpan> out, String text, int start, int end) {
        CharSpan s = new CharSpan(start, end).trim(text);
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    /** A statement being described. */
    static final class StatementSpec {
        private final ArticleFixture article;
        private final String match;
        private final String speaker;
        private final String party;
        private final Stance stance;
        private final String topic;
        private final List<NumberMention> numbers = new ArrayList<>();
        private boolean quote;
        private StanceBasis basis = StanceBasis.UNKNOWN;

        StatementSpec(ArticleFixture article, String match, String speaker, String party, Stance stance, String topic) {
            this.article = article;
            this.match = match;
            this.speaker = speaker;
            this.party = party;
            this.stance = stance;
            this.topic = topic;
        }

        StatementSpec quote() {
            this.quote = true;
            return this;
        }

        /** Why the extractor would have given the stance (default: not recorded). */
        StatementSpec basis(StanceBasis b) {
            this.basis = b;
            return this;
        }

        StatementSpec number(String asWritten, Double value, double low, double high, Qualifier q,
                             String unit) {
            return number(asWritten, value, low, high, q, unit, null);
        }

        /** A figure with the thing it counts, as the figure parser read it beside it. */
        StatementSpec number(String asWritten, Double value, double low, double high, Qualifier q,
                             String unit, String counted) {
            numbers.add(new NumberMention(figureAt(asWritten), asWritten, value, low, high, q, unit, counted));
            return this;
        }

        /** A figure counting no named thing, with what befell the things it counts as its sentence says. */
        StatementSpec befell(String asWritten, double value, String which) {
            numbers.add(new NumberMention(figureAt(asWritten), asWritten, value, value, value, Qualifier.EXACT, null,
                    null, which));
            return this;
        }

        /** A figure counting no named thing with the word read for its unit, and what befell the things it counts. */
        StatementSpec befell(String asWritten, double value, String unit, String which) {
            numbers.add(new NumberMention(figureAt(asWritten), asWritten, value, value, value, Qualifier.EXACT, unit,
                    null, which));
            return this;
        }

        /** Where a figure stands: its first place at or after its sentence's start. */
        private CharSpan figureAt(String asWritten) {
            int base = article.sentenceAt(article.find(match)).start();
            int i = article.text().indexOf(asWritten, base);
            if (i < 0) {
                throw new IllegalArgumentException("figure not after its sentence start: " + asWritten);
            }
            return new CharSpan(i, i + asWritten.length());
        }

        ArticleFixture done() {
            article.add(this, numbers, quote);
            return article;
        }
    }
}
