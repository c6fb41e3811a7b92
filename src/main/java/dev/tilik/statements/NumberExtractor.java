package dev.tilik.statements;

import dev.tilik.model.Qualifier;
import dev.tilik.rules.NumberRules;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds figures with their qualifier and counted noun: "sekitar 1.500 tentara" → about 1500
 * tentara; "ribuan tentara" → thousands; "at least 3,000 troops"; "Rp43 juta" → 43000000 Rp.
 * Years ("tahun 2022", a lone 2024) and date parts are not figures. Intervals: exact [v, v];
 * approx [0.9v, 1.1v]; at least and more than [v, ∞); up to and less than [0, v]; a magnitude
 * word its range from the rules. Immutable and thread-safe.
 */
final class NumberExtractor {
    /** Relative width of an approximate figure's interval. */
    static final double APPROX_TOLERANCE = 0.10;

    private static final Pattern FRACTION = Pattern.compile("\\d*");

    private final NumberRules rules;
    /** An integer part with this language's group separator ("1.500" in Indonesian), compiled once. */
    private final Pattern integerPart;
    private final PhraseMatcher<Qualifier> qualifiers;
    private final PhraseMatcher<NumberRules.Range> magnitudes;
    private final PhraseMatcher<String> currencies;
    private final PhraseMatcher<String> yearContext;
    private final PhraseMatcher<String> unitSkip;

    NumberExtractor(NumberRules rules) {
        this.rules = rules;
        String group = rules.decimalSeparator().equals(",") ? "." : ",";
        this.integerPart = Pattern.compile("\\d{1,3}(" + Pattern.quote(group) + "\\d{3})*|\\d+");
        this.qualifiers = new PhraseMatcher<>(rules.qualifiers(), List.of());
        this.magnitudes = new PhraseMatcher<>(rules.magnitudes(), List.of());
        this.currencies = PhraseMatcher.of(rules.currencies(), List.of());
        this.yearContext = PhraseMatcher.of(rules.yearContext(), List.of());
        this.unitSkip = PhraseMatcher.of(rules.unitSkip(), List.of());
    }

    /** Figures in tokens {@code [from, to)}; tokens flagged in {@code skip} (dates) are never figures. */
    List<NumberMention> find(String text, List<Token> tokens, int from, int to, boolean[] skip) {
        List<NumberMention> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int next = i + 1;
            Optional<PhraseMatcher.Match<NumberRules.Range>> mag = magnitudes.at(tokens, i, to);
            if (!skip[i] && mag.isPresent()) {
                NumberRules.Range r = mag.get().value();
                int end = mag.get().to();
                out.add(mention(text, tokens, qualifierStart(tokens, from, i), end, null, r.low(), r.high(),
                        Qualifier.MAGNITUDE, unit(tokens, end, to)));
                next = end;
            } else if (!skip[i] && hasDigits(tokens.get(i))) {
                next = figure(text, tokens, from, i, to, out);
            }
            i = next;
        }
        return out;
    }

    private int figure(String text, List<Token> tokens, int from, int i, int to, List<NumberMention> out) {
        Token t = tokens.get(i);
        String currency = null;
        String digits = t.text();
        int k = 0;
        while (k < digits.length() && !Character.isDigit(digits.charAt(k))) {
            k++;
        }
        if (k > 0) {
            currency = digits.substring(0, k);
            digits = digits.substring(k);
            if (!currencies.at(Tokens.of(currency, 0, currency.length()), 0).isPresent()) {
                return i + 1;
            }
        } else if (i > from && currencies.at(tokens, i - 1, i).isPresent()) {
            currency = tokens.get(i - 1).text();
        }
        Double value = parse(digits);
        if (value == null) {
            return i + 1;
        }
        int end = i + 1;
        if (end < to) {
            Double mult = rules.multipliers().get(tokens.get(end).lower());
            if (mult != null) {
                value *= mult;
                end++;
            }
        }
        String unit = currency != null ? currency : unit(tokens, end, to);
        if (currency == null && end < to && currencies.at(tokens, end, end + 1).isPresent()) {
            unit = tokens.get(end).text();
        }
        if (currency == null && isYear(tokens, from, i, digits, unit)) {
            return end;
        }
        int anchor = currency != null && k == 0 ? i - 1 : i;
        int start = qualifierStart(tokens, from, anchor);
        Qualifier q = qualifiers.at(tokens, start, anchor).map(PhraseMatcher.Match::value).orElse(Qualifier.EXACT);
        double low = value;
        double high = value;
        switch (q) {
            case APPROX -> {
                low = value * (1 - APPROX_TOLERANCE);
                high = value * (1 + APPROX_TOLERANCE);
            }
            case AT_LEAST, MORE_THAN -> high = Double.POSITIVE_INFINITY;
            case UP_TO, LESS_THAN -> low = 0;
            default -> { }
        }
        out.add(mention(text, tokens, start, end, value, low, high, q, unit));
        return end;
    }

    private int qualifierStart(List<Token> tokens, int from, int i) {
        return qualifiers.endingAt(tokens, Math.max(from, i - 3), i).map(PhraseMatcher.Match::from).orElse(i);
    }

    private String unit(List<Token> tokens, int at, int to) {
        int i = at;
        while (i < to && unitSkip.at(tokens, i, i + 1).isPresent()) {
            i++;
        }
        return i < to && tokens.get(i).isWord() && !tokens.get(i).isNumber() ? tokens.get(i).text() : null;
    }

    private boolean isYear(List<Token> tokens, int from, int i, String digits, String unit) {
        if (digits.length() != 4 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int v = Integer.parseInt(digits);
        if (v < 1800 || v > 2200) {
            return false;
        }
        boolean context = i > from && yearContext.at(tokens, i - 1, i).isPresent();
        return context || unit == null || Character.isUpperCase(unit.charAt(0));
    }

    /** Parses "1.500" / "1,5" (Indonesian) or "3,000" / "1.5" (English); null when not a figure. */
    Double parse(String digits) {
        String dec = rules.decimalSeparator();
        String group = dec.equals(",") ? "." : ",";
        if (digits.contains("/")) {
            return null;
        }
        String s = digits;
        int lastDec = s.lastIndexOf(dec);
        String intPart = lastDec >= 0 ? s.substring(0, lastDec) : s;
        String frac = lastDec >= 0 ? s.substring(lastDec + 1) : "";
        if (!integerPart.matcher(intPart).matches() || !FRACTION.matcher(frac).matches()) {
            return null;
        }
        try {
            return Double.parseDouble(intPart.replace(group, "") + (frac.isEmpty() ? "" : "." + frac));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean hasDigits(Token t) {
        return t.text().chars().anyMatch(Character::isDigit);
    }

    private static NumberMention mention(String text, List<Token> tokens, int from, int to, Double value, double low,
                                         double high, Qualifier q, String unit) {
        CharSpan span = CharSpan.of(tokens.get(from).start(), tokens.get(to - 1).end());
        return new NumberMention(span, span.coveredText(text), value, low, high, q, unit);
    }
}
