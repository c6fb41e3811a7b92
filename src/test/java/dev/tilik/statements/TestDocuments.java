package dev.tilik.statements;

import dev.tilik.ingest.Article;
import dev.tilik.json.JsonFileException;
import dev.tilik.nlp.Document;
import dev.tilik.nlp.LanguageGuess;
import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.RulePattern;
import dev.tilik.rules.Rules;
import dev.tilik.rules.RulesLoader;
import dev.tilik.text.CharSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds {@link Document}s for statement tests without the NLP stage: boilerplate lines from the
 * rules, sentences split on line breaks and on ". " before a capital or a quotation mark, never
 * after a listed abbreviation, a single capital or inside a number. Good enough for hand-written
 * test text; the real pipeline uses the project's sentence model.
 */
final class TestDocuments {
    private TestDocuments() {
    }

    static Rules rules() {
        try {
            return RulesLoader.load(Path.of("rules"));
        } catch (JsonFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Document of(Rules rules, String language, String fileName, String text) {
        return of(rules, language, fileName, text, null);
    }

    /** The same, with the article's first line as its headline. */
    static Document withHeadline(Rules rules, String language, String text) {
        int nl = text.indexOf('\n');
        return of(rules, language, "t.txt", text, CharSpan.of(0, nl < 0 ? text.length() : nl));
    }

    private static Document of(Rules rules, String language, String fileName, String text, CharSpan headline) {
        LanguageRules lr = rules.forLanguage(language).orElseThrow();
        List<CharSpan> boilerplate = boilerplate(lr, text);
        Article article = new Article(fileName, text, "0".repeat(64), "UTF-8", boilerplate, headline, null, null, null,
                List.of());
        Set<String> abbreviations = lr.sentences().abbreviations().stream()
                .map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<CharSpan> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            CharSpan line = CharSpan.of(lineStart, lineEnd);
            if (!article.touchesBoilerplate(line)) {
                split(text, line, abbreviations, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return new Document(article, new LanguageGuess(language, 1.0, 1.0), sentences, tag(language, text, sentences));
    }

    private static dev.tilik.nlp.EnglishTagger englishTagger;
    private static dev.tilik.nlp.Tokenizer englishTokenizer;

    /**
     * English sentences tagged by the real models (as the NLP stage does: each sentence when first read,
     * by one tagger and tokenizer shared under this class's lock), other languages not at all.
     */
    private static dev.tilik.nlp.Tagging tag(String language, String text, List<CharSpan> sentences) {
        if (!"en".equals(language)) {
            return dev.tilik.nlp.Tagging.NONE;
        }
        synchronized (TestDocuments.class) {
            try {
                if (englishTagger == null) {
                    dev.tilik.nlp.NlpModels models = dev.tilik.nlp.NlpModels.load();
                    dev.tilik.nlp.NlpModels.TaggingModels m = models.englishTagging();
                    englishTagger = new dev.tilik.nlp.EnglishTagger(m.pos(), m.lemmas());
                    englishTokenizer = models.pipeline(rules()).tokenizer();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return dev.tilik.nlp.Tagging.lazy(text, sentences, englishTokenizer, englishTagger, TestDocuments.class);
        }
    }

    static Document file(Rules rules, String language, Path path) {
        try {
            return of(rules, language, path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void split(String text, CharSpan line, Set<String> abbreviations, List<CharSpan> out) {
        int start = line.start();
        for (int i = line.start(); i < line.end(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < line.end() && "\"\u201D)".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j >= line.end() || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < line.end() && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= line.end()) {
                continue;
            }
            char next = text.charAt(k);
            if (!Character.isUpperCase(next) && next != '"' && next != '\u201C') {
                continue;
            }
            int w = i;
            while (w > line.start() && !Character.isWhitespace(text.charAt(w - 1))) {
                w--;
            }
            String word = text.substring(w, i + 1).toLowerCase(Locale.ROOT);
            if (c == '.' && (abbreviations.contains(word) || word.length() == 2)) {
                continue;
            }
            add(text, CharSpan.of(start, j), out);
            start = k;
        }
        add(text, CharSpan.of(start, line.end()), out);
    }

    private static void add(String text, CharSpan span, List<CharSpan> out) {
        CharSpan t = span.trim(text);
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    private static List<CharSpan> boilerplate(LanguageRules lr, String text) {
        List<CharSpan> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd).strip();
            if (matches(lr.boilerplate().cutFrom(), line)) {
                out.add(CharSpan.of(lineStart, text.length()));
                break;
            }
            if (!line.isEmpty() && matches(lr.boilerplate().lines(), line)) {
                out.add(CharSpan.of(lineStart, lineEnd));
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static boolean matches(List<RulePattern> patterns, String line) {
        return patterns.stream().anyMatch(p -> p.pattern().matches(line));
    }
}
