package dev.tilik.statements;

import dev.tilik.rules.MeasureRules;
import dev.tilik.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a measure measures ({@link NumberExtractor} asks it of every figure with a unit or a currency):
 * the attribute and the thing, as a key such as "length of pagar", from the words around the figure.
 */
final class MeasuredThing {
    /** What joins a measure's attribute to its thing in the counted name it gives ("length of pagar"). */
    static final String OF = " of ";
    /** The counted name of a count of times, before the act's key ("times of tembak"). */
    static final String TIMES = "times" + OF;
    /** How far before a measure its measured thing may stand ("pagar laut yang membentang sepanjang 30 km"). */
    private static final int THING_BEFORE = 7;
    /** How far before a measure an attribute word may head the noun a relative clause up to it qualifies. */
    private static final int RELATIVE_HEAD = 12;
    /** How far after a measure's unit its measured thing may stand in a head-final language ("30-km sea fence"). */
    private static final int THING_AFTER = 4;
    private static final Set<String> VERBS = Set.of("VERB", "AUX");
    private static final Set<String> NOMINALS = Set.of("NOUN", "PROPN", "ADJ");
    /** Tags of the words that link a noun phrase to its predicate's verb ("are impacted", "to be restored"). */
    private static final Set<String> LINKING = Set.of("AUX", "PART");
    /** How many content words of a figure's noun phrase a fate's verb may stand after ("18 government agencies"). */
    private static final int FATE_NOUNS = 3;
    /** How far after a relative marker or an auxiliary a fate's verb may stand ("yang masih dirawat"). */
    private static final int FATE_REACH = 4;
    /** How far before a count a fate's verb may stand ("yang terkena PHK sebanyak 700 orang"). */
    private static final int FATE_BEFORE = 5;

    private final MeasureRules measures;
    private final PhraseMatcher<String> attributes;
    private final PhraseMatcher<String> links;
    /** "yang", "which": a relative clause between the thing and its measure is passed over. */
    private final PhraseMatcher<String> relatives;
    private final ContentWords content;
    /** A verb's prefixes ("me", "di"): the act a count of times counts. */
    private final List<String> actPrefixes;

    MeasuredThing(MeasureRules measures, PhraseMatcher<String> relatives, ContentWords content, List<String> actPrefixes) {
        this.measures = measures;
        this.actPrefixes = List.copyOf(actPrefixes);
        this.attributes = new PhraseMatcher<>(measures.attributes(), List.of());
        this.links = PhraseMatcher.of(measures.links(), List.of());
        this.relatives = relatives;
        this.content = content;
    }

    /**
     * What a measure measures: its attribute (an attribute word before the figure, "sepanjang", or right
     * after its unit, "long"; else the unit's dimension) and the thing measured, by its content key
     * ("length of pagar"), or null when no thing is named near it. In a head-first language the thing is
     * the first word of the noun phrase nearest before the figure, across attribute words, links and
     * derived words ("pagar laut yang membentang sepanjang 30,61 km", "pembangunan pagar laut sepanjang
     * 30 km" → pagar); in a head-final one the last noun after the unit ("30.16-kilometer sea fence"),
     * else the nearest noun before the figure.
     */
    String of(List<Token> tokens, int from, int start, int unitEnd, int to, String dimension) {
        String attribute = dimension;
        Optional<PhraseMatcher.Match<String>> before = attributes.endingAt(tokens, Math.max(from, start - 3), start);
        if (before.isEmpty() && start - 1 > from) {
            before = attributes.endingAt(tokens, Math.max(from, start - 4), start - 1); // "panjangnya mencapai 30 km"
        }
        Optional<PhraseMatcher.Match<String>> after = unitEnd < to ? attributes.at(tokens, unitEnd, to) : Optional.empty();
        if (before.isPresent()) {
            attribute = before.get().value();
        } else if (after.isPresent()) {
            attribute = after.get().value();
        }
        String headed = measures.headFirst() ? relativeHead(tokens, from, start) : null;
        if (headed != null) {
            return headed;
        }
        String thing = null;
        if (!measures.headFirst()) {
            thing = thingAfter(tokens, after.map(PhraseMatcher.Match::to).orElse(unitEnd), to);
        }
        if (thing == null) {
            thing = thingBefore(tokens, from, start);
        }
        if (thing == null && measures.headFirst()) {
            thing = relativeAct(tokens, unitEnd, to);
        }
        return thing == null ? null : attribute + OF + thing;
    }

    /**
     * In a head-first language, the measure of the thing an attribute word names right before a relative clause
     * running up to the figure ("luas lahan tambang yang dipantau oleh citra satelit dan drone adalah 90 hektare" →
     * area of lahan), not the nearest noun inside that clause; null when no attribute word opens a run of nouns
     * ending at a relative marker in the figure's clause, back to a comma or another figure.
     */
    private String relativeHead(List<Token> tokens, int from, int start) {
        int relative = -1;
        for (int i = start - 1; i >= Math.max(from, start - RELATIVE_HEAD); i--) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || NumberExtractor.hasDigits(t)) {
                return null;
            }
            if (relatives.at(tokens, i, i + 1).isPresent()) {
                relative = i;
                continue;
            }
            Optional<PhraseMatcher.Match<String>> attribute = relative < 0 ? Optional.empty()
                    : attributes.at(tokens, i, relative);
            if (attribute.isPresent() && nounsUpTo(tokens, attribute.get().to(), relative)) {
                return attribute.get().value() + OF + content.key(tokens.get(attribute.get().to()));
            }
        }
        return null;
    }

    /**
     * In a head-first language, for a measure no noun before it names: the act of a relative clause right after its
     * unit, by the verb's content key ("dari 75 hektare yang ditebang" → area of tebang, which meets the act's
     * nominalisation elsewhere, "luas tebangan"); null when no relative marker follows the unit or no verb opens it.
     */
    private String relativeAct(List<Token> tokens, int unitEnd, int to) {
        if (unitEnd + 1 >= to || relatives.at(tokens, unitEnd, unitEnd + 1).isEmpty()) {
            return null;
        }
        Token t = tokens.get(unitEnd + 1);
        return verb(t) ? content.key(t) : null;
    }

    /** True when {@code [from, to)} holds one word or more, each one that may be or modify a measured thing. */
    private boolean nounsUpTo(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!noun(tokens.get(i)) || derived(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a count of times counts ({@code [start, end)} the figure with its repeat word: "dua kali", "four
     * times", "twice"): the act, by its verb's content key ("times of tembak"), the verb right after the count
     * ("dua kali menembak"), else the nearest before it in its clause, across its object and links ("menembakkan
     * senjata api sebanyak dua kali", "fired four times"); null when no verb is near ("muntah lima kali", a
     * root verb the text does not mark as one, counts no act).
     */
    String act(List<Token> tokens, int from, int start, int end, int to) {
        if (end < to && verb(tokens.get(end))) {
            return TIMES + content.key(tokens.get(end));
        }
        for (int i = start - 1; i >= Math.max(from, start - THING_BEFORE); i--) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || NumberExtractor.hasDigits(t) || relatives.at(tokens, i, i + 1).isPresent()) {
                return null;
            }
            if (verb(t)) {
                return TIMES + content.key(t);
            }
        }
        return null;
    }

    /**
     * What befell the things a count with no counted thing counts ("74 siswa yang dirawat", "364 siswa yang
     * dilarikan ke rumah sakit", "affected more than 160 agencies", "18 agencies to be restored"), by the content
     * key of the verb the figure's clause puts on them, or null when the words say none: the verb of a relative
     * clause right after the figure's noun phrase, a verb right after it (its predicate, "500 warga mengungsi";
     * after an auxiliary in a tagged language, "are directly impacted", "to be restored"), else the verb the
     * figure is the object of, right before it — never a verb that only links a figure to what it totals
     * ("mencapai 10.969 orang", the measures' links). The noun
     * phrase is the figure's content words only: a preposition or any other function word ends it ("1.500
     * tentara dari pasukan khusus … sudah berada" says nothing of the 1,500). {@code [start, end)} is the figure
     * with its qualifier, {@code [from, to)} the claim.
     */
    String fate(List<Token> tokens, int from, int start, int end, int to) {
        for (int i = end, nouns = 0; i < to && nouns <= FATE_NOUNS; i++) {
            Token t = tokens.get(i);
            if (relatives.at(tokens, i, i + 1).isPresent()) {
                return verbAfter(tokens, i + 1, to, false);
            }
            if (t.tagged() && t.tagIn(LINKING)) {
                return verbAfter(tokens, i, to, true);
            }
            String carried = carried(tokens, i, to);
            if (carried != null) {
                return carried;
            }
            if (verb(t)) {
                return content.key(t);
            }
            if (!noun(t)) {
                break;
            }
            nouns++;
        }
        if (start - 1 >= from && verb(tokens.get(start - 1)) && links.at(tokens, start - 1, start).isEmpty()) {
            return content.key(tokens.get(start - 1));
        }
        return null;
    }

    /**
     * Where the verb {@link #fate} reads as a figure's predicate stands, right after the figure's noun phrase of at
     * most {@link #FATE_NOUNS} content words ("12 pendaki Gunung Ciremai ditemukan"), or -1 when the fate is read
     * otherwise or not at all. {@code end} is the first word after the figure's words that carry nothing.
     */
    int predicate(List<Token> tokens, int end, int to) {
        for (int i = end, nouns = 0; i < to && nouns <= FATE_NOUNS; i++, nouns++) {
            Token t = tokens.get(i);
            if (relatives.at(tokens, i, i + 1).isPresent() || t.tagged() && t.tagIn(LINKING)
                    || carried(tokens, i, to) != null) {
                return -1;
            }
            if (verb(t)) {
                return i;
            }
            if (!noun(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * What befell the things a count counts, read in its clause before it when nothing after it says
     * ("karyawan yang terkena PHK sebanyak 700 orang", "warga ter-PHK 700", "yang dirawat sebanyak 74"): the nearest
     * verb within {@link #FATE_BEFORE} words back, past a linking word ("sebanyak", "mencapai") but no comma nor
     * figure — the noun right after
     * it when one follows, the thing the act befell ("terkena PHK" → phk), else the verb itself; a word that joins an
     * act's prefix to its stem by a hyphen, as a code is ("ter-PHK", "di-PHK"), is that stem's act. Null when none,
     * for a figure in parentheses ("Rina (21)") and for a verb before a capitalised name ("bernama Rina").
     */
    String fateBefore(List<Token> tokens, int from, int start) {
        if (start - 1 >= from && tokens.get(start - 1).is("(")) {
            return null; // "bernama Rina (21)": an age or a label, no count
        }
        for (int i = start - 1; i >= Math.max(from, start - FATE_BEFORE); i--) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || NumberExtractor.hasDigits(t)) {
                return null;
            }
            if (links.at(tokens, i, i + 1).isPresent()) {
                continue;
            }
            String stem = hyphenedStem(t);
            if (stem != null) {
                return stem;
            }
            if (verb(t)) {
                Token next = tokens.get(i + 1);
                if (i + 1 < start && named(next)) {
                    return null; // "bernama Rina": the verb names someone, nothing befell the counted
                }
                return i + 1 < start && noun(next) && !verb(next) ? content.key(next) : content.key(t);
            }
        }
        return null;
    }

    /** A name written capitalised, not a short form in capitals ("Rina", not "PHK"). */
    private static boolean named(Token t) {
        return t.isCapitalized() && !Chars.all(t.text(), c -> !Character.isLowerCase(c));
    }

    /** The stem of an act's prefix joined to it by a hyphen ("ter-PHK" → phk), or null for any other word. */
    private String hyphenedStem(Token t) {
        String w = t.lower();
        int dash = w.indexOf('-');
        if (dash < 1 || dash == w.length() - 1 || !actPrefixes.contains(w.substring(0, dash))) {
            return null;
        }
        String stem = w.substring(dash + 1);
        return stem.length() >= 2 && Chars.all(stem, Character::isLetter) ? stem : null;
    }

    /**
     * The verb a few words from {@code at} (a relative clause's, or, {@code linked}, after an auxiliary), passing
     * function words and adverbs; in a language without tags the first content word of a relative clause.
     */
    private String verbAfter(List<Token> tokens, int at, int to, boolean linked) {
        for (int i = at; i < Math.min(to, at + FATE_REACH); i++) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || NumberExtractor.hasDigits(t)) {
                return null;
            }
            String carried = carried(tokens, i, to);
            if (carried != null) {
                return carried;
            }
            if (verb(t) || !linked && !t.tagged() && content.isContent(t)) {
                return content.key(t);
            }
            if (content.isContent(t) && !(t.tagged() && t.tagIn(Set.of("ADV")))) {
                return null;
            }
        }
        return null;
    }

    /** True when {@code t} only carries the word after it (rules {@code measures.fateCarriers}): no figure's unit. */
    boolean carriesFate(Token t) {
        return measures.carriesFate(t.lower());
    }

    /**
     * What befell a count's things when the word at {@code i} only carries the word after it (rules
     * {@code measures.fateCarriers}: "berhasil diselamatkan", "dinyatakan hilang", "reported missing"): that word's
     * content key, else null.
     */
    private String carried(List<Token> tokens, int i, int to) {
        if (i + 1 >= to || !carriesFate(tokens.get(i))) {
            return null;
        }
        Token next = tokens.get(i + 1);
        return content.isContent(next) ? content.key(next) : null;
    }

    /** A verb naming an act: by its tag where the language has one, else a derived word with a verb's prefix. */
    private boolean verb(Token t) {
        if (!content.isContent(t)) {
            return false;
        }
        if (t.tagged()) {
            return t.tagIn(VERBS);
        }
        return derived(t) && actPrefixes.stream().anyMatch(p -> t.lower().startsWith(p));
    }

    private String thingBefore(List<Token> tokens, int from, int start) {
        List<Token> run = runBefore(tokens, from, start);
        if (run.isEmpty()) {
            return null;
        }
        return content.key(measures.headFirst() ? run.get(0) : run.get(run.size() - 1));
    }

    /**
     * The proper name a measured thing is written with right after its noun, in a head-first language ("di Pulau
     * Manuran seluas 746 hektare" → manuran, "di Pulau Gag mencapai 6.030 hektare" → gag): which one of the things
     * its noun names is measured, or null when no name follows the noun. Two measures of one noun under two names
     * measure two things ({@code findings.NumericDetector}).
     */
    String name(List<Token> tokens, int from, int start) {
        if (!measures.headFirst()) {
            return null;
        }
        List<Token> run = runBefore(tokens, from, start);
        if (run.size() < 2) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (Token t : run.subList(1, run.size())) {
            if (!t.isCapitalized()) {
                return null;
            }
            name.append(name.isEmpty() ? "" : " ").append(t.lower());
        }
        return name.toString();
    }

    /** The noun phrase nearest before a measure, across attribute words, links and derived words ({@link #of}). */
    private List<Token> runBefore(List<Token> tokens, int from, int start) {
        List<Token> run = new ArrayList<>();
        for (int i = start - 1; i >= Math.max(from, start - THING_BEFORE); i--) {
            Token t = tokens.get(i);
            boolean passable = attributes.at(tokens, i, start).isPresent() || links.at(tokens, i, i + 1).isPresent()
                    || relatives.at(tokens, i, i + 1).isPresent() || derived(t);
            if (!run.isEmpty() && (passable || !noun(t))) {
                break;
            }
            if (passable && run.isEmpty()) {
                continue;
            }
            if (!noun(t)) {
                break;
            }
            run.add(0, t);
        }
        return run;
    }

    private String thingAfter(List<Token> tokens, int at, int to) {
        int i = at;
        if (i < to && tokens.get(i).is("(")) { // "30 kilometer (km) long"
            while (i < to && !tokens.get(i).is(")")) {
                i++;
            }
            i++;
        }
        Optional<PhraseMatcher.Match<String>> attribute = i < to ? attributes.at(tokens, i, to) : Optional.empty();
        if (attribute.isPresent()) {
            i = attribute.get().to();
        }
        Token last = null;
        for (int j = i; j < Math.min(to, i + THING_AFTER) && noun(tokens.get(j)) && !derived(tokens.get(j)); j++) {
            if (!tokens.get(j).tagged() || !tokens.get(j).tag().equals("ADJ")) {
                last = tokens.get(j);
            }
        }
        return last == null ? null : content.key(last);
    }

    /** A word that may be or modify the measured thing: a content word, by its tag where the language has one. */
    private boolean noun(Token t) {
        return content.isContent(t) && !NumberExtractor.hasDigits(t) && (!t.tagged() || t.tagIn(NOMINALS));
    }

    /** A verb or a nominalised action ("membentang", "pembangunan", "stretches"): no measured thing. */
    private boolean derived(Token t) {
        if (t.tagged()) {
            return t.tagIn(VERBS);
        }
        String w = t.lower();
        String root = content.key(t);
        for (String p : measures.derivedPrefixes()) {
            if (w.startsWith(p) && root.length() < w.length() - 1 && !w.startsWith(root)) {
                return true;
            }
        }
        return false;
    }
}
