package dev.tilik.findings;

import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same words quoted by two outlets with a different figure in them: "ada satu orang meninggal,
 * tujuh orang terluka, lalu …" in one, "… tiga orang terluka, lalu …" in the other. A figure is a
 * number in a statement's claim, in digits or as a word the language's {@code cardinals} name
 * ("tujuh", "seven"), not part of a date or a time ("29/11", "07.15"). Its context is the
 * {@link #BEFORE} words before it and the {@link #AFTER} words after it in its sentence, figures
 * blanked; two figures of different articles with the same context (at least {@link #MIN_WORDS} words
 * of it) and different values are one sentence reported two ways. Indexed by context: linear in the
 * folder's figures, never all pairs.
 */
final class FigureQuotes {
    static final int BEFORE = 4;
    static final int AFTER = 3;
    /** Words (not blanked figures) a context must hold: a few words would match by chance ("sebanyak # orang"). */
    static final int MIN_WORDS = 6;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'.,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final String BLANK = "#";

    /** One figure where it stands: its span, as written, and its value as compared ("7" for "tujuh" and "7"). */
    record Quoted(Voice voice, CharSpan span, String text, String value, String context) {
    }

    private final Map<String, Double> cardinals;

    FigureQuotes(Map<String, Double> cardinals) {
        this.cardinals = cardinals;
    }

    /**
     * Figures grouped by context, only groups that hold at least two articles and two values; in
     * context order, each group's figures in reading order.
     */
    List<List<Quoted>> misquoted(List<Voice> voices) {
        Map<String, List<Quoted>> byContext = new TreeMap<>();
        for (Voice v : voices) {
            if (!v.headline()) {
                for (Quoted q : figures(v)) {
                    byContext.computeIfAbsent(q.context(), k -> new ArrayList<>()).add(q);
                }
            }
        }
        List<List<Quoted>> out = new ArrayList<>();
        for (List<Quoted> group : byContext.values()) {
            long articles = group.stream().map(q -> q.voice().fileName()).distinct().count();
            long values = group.stream().map(Quoted::value).distinct().count();
            if (articles >= 2 && values >= 2) {
                List<Quoted> sorted = new ArrayList<>(group);
                sorted.sort((a, b) -> Voice.byPosition(a.voice(), b.voice()));
                out.add(sorted);
            }
        }
        return out;
    }

    /** The figures of a voice's claim that stand among enough words to have a context. */
    List<Quoted> figures(Voice v) {
        String text = v.article().document().text();
        CharSpan sentence = v.statement().sentence();
        CharSpan claim = v.statement().claim();
        List<int[]> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher t = TOKEN.matcher(text).region(sentence.start(), sentence.end());
        while (t.find()) {
            tokens.add(new int[] {t.start(), t.end()});
            words.add(Normal.text(t.group()).toLowerCase(Locale.ROOT));
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            values.add(value(words.get(i), text, tokens.get(i)));
        }
        List<Quoted> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int[] tok = tokens.get(i);
            if (values.get(i) == null || tok[0] < claim.start() || tok[1] > claim.end()
                    || i < BEFORE || i + AFTER >= tokens.size()) {
                continue;
            }
            List<String> around = new ArrayList<>();
            for (int j = i - BEFORE; j <= i + AFTER; j++) {
                if (j != i) {
                    around.add(values.get(j) != null ? BLANK : words.get(j));
                }
            }
            if (around.stream().filter(w -> !BLANK.equals(w)).count() >= MIN_WORDS) {
                String context = String.join(" ", around.subList(0, BEFORE)) + " | " + String.join(" ", around.subList(BEFORE, around.size()));
                out.add(new Quoted(v, new CharSpan(tok[0], tok[1]), text.substring(tok[0], tok[1]), values.get(i), context));
            }
        }
        return out;
    }

    /** A token's value as a figure, or null when it is none (a word, a date's or a time's part, a year). */
    private String value(String word, String text, int[] tok) {
        Double card = cardinals.get(word);
        if (card != null) {
            return String.valueOf(card.longValue());
        }
        if (!DIGITS.matcher(word).matches()) {
            return null;
        }
        char before = tok[0] > 0 ? text.charAt(tok[0] - 1) : ' ';
        char after = tok[1] < text.length() ? text.charAt(tok[1]) : ' ';
        if (before == '/' || after == '/' || before == ':' || after == ':' || word.matches("(19|20)\\d\\d|\\d{1,2}[.:]\\d\\d")) {
            return null;
        }
        return word.replaceAll("[.,]", "");
    }
}
