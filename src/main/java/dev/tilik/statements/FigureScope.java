package dev.tilik.statements;

import dev.tilik.rules.NumberRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a figure's own sentence gives it another scope than the whole count its words name, read from the
 * words of the language that say so ({@code numbers.parts}, {@code wholes}, {@code rates}); such a figure is
 * left out, as a count for one place is ({@link NumberExtractor}): set against a total another article gives,
 * it would only make a false alarm.
 * <ul>
 * <li>a <b>part of a total its sentence gives</b>: a figure after a word that breaks a count down ("sebanyak
 * 1.240 kasus, dengan rincian 700 kasus … dan 540 kasus …", "terdiri dari 192 korban", "of whom 700 were
 * children"), or taken out of a whole ("90 kasus berat dari total 1.240 kasus", "Dari total 1.240 kasus, 90 …"),
 * counting the same thing as that total or no thing the rules name — a figure counting another thing is a count
 * of its own ("1.240 kasus, di antaranya 9 pasien meninggal dunia" keeps the dead);</li>
 * <li>a <b>part of a total said before</b>: a figure after a breakdown word pointing back ("Dari jumlah
 * tersebut, 47 rawat inap", "Out of these, about 15,000 are affected") that counts nothing the rules name;</li>
 * <li>a <b>rate</b>: a figure per unit of time ("40 kasus baru per hari", "40 new cases each day"), no total.</li>
 * </ul>
 * A breakdown word scopes the figures after it only when a figure follows it closely (it is the breakdown's,
 * not a list of bodies: "tim gabungan yang terdiri dari BSSN, Kominfo, dan Polri"). Thread-safe.
 */
final class FigureScope {
    /** How many words after a breakdown word its first figure may stand ("dengan rincian PT X Sukoharjo sebanyak 8.504"). */
    private static final int PART_REACH = 6;
    /** How many words may stand between a whole's word and its figure ("dari total kapasitas sebanyak 5.000"). */
    private static final int BASE_REACH = 3;
    /** How many words after a figure its rate word may stand ("40 kasus baru per hari"). */
    private static final int RATE_REACH = 4;

    private final PhraseMatcher<String> parts;
    private final PhraseMatcher<String> wholes;
    private final PhraseMatcher<String> rates;
    private final PhraseMatcher<String> openingWholes;

    FigureScope(NumberRules rules) {
        this.parts = PhraseMatcher.of(rules.parts(), List.of());
        this.wholes = PhraseMatcher.of(rules.wholes(), List.of());
        this.rates = PhraseMatcher.of(rules.rates(), List.of());
        this.openingWholes = PhraseMatcher.of(rules.openingWholes(), List.of());
    }

    /** A figure found, with the tokens it stands on: {@code [at, end)}. */
    private record Placed(NumberMention mention, int at, int end) {
    }

    /**
     * The figures of {@code found} that keep the scope of the count they name: those a sentence of tokens
     * {@code [0, to)} makes a part or a rate left out, in order.
     */
    List<NumberMention> kept(List<Token> tokens, int to, List<NumberMention> found) {
        if (found.isEmpty() || parts.isEmpty() && wholes.isEmpty() && rates.isEmpty() && openingWholes.isEmpty()) {
            return found;
        }
        List<Placed> placed = new ArrayList<>();
        for (NumberMention m : found) {
            placed.add(new Placed(m, tokenAt(tokens, m.span().start()), tokenAt(tokens, m.span().end() - 1) + 1));
        }
        List<NumberMention> out = new ArrayList<>();
        for (Placed p : placed) {
            if (!count(p.mention()) || !(part(tokens, p, placed) || taken(tokens, p, placed) || rate(tokens, p, to)
                    || takenFromOpening(tokens, p, placed))) {
                out.add(p.mention());
            }
        }
        return out.size() == found.size() ? found : out;
    }

    /** A figure after a breakdown word: a part of the total before the word, or of one said before. */
    private boolean part(List<Token> tokens, Placed p, List<Placed> placed) {
        for (int i = p.at() - 1; i >= 0; i--) {
            if (tokens.get(i).is(";")) {
                return false;
            }
            Optional<PhraseMatcher.Match<String>> cue = parts.at(tokens, i, p.at());
            if (cue.isPresent() && figureWithin(tokens, cue.get().to(), Math.min(p.end(), cue.get().to() + PART_REACH))) {
                Placed total = null;
                for (Placed q : placed) {
                    if (q.at() < i && count(q.mention()) && noBreak(tokens, q.at(), i)) {
                        total = q;
                    }
                }
                return p.mention().counted() == null || total != null && sameCount(p.mention(), total.mention());
            }
        }
        return false;
    }

    /** A figure of the sentence a whole's word names the total of ("dari total 1.240 kasus"), counting the same. */
    private boolean taken(List<Token> tokens, Placed p, List<Placed> placed) {
        for (Placed whole : placed) {
            if (whole != p && count(whole.mention()) && base(tokens, whole.at())
                    && noBreak(tokens, Math.min(p.at(), whole.at()), Math.max(p.at(), whole.at()))) {
                return p.mention().counted() == null || sameCount(p.mention(), whole.mention());
            }
        }
        return false;
    }

    /**
     * A figure after a comma in a sentence that opens with a whole ("Dari 20 korban tewas, 12 orang sudah
     * dievakuasi", "Of the 20 dead, 12 were …": rules {@code numbers.openingWholes} right before the sentence's first
     * figure), read as counting the same thing as that whole: some of it, not another count of it. A figure counting
     * another thing, or none, keeps its own count ("Dari 30 korban, 7 meninggal dunia").
     */
    private boolean takenFromOpening(List<Token> tokens, Placed p, List<Placed> placed) {
        if (openingWholes.isEmpty() || p.mention().counted() == null) {
            return false;
        }
        int first = 0;
        while (first < tokens.size() && !tokens.get(first).text().chars().anyMatch(Character::isLetterOrDigit)) {
            first++;
        }
        Optional<PhraseMatcher.Match<String>> opening = openingWholes.at(tokens, first, p.at());
        if (opening.isEmpty()) {
            return false;
        }
        for (Placed whole : placed) {
            if (whole.at() == opening.get().to()) {
                return whole.end() <= p.at() && NegationScope.commaAfter(tokens, whole.end(), p.at())
                        && noBreak(tokens, whole.end(), p.at())
                        && sameCount(p.mention(), whole.mention());
            }
        }
        return false;
    }

    /** A whole's word right before the token {@code at}, a few words at most between, none a comma or a figure. */
    private boolean base(List<Token> tokens, int at) {
        for (int i = at - 1; i >= Math.max(0, at - BASE_REACH - 4); i--) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || t.is(".") || NumberExtractor.hasDigits(t)) {
                return false;
            }
            Optional<PhraseMatcher.Match<String>> m = wholes.at(tokens, i, at);
            if (m.isPresent() && at - m.get().to() <= BASE_REACH) {
                return true;
            }
        }
        return false;
    }

    /** A rate's word a few words after the figure's own words, before any comma or other figure. */
    private boolean rate(List<Token> tokens, Placed p, int to) {
        for (int i = p.end(); i < Math.min(to, p.end() + RATE_REACH); i++) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || t.is(".") || NumberExtractor.hasDigits(t)) {
                return false;
            }
            if (rates.at(tokens, i, to).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A count of things or people: not a measure, a sum of money or a count of times ("length of pagar"). */
    private static boolean count(NumberMention m) {
        return m.counted() == null || !m.counted().contains(" of ");
    }

    /** Two figures counting the same thing: the same counted thing, or none either. */
    private static boolean sameCount(NumberMention a, NumberMention b) {
        return Objects.equals(a.counted(), b.counted());
    }

    /** No ";" between tokens {@code from} and {@code to}. */
    private static boolean noBreak(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(";")) {
                return false;
            }
        }
        return true;
    }

    /** True when a token of {@code [from, to)} is written in digits. */
    private static boolean figureWithin(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            if (NumberExtractor.hasDigits(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The token holding character {@code offset} (the last one starting at or before it). */
    private static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tokens.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
