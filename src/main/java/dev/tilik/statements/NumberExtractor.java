package dev.tilik.statements;

import dev.tilik.model.Qualifier;
import dev.tilik.rules.MeasureRules;
import dev.tilik.rules.NumberRules;
import dev.tilik.rules.NumberWords;
import dev.tilik.text.CharSpan;
import dev.tilik.text.Chars;
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
    /** Prepositions of place ("di", "dari", "in"): before a capitalised word they scope a figure to one place. */
    private final PhraseMatcher<String> places;
    /** A counted noun is a content word: "90 dan 92", "2018 sampai 2023" count nothing. */
    private final ContentWords content;
    private static final int SUBTOTAL_WINDOW = 6;
    /** Most words of a figure's noun before an aside's comma ("40 Indonesian agencies, including …"). */
    private static final int ASIDE_NOUNS = 3;
    /** Most words of an aside naming some of the things counted, between its two commas. */
    private static final int ASIDE_WORDS = 10;
    /** Words opening an aside that names some of the things counted (rules {@code parts}: "including"). */
    private final PhraseMatcher<String> asides;
    /** Most capitalised words of a place's name between its preposition and a figure ("di RS Hamori 3"). */
    private static final int PLACE_WORDS = 4;
    /** The language's negations: a figure right after one is rejected, not claimed. */
    private final PhraseMatcher<String> negations;
    private final PhraseMatcher<String> superseded;
    private final PhraseMatcher<String> supersededBy;
    /** Units of measure ({@link MeasureRules}). */
    private final MeasureRules measures;
    /** What a measure measures: its attribute and the thing measured. */
    private final MeasuredThing things;
    /** The plural a modifier after a figure stands before ("40 Indonesian agencies"). */
    private final ModifiedNoun modified;
    /** What a figure counts ("41 orang meninggal"): the count word near it. */
    private final CountedThing countedThing;
    /** The language's number words ("dua", "dua puluh", "twelve"). */
    private final PhraseMatcher<Double> words;
    /** Words after a figure that make it a count of times ("kali", "times"). */
    private final PhraseMatcher<String> repeats;
    /** Whether a figure's sentence gives it another scope than the whole count: a part, a base, a rate. */
    private final FigureScope scope;
    /** Words that are a count of times by themselves ("twice"). */
    private final PhraseMatcher<Double> repeatWords;
    /** Words after a repeat word that make a multiple of it ("lipat", "more"). */
    private final PhraseMatcher<String> factors;
    /** A short sentence's count of people going on with the thing the sentence before names. */
    private final CountBefore countBefore;
    /** Nouns a count of people is written with ("orang", "people"): a figure before one counts, never names. */
    private final PhraseMatcher<String> people;
    /** Words joining two figures of one clause ("dan", "and"): a bare figure before one shares the next's unit. */
    private final PhraseMatcher<String> conjunctions;
    /** Words after a figure by which it holds for some, not for all ("tidak semuanya"): a ceiling, "up to" it. */
    private final PhraseMatcher<String> caps;
    /** How many words after a figure's own words its cap may stand ("250 persen itu tidak semuanya"). */
    private static final int CAP_REACH = 4;

    /** How a passive verb opens ("di"): only such a verb's state right after it says what a figure counts. */
    private final List<String> passivePrefixes;

    NumberExtractor(NumberRules rules, List<String> negations, List<String> conjunctions, List<String> relatives,
                    List<String> passivePrefixes, ContentWords content) {
        this.rules = rules;
        this.passivePrefixes = List.copyOf(passivePrefixes);
        PhraseMatcher<String> relativeMarkers = PhraseMatcher.of(relatives, List.of());
        this.content = content;
        this.places = PhraseMatcher.of(rules.placePrepositions(), List.of());
        this.negations = PhraseMatcher.of(negations, List.of());
        String group = rules.decimalSeparator().equals(",") ? "." : ",";
        this.integerPart = Pattern.compile("\\d{1,3}(" + Pattern.quote(group) + "\\d{3})*|\\d+");
        this.qualifiers = new PhraseMatcher<>(rules.qualifiers(), List.of());
        this.magnitudes = new PhraseMatcher<>(rules.magnitudes(), List.of());
        this.currencies = PhraseMatcher.of(rules.currencies(), List.of());
        this.yearContext = PhraseMatcher.of(rules.yearContext(), List.of());
        this.unitSkip = PhraseMatcher.of(rules.unitSkip(), List.of());
        this.superseded = PhraseMatcher.of(rules.superseded(), List.of());
        this.supersededBy = PhraseMatcher.of(rules.supersededBy(), List.of());
        this.measures = rules.measures();
        this.asides = PhraseMatcher.of(rules.parts(), List.of());
        this.modified = new ModifiedNoun(rules.pluralEndings(), content);
        this.things = new MeasuredThing(measures, relativeMarkers, content, rules.actPrefixes());
        this.conjunctions = PhraseMatcher.of(conjunctions, List.of());
        this.countedThing = new CountedThing(rules, this.conjunctions, relativeMarkers, unitSkip,
                this::parse);
        this.words = new PhraseMatcher<>(rules.words(), List.of());
        this.repeats = PhraseMatcher.of(rules.repeats(), List.of());
        this.repeatWords = new PhraseMatcher<>(rules.repeatWords(), List.of());
        this.factors = PhraseMatcher.of(rules.factors(), List.of());
        this.scope = new FigureScope(rules);
        this.countBefore = new CountBefore(rules.people(), countedThing);
        this.people = PhraseMatcher.of(rules.people(), List.of());
        this.caps = PhraseMatcher.of(rules.caps(), List.of());
    }

    /**
     * The figures of a claim in tokens {@code [from, to)} ({@link #find}), a short sentence's counts of people given
     * the thing the sentence before ({@code before}, or null) names ({@link CountBefore}).
     */
    List<NumberMention> find(String text, List<Token> tokens, int from, int to, boolean[] skip, List<Token> before) {
        return countBefore.carried(find(text, tokens, from, to, skip), tokens, from, to, before);
    }

    /**
     * Figures in tokens {@code [from, to)} of a sentence's tokens; tokens flagged in {@code skip} (dates) are never
     * figures, and a figure the sentence scopes apart from the count it names is left out ({@link FigureScope}).
     */
    List<NumberMention> find(String text, List<Token> tokens, int from, int to, boolean[] skip) {
        List<NumberMention> out = new ArrayList<>();
        boolean title = TitleCase.of(tokens);
        int i = from;
        while (i < to) {
            int next = i + 1;
            Optional<PhraseMatcher.Match<NumberRules.Range>> mag = magnitudes.at(tokens, i, to);
            if (!skip[i] && mag.isPresent()) {
                NumberRules.Range r = mag.get().value();
                int end = mag.get().to();
                int start = qualifierStart(tokens, from, i);
                String counted = countedThing.counted(tokens, from, i, end, to, skip);
                out.add(mention(text, tokens, start, end, null, r.low(), r.high(), Qualifier.MAGNITUDE,
                        unit(tokens, end, to), counted, counted == null ? fate(tokens, from, start, end, to) : null));
                next = end;
            } else if (!skip[i] && hasDigits(tokens.get(i))) {
                next = figure(text, tokens, from, i, to, out, skip, title);
            } else if (!skip[i] && (words.at(tokens, i, to).isPresent() || repeatWords.at(tokens, i, to).isPresent())) {
                next = word(text, tokens, from, i, to, out);
            }
            i = next;
        }
        return scope.kept(tokens, to, out);
    }

    private int figure(String text, List<Token> tokens, int from, int i, int to, List<NumberMention> out, boolean[] skip,
                       boolean title) {
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
        String glued = null;
        int hyphen = digits.indexOf('-');
        if (hyphen > 0 && measures.unit(digits.substring(hyphen + 1)) != null) {
            glued = digits.substring(hyphen + 1); // "30.16-kilometer"
            digits = digits.substring(0, hyphen);
        }
        Double value = parse(digits);
        if (value == null || currency == null && k == 0 && label(tokens, from, i) && !ofPeople(tokens, i + 1, to)) {
            return i + 1;
        }
        double step = precision(digits);
        int end = i + 1;
        if (end < to && glued == null) {
            Double mult = rules.multipliers().get(tokens.get(end).lower());
            if (mult != null) {
                value *= mult;
                step *= mult;
                end++;
            }
        }
        String unit = glued != null ? glued : currency != null ? currency : unit(tokens, end, to);
        if (currency == null && end < to && currencies.at(tokens, end, end + 1).isPresent()) {
            unit = tokens.get(end).text();
        }
        MeasureRules.Unit measure = null;
        int unitEnd = end;
        if (currency == null && glued == null && end < to) {
            measure = measures.unit(tokens.get(end).text());
            if (measure != null && end + 2 < to && measures.rate(tokens.get(end + 1).text()) && tokens.get(end + 2).isWord()) {
                return end; // "arus 1,4 meter per detik": a rate, no length
            }
            if (measure != null) {
                unit = tokens.get(end).text();
                unitEnd = end + 1;
            }
        } else if (glued != null) {
            measure = measures.unit(glued);
        }
        if (currency == null && glued == null && measure == null) {
            int shared = sharedUnit(tokens, end, to);
            if (shared >= 0) {
                measure = measures.unit(tokens.get(shared).text());
                unit = tokens.get(shared).text();
            }
        }
        if (currency == null && isYear(tokens, from, i, digits, unit)) {
            return end;
        }
        if (currency == null && glued == null && measure == null) {
            unit = modified.head(tokens, unitAt(tokens, end, to), to, unit, value);
        }
        int anchor = currency != null && k == 0 ? i - 1 : i;
        int start = qualifierStart(tokens, from, anchor);
        boolean measured = measure != null || currency != null;
        int times = measured ? end : repeated(tokens, end, to);
        if (times > end) {
            String act = things.act(tokens, from, start, times, to);
            if (act == null || negated(tokens, from, start)) {
                return times;
            }
            Qualifier q = qualifiers.at(tokens, start, anchor).map(PhraseMatcher.Match::value).orElse(Qualifier.EXACT);
            double[] range = range(q, value, value, value);
            out.add(mention(text, tokens, start, times, value, range[0], range[1], q, unit(tokens, times, to), act));
            return times;
        }
        String counted = measured ? null : countedThing.counted(tokens, from, start, end, to, skip);
        String after = measured || counted != null ? null : fate(tokens, from, start, end, to);
        String state = after == null ? null : stateAfter(tokens, from, end, to);
        if (state != null) {
            counted = state;
            after = null;
        }
        String before = measured || counted != null || after != null ? null : fateBefore(tokens, from, start, end, to);
        if (currency == null && (negated(tokens, from, start) || replaced(tokens, from, start, end, to)
                || (counted != null || before != null)
                && (subtotal(tokens, end, to, title) || placeBefore(tokens, from, start)))) {
            return end;
        }
        if (measured) {
            double size = measure != null ? measure.size() : 1;
            value *= size;
            step *= size;
            String dimension = measure != null ? measure.dimension() : "amount in " + currency;
            counted = things.of(tokens, from, start, unitEnd, to, dimension);
            end = Math.max(end, unitEnd);
        }
        Qualifier q = qualifiers.at(tokens, start, anchor).map(PhraseMatcher.Match::value).orElse(Qualifier.EXACT);
        if (q == Qualifier.EXACT && capped(tokens, end, to)) {
            q = Qualifier.UP_TO;
        }
        double low = value;
        double high = value;
        if (measured && q == Qualifier.EXACT) {
            // a measure is as precise as its last written digit: "30 km" allows 30,16 and 30,61 (rounded or
            // cut), "30,16 km" does not allow 30,61
            low = value - step / 2;
            high = value + step * ROUNDING_ABOVE;
        }
        double[] range = range(q, value, low, high);
        String fate = measure != null ? things.name(tokens, from, start)
                : measured || counted != null ? null : before != null ? before : after;
        out.add(mention(text, tokens, start, end, value, range[0], range[1], q, unit, counted, fate));
        return end;
    }

    /**
     * A figure written in words that counts times ("dua kali menembak", "fired twice"): read only with the
     * act's verb beside it ({@link MeasuredThing#act}), for number words are also names, parts of phrases and
     * ordinals' roots ("Dua (Aipda) Robig", "tiga hari kemudian"). A run of number words is one figure, by
     * {@link NumberWords.Reading} ("dua puluh lima kali", "seratus dua puluh kali"); "satu" or "one" alone is
     * none. A count in words of a thing the rules name ("tiga orang tewas") is not read
     * (see {@code docs/ACCURACY.md}, branch h11nm11). Returns the token after what was read.
     */
    private int word(String text, List<Token> tokens, int from, int i, int to, List<NumberMention> out) {
        Optional<PhraseMatcher.Match<Double>> repeat = repeatWords.at(tokens, i, to);
        double value;
        int end;
        if (repeat.isPresent()) {
            value = repeat.get().value();
            end = repeat.get().to();
        } else {
            NumberWords.Reading r = NumberWords.Reading.NONE;
            end = i;
            while (end < to) {
                Optional<PhraseMatcher.Match<Double>> w = words.at(tokens, end, to);
                NumberWords.Reading next = w.isPresent() ? r.then(w.get().value()) : null;
                if (next == null) {
                    break;
                }
                r = next;
                end = w.get().to();
            }
            value = r.value();
            if (r.words() == 1 && value == 1) {
                return end; // "satu", "one" alone: "salah satu", "one of", an article more than a figure
            }
        }
        if (end < to && hasDigits(tokens.get(end))) {
            return end; // "dua 2": a figure written twice is read once, by its digits
        }
        int start = qualifierStart(tokens, from, i);
        int last = repeat.isPresent() ? end : repeated(tokens, end, to);
        if (repeat.isEmpty() && last == end) {
            // a count in words of a thing the rules name ("tiga orang tewas") is left unread: measured, it set
            // a toll's words against its digits in one more article of the ferry story (a check set), flags up
            return end;
        }
        String counted = things.act(tokens, from, start, last, to);
        if (counted == null || negated(tokens, from, start) || replaced(tokens, from, start, end, to)) {
            return end;
        }
        Qualifier q = qualifiers.at(tokens, start, i).map(PhraseMatcher.Match::value).orElse(Qualifier.EXACT);
        double[] range = range(q, value, value, value);
        out.add(mention(text, tokens, start, last, value, range[0], range[1], q, unit(tokens, last, to), counted));
        return last;
    }

    /**
     * Where a repeat word right after a figure ends ("dua kali", "4 times"), making it a count of times, or
     * {@code end} when none follows or a factor word follows it ("dua kali lipat", "three times more": a
     * multiple, no count of acts).
     */
    private int repeated(List<Token> tokens, int end, int to) {
        Optional<PhraseMatcher.Match<String>> r = end < to ? repeats.at(tokens, end, to) : Optional.empty();
        if (r.isEmpty() || r.get().to() < to && factors.at(tokens, r.get().to(), to).isPresent()) {
            return end;
        }
        return r.get().to();
    }

    /** The values a figure allows given how it is qualified: {@code low} and {@code high} for an exact one. */
    private static double[] range(Qualifier q, double value, double low, double high) {
        return switch (q) {
            case APPROX -> new double[] {value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)};
            case AT_LEAST, MORE_THAN -> new double[] {low, Double.POSITIVE_INFINITY};
            case UP_TO, LESS_THAN -> new double[] {0, high};
            default -> new double[] {low, high};
        };
    }

    /**
     * The unit a bare figure shares with the next figure of its clause when a conjunction follows it right away
     * ("kapasitasnya 40 dan muatannya 90 ton", "a length of 40 and a width of 12 metres": 40 ton, 40 metres), or
     * where that unit stands: -1 when another word follows it, the clause ends or the next figure is of no measure.
     */
    private int sharedUnit(List<Token> tokens, int end, int to) {
        if (end >= to || conjunctions.at(tokens, end, end + 1).isEmpty()) {
            return -1;
        }
        for (int j = end + 1; j < to; j++) {
            Token t = tokens.get(j);
            if (t.is(",") || t.is(";") || t.is(".")) {
                return -1;
            }
            if (hasDigits(t)) {
                return j + 1 < to && measures.unit(tokens.get(j + 1).text()) != null ? j + 1 : -1;
            }
        }
        return -1;
    }

    /** How far above a measure's written figure its true value may be: cut digits ("30" for 30,61), not a whole step. */
    private static final double ROUNDING_ABOVE = 0.999;

    /** The value of the last written digit ("30,16" → 0.01, "193,7" → 0.1, "30" → 1). */
    private double precision(String digits) {
        int dec = digits.lastIndexOf(rules.decimalSeparator());
        int group = rules.decimalSeparator().equals(",") ? digits.lastIndexOf('.') : digits.lastIndexOf(',');
        if (dec < 0 || dec < group) {
            return 1;
        }
        return Math.pow(10, -(digits.length() - dec - 1));
    }

    private int qualifierStart(List<Token> tokens, int from, int i) {
        return qualifiers.endingAt(tokens, Math.max(from, i - 3), i).map(PhraseMatcher.Match::from).orElse(i);
    }

    private String unit(List<Token> tokens, int at, int to) {
        int i = unitAt(tokens, at, to);
        return i < to && tokens.get(i).isWord() && !tokens.get(i).isNumber() && !things.carriesFate(tokens.get(i))
                && (content.isContent(tokens.get(i)) || tokens.get(i).isCapitalized()) ? tokens.get(i).text() : null;
    }

    /** Where the word a figure counts stands: past the words skipped after it ("of", "orang"). */
    private int unitAt(List<Token> tokens, int at, int to) {
        int i = at;
        while (i < to && unitSkip.at(tokens, i, i + 1).isPresent()) {
            i++;
        }
        return i;
    }

    private boolean isYear(List<Token> tokens, int from, int i, String digits, String unit) {
        if (digits.length() != 4 || !Chars.all(digits, Character::isDigit)) {
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

    static boolean hasDigits(Token t) {
        return Chars.any(t.text(), Character::isDigit);
    }

    private static NumberMention mention(String text, List<Token> tokens, int from, int to, Double value, double low,
                                         double high, Qualifier q, String unit, String counted) {
        return mention(text, tokens, from, to, value, low, high, q, unit, counted, null);
    }

    private static NumberMention mention(String text, List<Token> tokens, int from, int to, Double value, double low,
                                         double high, Qualifier q, String unit, String counted, String fate) {
        CharSpan span = CharSpan.of(tokens.get(from).start(), tokens.get(to - 1).end());
        return new NumberMention(span, span.coveredText(text), value, low, high, q, unit, counted, fate);
    }

    /**
     * What a figure counts when the verb its clause puts on it, after its noun phrase, is a passive (syntax
     * {@code passivePrefixes}) followed right away by a count word: the state the counted were found or declared in
     * ("12 pendaki Gunung Ciremai ditemukan meninggal dunia" counts the dead, past the noun phrase's reach of
     * {@link CountedThing}); an active verb's object is another thing ("12 relawan Desa Wetan mengevakuasi korban
     * meninggal" counts no dead). Null otherwise.
     */
    private String stateAfter(List<Token> tokens, int from, int end, int to) {
        int after = end;
        while (after < to && unitSkip.at(tokens, after, after + 1).isPresent()) {
            after++;
        }
        int verb = things.predicate(tokens, after, to);
        return verb < 0 || !passive(tokens.get(verb)) ? null : countedThing.startingAt(tokens, from, verb + 1, to);
    }

    /** True for a word written in lower case that opens with a passive prefix and goes on ("ditemukan"). */
    private boolean passive(Token t) {
        String w = t.text();
        return !t.isCapitalized() && passivePrefixes.stream().anyMatch(p -> w.length() > p.length() + 2 && w.startsWith(p));
    }

    /**
     * What befell the things a figure counting no named thing counts ({@link MeasuredThing#fate}), its words
     * read after the figure's words that carry nothing ("74 orang yang dirawat").
     */
    private String fate(List<Token> tokens, int from, int start, int end, int to) {
        int after = end;
        while (after < to && unitSkip.at(tokens, after, after + 1).isPresent()) {
            after++;
        }
        String fate = things.fate(tokens, from, start, after, to);
        int past = fate == null ? pastAside(tokens, after, to) : -1;
        return past < 0 ? fate : things.fate(tokens, from, start, past, to);
    }

    /**
     * What befell the things a count of people or of no noun counts, read in its clause before it
     * ({@link MeasuredThing#fateBefore}: "yang terkena PHK sebanyak 700 orang") when its words after it say nothing;
     * null for a figure with a noun of its own ("700 karyawan"), which its unit compares already (the caller asks only
     * when the words after it say nothing of what befell them, {@link #fate}). A count read so is a count of that
     * thing, and a place after or right before it makes it a count for that place, left out as a counted thing's is.
     */
    private String fateBefore(List<Token> tokens, int from, int start, int end, int to) {
        if (unit(tokens, end, to) != null) {
            return null;
        }
        return things.fateBefore(tokens, from, start);
    }

    /**
     * After a figure's noun, an aside set off by commas that opens with a word of the parts ("40 agencies,
     * including the ministry of X, were hit"; "12 kantor, di antaranya kantor pajak, ditutup"): it names some of
     * the things counted, and what befell them all is read after its closing comma. Returns where that comma's
     * next word stands, or -1 when no such aside follows the noun (at most {@link #ASIDE_NOUNS} words) or closes
     * within {@link #ASIDE_WORDS} words.
     */
    private int pastAside(List<Token> tokens, int after, int to) {
        int comma = after;
        while (comma < to && comma < after + ASIDE_NOUNS && content.isContent(tokens.get(comma))) {
            comma++;
        }
        if (comma + 1 >= to || !tokens.get(comma).is(",") || asides.at(tokens, comma + 1, to).isEmpty()) {
            return -1;
        }
        for (int i = comma + 2; i < Math.min(to, comma + 2 + ASIDE_WORDS); i++) {
            if (tokens.get(i).is(",")) {
                return i + 1;
            }
            if (tokens.get(i).is(";") || tokens.get(i).is(".") || hasDigits(tokens.get(i))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A count for one place, a part of a total ("20 orang meninggal dunia di Kabupaten Agam"): a
     * capitalised word right after the figure, or a place preposition before a capitalised word within
     * the few words after it, before any comma. Asked only of figures that count casualties, cases and
     * the like (troops "di Rusia" are where they are, not a subtotal). Compared with the totals it
     * would only make traps. In a title-case headline every word is capitalised ({@link TitleCase}): the word
     * right after its figure is what it counts ("85 Dapur Ditutup"), no place.
     */
    private boolean subtotal(List<Token> tokens, int end, int to, boolean title) {
        if (!title && end < to && tokens.get(end).isCapitalized() && !tokens.get(end).isNumber()) {
            return true;
        }
        for (int i = end; i < Math.min(to, end + SUBTOTAL_WINDOW); i++) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || t.is(".") || hasDigits(t)) {
                return false;
            }
            if (places.at(tokens, i, i + 1).isPresent() && i + 1 < to && tokens.get(i + 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A count for one place named right before it, with nothing between ("di RS Hamori 3 orang luka
     * ringan", "di Kabupaten Agam 20 orang, total 37"): a place preposition, then only capitalised
     * words up to the figure. A verb or a comma between them ("di Provinsi Sumatera Barat mencapai 37
     * orang") leaves the figure the place's total.
     */
    private boolean placeBefore(List<Token> tokens, int from, int start) {
        int i = start - 1;
        while (i > from && i >= start - PLACE_WORDS && tokens.get(i).isCapitalized() && !tokens.get(i).isNumber()) {
            i--;
        }
        return i < start - 1 && i >= from && places.at(tokens, i, i + 1).isPresent();
    }

    /**
     * A number that names rather than counts: right after a capitalised code ("RON 92", "KM 10",
     * "Pasal 5"), or glued to one by a hyphen. Only a code in capitals or a title word counts: a
     * sentence's first word before a figure ("Sebanyak 11") is not one.
     */
    private static boolean label(List<Token> tokens, int from, int i) {
        if (i <= from) {
            return false;
        }
        Token before = tokens.get(i - 1);
        String w = before.text();
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase) && w.chars().allMatch(Character::isLetter);
    }

    /**
     * True when a noun of people follows the figure, its multiplier aside ("PHK 10.665 orang", "WNA 3 orang"): a
     * count of people after a capitalised code, which names what befell them, not a label such as "RON 92".
     */
    private boolean ofPeople(List<Token> tokens, int after, int to) {
        int at = after < to && rules.multipliers().containsKey(tokens.get(after).lower()) ? after + 1 : after;
        return at < to && people.at(tokens, at, to).isPresent();
    }

    /**
     * True when a cap ({@code numbers.caps}: "tidak semuanya", "not for everyone") stands a few words after a figure's
     * own words, in its clause: "kenaikan sebesar 250 persen itu tidak semuanya" gives 250 percent as the most, not as
     * what everyone got.
     */
    private boolean capped(List<Token> tokens, int end, int to) {
        for (int i = end; i < Math.min(to, end + CAP_REACH); i++) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || t.is(".") || hasDigits(t)) {
                return false;
            }
            if (caps.at(tokens, i, to).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A figure right after a negation ("61 orang, bukan 67 orang") is what the speaker rejects. */
    private boolean negated(List<Token> tokens, int from, int start) {
        return negations.endingAt(tokens, Math.max(from, start - 2), start).isPresent();
    }

    /** The figure a new one replaces: "dari 27 menjadi 35", "up from 27". */
    private boolean replaced(List<Token> tokens, int from, int start, int end, int to) {
        Optional<PhraseMatcher.Match<String>> before = superseded.endingAt(tokens, Math.max(from, start - 2), start);
        if (before.isEmpty()) {
            return false;
        }
        if (before.get().to() - before.get().from() > 1) {
            return true;
        }
        for (int i = end; i < Math.min(to, end + 3); i++) {
            if (supersededBy.at(tokens, i, to).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
