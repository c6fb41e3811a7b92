package dev.tilik.statements;

import dev.tilik.rules.NumberRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a figure counts, from the count words of the rules ({@code numbers.counts}) near it: beside
 * it, after it, in a relative clause right after it, or earlier in its clause. Split out of
 * {@link NumberExtractor}, which finds the figures and their qualifiers; this reads only the words
 * around one. Immutable and thread-safe.
 */
final class CountedThing {
    /** How far before a figure its counted thing may stand when it is not right beside it ("korban meninggal … mencapai 41"). */
    private static final int COUNT_BEFORE = 8;
    /** How far after a figure its counted thing may stand ("41 orang dinyatakan meninggal"). */
    private static final int COUNT_AFTER = 4;
    /**
     * How far into a relative clause right after a figure its counted thing may stand: the clause
     * says what the figure counts ("16 orang yang dilaporkan masih belum ditemukan").
     */
    private static final int RELATIVE_CLAUSE = 6;
    /** How far before a figure a count head may end ("jumlahnya sudah mencapai 212"). */
    private static final int COUNT_HEAD = 3;

    /** Count words, each to the thing it counts ("orang" → people). */
    private final PhraseMatcher<String> counts;
    /** Verbs whose object is the counted figure ("membawa 61"): they count only a figure right after them. */
    private final PhraseMatcher<String> countVerbs;
    /** "pertama", "latest": a count word beside one names an event, not what a figure counts. */
    private final PhraseMatcher<String> ordinals;
    /** "jumlahnya", "the tally": right before a figure, its counted thing is named earlier in the clause. */
    private final PhraseMatcher<String> countHeads;
    /** "dan", "and": a count word before one of these belongs to the figure before it ("13 meninggal dan 10 dirawat"). */
    private final PhraseMatcher<String> conjunctions;
    /** "sedangkan", "whereas": a count word before one is its own clause's, not a figure's after it. */
    private final PhraseMatcher<String> contrasts;
    /** Counted things that are no people ("buildings"): a figure of people ("41 orang") never counts one before it. */
    private final java.util.Set<String> objects;
    /** Nouns a count of people is written with ("orang", "people"). */
    private final PhraseMatcher<String> people;
    /** "yang", "who": a relative clause after a figure says what it counts. */
    private final PhraseMatcher<String> relatives;
    /** Words between a figure and its counted thing that carry nothing ("orang"). */
    private final PhraseMatcher<String> unitSkip;
    /** The language's reading of digits: a run of digits it cannot read as a figure may be a clock time. */
    private final Function<String, Double> parse;
    /** Counted things that say who is counted, not what befell them ("passengers"): a fate after one wins. */
    private final java.util.Set<String> groups;
    /** The language's figures written as words: magnitudes ("puluhan", "dozens") and number words ("tiga", "twelve"). */
    private final PhraseMatcher<?> magnitudes;
    private final PhraseMatcher<?> words;

    CountedThing(NumberRules rules, PhraseMatcher<String> conjunctions, PhraseMatcher<String> relatives,
                 PhraseMatcher<String> unitSkip, Function<String, Double> parse) {
        this.counts = byWord(rules.counts());
        this.countVerbs = byWord(rules.countVerbs());
        this.ordinals = PhraseMatcher.of(rules.ordinals(), List.of());
        this.countHeads = PhraseMatcher.of(rules.countHeads(), List.of());
        this.conjunctions = conjunctions;
        this.contrasts = PhraseMatcher.of(rules.contrasts(), List.of());
        this.objects = java.util.Set.copyOf(rules.objects());
        this.people = PhraseMatcher.of(rules.people(), List.of());
        this.relatives = relatives;
        this.unitSkip = unitSkip;
        this.parse = parse;
        this.groups = java.util.Set.copyOf(rules.groups());
        this.magnitudes = new PhraseMatcher<>(rules.magnitudes(), List.of());
        this.words = new PhraseMatcher<>(rules.words(), List.of());
    }

    /** A matcher from each word to its thing; a word listed under two things keeps the first. */
    private static PhraseMatcher<String> byWord(Map<String, List<String>> wordsByThing) {
        Map<String, String> thingByWord = new HashMap<>();
        wordsByThing.forEach((thing, words) -> words.forEach(w -> thingByWord.putIfAbsent(w, thing)));
        return new PhraseMatcher<>(thingByWord, List.of());
    }

    /**
     * What the figure in tokens {@code [start, end)} counts: a count word right before it ("luka berat
     * 16", "membawa 61"), else within a few words after it ("41 orang dinyatakan meninggal"), or, when
     * a relative clause follows the figure itself (its people word skipped), within that clause ("16
     * orang yang dilaporkan masih belum ditemukan"), else further before it ("korban meninggal dunia …
     * mencapai 41 orang"), back to the clause's start when a count head stands right before the figure
     * ("Banjir di kampung itu sampai pukul 07.15 WIB jumlahnya mencapai 212"); never across another
     * figure, a conjunction, a contrast joining the figure's clause to the one before ("11 orang meninggal dunia,
     * sedangkan 4 orang masih dirawat": the 4 are no dead) or a sentence's end (dates and clock times are passed, they count nothing), nor a comma
     * in a title-case headline ({@link TitleCase}: "Keracunan Massal, 85 Dapur Ditutup"),
     * nor, after it, a comma or a count verb: "mengangkut" counts only the figure right after it, and a
     * figure before it is its subject ("24 ambulans yang mengangkut korban luka berat" counts ambulances,
     * not the injured). A count word naming one event ("kasus pertama", "the latest cases") is passed over.
     * A count verb's object names what it carries when a count word says so ("mengangkut 22 kendaraan"
     * counts vehicles, "mengangkut 53 penumpang" passengers); a group counted ("penumpang") gives way to what
     * befell it, said right after ({@link #fate}).
     */
    String counted(List<Token> tokens, int from, int start, int end, int to, boolean[] skip) {
        Optional<PhraseMatcher.Match<String>> right = counts.endingAt(tokens, Math.max(from, start - 2), start)
                .filter(m -> !reference(tokens, from, m, to));
        if (right.isPresent()) {
            return right.get().value();
        }
        int after = end;
        while (after < to && unitSkip.at(tokens, after, after + 1).isPresent()) {
            after++;
        }
        Optional<PhraseMatcher.Match<String>> verb = countVerbs.endingAt(tokens, Math.max(from, start - 2), start);
        if (verb.isPresent()) {
            // the verb's object names what it carries when a count word says so ("mengangkut 22 kendaraan")
            Optional<PhraseMatcher.Match<String>> object = counts.at(tokens, after, to)
                    .filter(m -> !reference(tokens, from, m, to));
            return object.map(m -> fate(tokens, from, m, end + COUNT_AFTER, to)).orElse(verb.get().value());
        }
        int limit = after < to && relatives.at(tokens, after, to).isPresent()
                ? after + 1 + RELATIVE_CLAUSE : end + COUNT_AFTER;
        for (int i = end; i < Math.min(to, limit); i++) {
            if (stopsAfter(tokens, i, to)) {
                break;
            }
            Optional<PhraseMatcher.Match<String>> m = counts.at(tokens, i, to);
            if (m.isPresent() && !reference(tokens, from, m.get(), to)) {
                return fate(tokens, from, m.get(), limit, to);
            }
        }
        int reach = headed(tokens, from, start) ? start - from : COUNT_BEFORE;
        String found = null;
        int passed = 0;
        Boolean title = null;
        for (int i = start - 1; i >= from && passed < reach; i--) {
            Token t = tokens.get(i);
            if (skip[i] || clockTime(t)) {
                continue; // a date or a clock time counts nothing and gives no count word
            }
            passed++;
            if (NumberExtractor.hasDigits(t) || t.is(";") || t.is(".") || conjunctions.at(tokens, i, i + 1).isPresent()
                    || contrasts.at(tokens, i, i + 1).isPresent()) {
                break;
            }
            if (t.is(",") && (title == null ? title = TitleCase.of(tokens) : title)) {
                break; // a headline's comma joins two clauses of their own ("Keracunan Massal, 85 Dapur Ditutup")
            }
            Optional<PhraseMatcher.Match<String>> m = counts.at(tokens, i, start);
            if (m.isPresent() && !reference(tokens, from, m.get(), to)) {
                // right after another figure it counts that one ("dari 11 korban meninggal dunia, 10 korban
                // merupakan rombongan": the 10 are some of the 11 dead, not a count of the dead)
                boolean another = i > from && NumberExtractor.hasDigits(tokens.get(i - 1)) || i - 1 > from && NumberExtractor.hasDigits(tokens.get(i - 2))
                        || writtenFigureBefore(tokens, from, i) || writtenFigureBefore(tokens, from, i - 1);
                // a figure of people counts no building or house named before it ("bangunan menelan 41 orang")
                boolean object = objects.contains(m.get().value()) && end < to && people.at(tokens, end, to).isPresent();
                found = found == null && !another && !object ? m.get().value() : found;
                break;
            }
        }
        return found;
    }

    /**
     * The thing a count word starting at token {@code i} counts, when one starts there and names neither one event nor
     * a group ("meninggal dunia" after "ditemukan"); null otherwise.
     */
    String startingAt(List<Token> tokens, int from, int i, int to) {
        return counts.at(tokens, i, to).filter(m -> !reference(tokens, from, m, to) && !groups.contains(m.value()))
                .map(PhraseMatcher.Match::value).orElse(null);
    }

    /** True when a count word naming what is counted, not one event, stands in tokens {@code [from, to)}. */
    boolean names(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Optional<PhraseMatcher.Match<String>> m = counts.at(tokens, i, to);
            if (m.isPresent() && !reference(tokens, from, m.get(), to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one thing the count words of tokens {@code [from, to)} name, wherever they stand ("korban tewas terus
     * bertambah" → dead), a count word naming one event passed over ("kasus pertama"); null when they name none or
     * two things or more.
     */
    String named(List<Token> tokens, int from, int to) {
        String thing = null;
        for (int i = from; i < to; i++) {
            Optional<PhraseMatcher.Match<String>> m = counts.at(tokens, i, to);
            if (m.isEmpty() || reference(tokens, from, m.get(), to)) {
                continue;
            }
            if (thing != null && !thing.equals(m.get().value())) {
                return null;
            }
            thing = m.get().value();
            i = m.get().to() - 1;
        }
        return thing;
    }

    /**
     * What a figure counting a group counts: the group ("53 penumpang"), or what befell it when a count word
     * of another thing follows within the figure's reach ("12 penumpang ditemukan selamat" counts the
     * rescued, "40 passengers were reported missing" the missing), the search ending where the words after a
     * figure end its count (a comma, a conjunction, another figure, a count verb).
     */
    private String fate(List<Token> tokens, int from, PhraseMatcher.Match<String> found, int limit, int to) {
        if (!groups.contains(found.value())) {
            return found.value();
        }
        for (int i = found.to(); i < Math.min(to, limit); i++) {
            if (stopsAfter(tokens, i, to) || conjunctions.at(tokens, i, i + 1).isPresent()) {
                break;
            }
            Optional<PhraseMatcher.Match<String>> m = counts.at(tokens, i, to);
            if (m.isPresent() && !groups.contains(m.get().value()) && !reference(tokens, from, m.get(), to)) {
                return m.get().value();
            }
        }
        return found.value();
    }

    /** True when token {@code i}, after a figure, ends the words that may say what it counts. */
    private boolean stopsAfter(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        return NumberExtractor.hasDigits(t) || t.is(",") || t.is(";") || t.is(".") || countVerbs.at(tokens, i, to).isPresent();
    }

    /**
     * True when a figure written in words ends right before token {@code i}: a magnitude ("dari puluhan korban
     * meninggal") or a number word ("dari tiga korban tewas").
     */
    private boolean writtenFigureBefore(List<Token> tokens, int from, int i) {
        return i > from && (magnitudes.endingAt(tokens, from, i).isPresent() || words.endingAt(tokens, from, i).isPresent());
    }

    /** True when a count head stands in the few words right before a figure ("jumlahnya sudah mencapai 212"). */
    private boolean headed(List<Token> tokens, int from, int start) {
        for (int k = Math.max(from, start - COUNT_HEAD); k < start; k++) {
            if (countHeads.at(tokens, k, start).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A count word naming one event rather than what a figure counts: an ordinal right after it ("kasus
     * pertama", "(kasus awal)") or right before it ("the latest cases").
     */
    private boolean reference(List<Token> tokens, int from, PhraseMatcher.Match<String> m, int to) {
        return m.to() < to && ordinals.at(tokens, m.to(), m.to() + 1).isPresent()
                || m.from() > from && ordinals.at(tokens, m.from() - 1, m.from()).isPresent();
    }

    /** A clock time ("07.15", "13:30"): digits that are no figure in this language. */
    private boolean clockTime(Token t) {
        return NumberExtractor.hasDigits(t) && (t.text().contains(":") || parse.apply(t.text()) == null && t.text().chars()
                .allMatch(c -> Character.isDigit(c) || c == '.' || c == ':'));
    }
}
