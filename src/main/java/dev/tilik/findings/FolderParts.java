package dev.tilik.findings;

import dev.tilik.rules.NumberWords;
import dev.tilik.statements.ArticleStatements;
import dev.tilik.statements.NumberMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Figures the folder itself writes as a part of a whole, in one sentence of any of its articles: "sembilan dari 13
 * korban meninggal dunia merupakan warga sipil", "nine of the 13 dead were civilians" (a part, then "dari"/"of", then
 * its whole); "13 orang tewas, terdiri dari sembilan warga sipil dan empat anggota TNI", "13 people died, of whom nine
 * were civilians", "65 orang, 12 di antaranya kru" (a whole, then a breakdown word with its part before or after it).
 * A figure elsewhere in the folder of the part's value, written with the part's own noun ("menewaskan 9 warga sipil"),
 * counts that part, another scope than the whole ("menewaskan 13 orang"): {@link NumericDetector} neither sets the two
 * against each other nor shows one as the other moved on. Read only when the part's figure writes a noun the whole's
 * does not, and that noun stands after the part in the folder's sentence: a part the folder never names by its noun
 * is no part this can tell. Figures in digits or in one number word ({@link NumberWords#valueOf}). Made on first use,
 * and indexed by the part's value: two groups of figures are compared figure by figure only for a figure of one whose
 * value the folder writes as a part (most folders write few or none), never every figure of one against every figure of
 * the other ({@link #pairsRead}).
 */
final class FolderParts {
    /** Words between "dari"/"of" and the whole: "dari total 13", "of the 13", "dari seluruh 13". */
    private static final Set<String> BEFORE_WHOLE = Set.of("total", "jumlah", "seluruh", "keseluruhan", "sebanyak",
            "the", "all");
    /** How many of {@link #BEFORE_WHOLE} may stand there. */
    private static final int MOST_BEFORE_WHOLE = 2;
    /** One-word breakdown words before their part: "termasuk 12 awak", "including 12 crew", "diantaranya 9 warga". */
    private static final Set<String> CUE_ONE = Set.of("termasuk", "including", "diantaranya");
    /** Two-word breakdown words before their part: "terdiri dari", "of whom", "di antaranya", "among them". */
    private static final Set<String> CUE_TWO = Set.of("terdiri dari", "terdiri atas", "of whom", "among them",
            "di antaranya", "of them");
    /** Breakdown words after their part ("12 di antaranya kru", "nine of them civilians"), one noun at most between. */
    private static final Set<String> AFTER_TWO = Set.of("di antaranya", "of them", "of whom");

    /** A whole and a part the folder writes of it, with the words after the part up to the next figure. */
    record Part(double whole, double part, Set<String> partWords) {
    }

    private final List<ArticleStatements> articles;
    private final NumberWords numberWords;
    /** The folder's parts by their part's value ({@link #key}), read on first use. */
    private volatile Map<Double, List<Part>> byPart;
    /** How many pairs of figures were set against the parts of their values: what {@link #apart} costs. */
    private final LongAdder pairs = new LongAdder();

    FolderParts(List<ArticleStatements> articles, NumberWords numberWords) {
        this.articles = List.copyOf(articles);
        this.numberWords = numberWords;
    }

    /**
     * True when a figure of one group is a part the folder writes of a figure of the other (either way round): a
     * different scope, not one count twice.
     */
    boolean apart(FigureGroup a, FigureGroup b) {
        return partOf(a, b) || partOf(b, a);
    }

    /**
     * True when a figure of {@code part} is a part the folder writes of a figure of {@code whole}: only a figure with a
     * noun whose value is some part's is set against {@code whole}'s figures.
     */
    private boolean partOf(FigureGroup whole, FigureGroup part) {
        for (NumericDetector.Figure p : part.figures()) {
            NumberMention m = p.range().mention();
            if (m.value() == null || m.unit() == null || partsOf(m.value()).isEmpty()) {
                continue;
            }
            for (NumericDetector.Figure w : whole.figures()) {
                if (partOf(w.range().mention(), m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code part} writes a noun {@code whole} does not and the folder writes its value as a part of whole's. */
    boolean partOf(NumberMention whole, NumberMention part) {
        if (whole.value() == null || part.value() == null || part.unit() == null || part.value() >= whole.value()
                || part.unit().equalsIgnoreCase(String.valueOf(whole.unit()))) {
            return false;
        }
        pairs.increment();
        String noun = part.unit().toLowerCase(Locale.ROOT);
        for (Part p : partsOf(part.value())) {
            if (p.whole() == whole.value() && p.partWords().contains(noun)) {
                return true;
            }
        }
        return false;
    }

    /** How many pairs of figures {@link #partOf} has set against the parts of their values so far. */
    long pairsRead() {
        return pairs.sum();
    }

    /** The parts the folder writes whose part's value is {@code value} (as {@code ==} compares: 0 and -0 alike). */
    private List<Part> partsOf(double value) {
        Map<Double, List<Part>> index = byPart;
        if (index == null) {
            index = new HashMap<>();
            for (ArticleStatements a : articles) {
                for (Part p : read(a.document().article().text(), numberWords)) {
                    index.computeIfAbsent(key(p.part()), k -> new ArrayList<>()).add(p);
                }
            }
            byPart = index;
        }
        return index.getOrDefault(key(value), List.of());
    }

    /** A value as a key that {@code ==} would find: -0 read as 0 (a NaN, which {@code ==} never finds, is no part's). */
    private static double key(double value) {
        return value == 0 ? 0.0 : value;
    }

    /** Every whole and part {@code text} writes, sentence by sentence. */
    static List<Part> read(String text, NumberWords numberWords) {
        List<String> tokens = tokens(text.toLowerCase(Locale.ROOT));
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Double p = value(tokens.get(i), numberWords);
            if (p == null) {
                continue;
            }
            int w = wholeAfter(tokens, i, numberWords);
            if (w >= 0) {
                add(out, value(tokens.get(w), numberWords), p, wordsAfter(tokens, w, numberWords));
                continue;
            }
            if (cueBefore(tokens, i) || cueAfter(tokens, i)) {
                int before = figureBefore(tokens, i, numberWords);
                if (before >= 0) {
                    add(out, value(tokens.get(before), numberWords), p, wordsAfter(tokens, i, numberWords));
                }
            }
        }
        return out;
    }

    /**
     * {@code text}'s figures in digits (thousands grouped by a dot or a comma: "1.250", "12,000,000", not "1.2345" nor
     * "1.250.5"), words (letters, as {@code \p{L}} reads them, code point by code point) and marks closing a clause
     * or sentence ({@code .;!?}), left to right: what {@code \d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d+|\p{L}+|[.;!?]}
     * finds, read by hand (a folder's every text is read; the pattern was most of that read).
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            if (digit(c)) {
                end = figureEnd(text, i);
            } else if (c == '.' || c == ';' || c == '!' || c == '?') {
                end = i + 1;
            } else if (Character.isLetter(text.codePointAt(i))) {
                end = i;
                while (end < n && Character.isLetter(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            } else {
                i++;
                continue;
            }
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
    }

    /**
     * Where the figure in digits starting at {@code start} ends: past its groups of three after a dot or a comma when
     * it opens with one to three digits, has a group, and no digit follows its last group (straight or after a dot or
     * a comma); else at its last digit. (Only the longest run of groups can be followed by no such digit.)
     */
    private static int figureEnd(String text, int start) {
        int n = text.length();
        int run = start;
        while (run < n && digit(text.charAt(run))) {
            run++;
        }
        if (run - start > 3) {
            return run;
        }
        int end = run;
        while (end + 3 < n && (text.charAt(end) == '.' || text.charAt(end) == ',') && digit(text.charAt(end + 1))
                && digit(text.charAt(end + 2)) && digit(text.charAt(end + 3))) {
            end += 4;
        }
        boolean digitAfter = end < n && (digit(text.charAt(end))
                || (text.charAt(end) == '.' || text.charAt(end) == ',') && end + 1 < n && digit(text.charAt(end + 1)));
        return end > run && !digitAfter ? end : run;
    }

    /** An ASCII digit, as {@code \d} reads one. */
    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void add(List<Part> out, double whole, double part, Set<String> words) {
        if (part < whole && !words.isEmpty()) {
            out.add(new Part(whole, part, words));
        }
    }

    /** The whole right after a part's "dari"/"of" ("sembilan dari 13"), a word or two of a base between; -1 if none. */
    private static int wholeAfter(List<String> tokens, int at, NumberWords numberWords) {
        int i = at + 1;
        if (i >= tokens.size() || !tokens.get(i).equals("dari") && !tokens.get(i).equals("of")) {
            return -1;
        }
        i++;
        for (int skipped = 0; i < tokens.size() && skipped < MOST_BEFORE_WHOLE && BEFORE_WHOLE.contains(tokens.get(i));
             skipped++) {
            i++;
        }
        return i < tokens.size() && value(tokens.get(i), numberWords) != null ? i : -1;
    }

    /** A breakdown word right before the figure at {@code at}. */
    private static boolean cueBefore(List<String> tokens, int at) {
        return at >= 1 && CUE_ONE.contains(tokens.get(at - 1))
                || at >= 2 && CUE_TWO.contains(tokens.get(at - 2) + " " + tokens.get(at - 1));
    }

    /** A breakdown word pointing back right after the figure at {@code at}, one noun at most between. */
    private static boolean cueAfter(List<String> tokens, int at) {
        for (int i = at + 1; i <= at + 2 && i < tokens.size(); i++) {
            if (tokens.get(i).equals("diantaranya")
                    || i + 1 < tokens.size() && AFTER_TWO.contains(tokens.get(i) + " " + tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The nearest figure before {@code at} in its sentence (no ".", ";" between); -1 if none. */
    private static int figureBefore(List<String> tokens, int at, NumberWords numberWords) {
        for (int i = at - 1; i >= 0; i--) {
            String t = tokens.get(i);
            if (end(t)) {
                return -1;
            }
            if (value(t, numberWords) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The words after the figure at {@code at} up to the next figure or the sentence's end. */
    private static Set<String> wordsAfter(List<String> tokens, int at, NumberWords numberWords) {
        Set<String> out = new HashSet<>();
        for (int i = at + 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (end(t) || value(t, numberWords) != null) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    private static boolean end(String token) {
        return token.equals(".") || token.equals(";") || token.equals("!") || token.equals("?");
    }

    /**
     * The value a token writes: digits, or one number word below a hundred ("sembilan", "nine"; a scale word,
     * "ribu", "hundred", carries the figure before it and writes none of its own); null for any other word or mark.
     */
    private static Double value(String token, NumberWords numberWords) {
        if (digit(token.charAt(0))) {
            StringBuilder digits = new StringBuilder(token.length());
            for (int i = 0; i < token.length(); i++) {
                if (token.charAt(i) != '.' && token.charAt(i) != ',') {
                    digits.append(token.charAt(i));
                }
            }
            return digits.length() > 15 ? null : Double.valueOf(digits.toString());
        }
        Double v = numberWords.valueOf(token);
        return v == null || v >= SCALE ? null : v;
    }

    /** The least value of a scale word. */
    private static final double SCALE = 100;
}
