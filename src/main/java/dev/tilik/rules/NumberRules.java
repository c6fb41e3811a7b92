package dev.tilik.rules;

import dev.tilik.model.Qualifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How figures are written in one language.
 *
 * @param decimalSeparator "," in Indonesian ("1,5 juta"; "1.500" groups thousands), "." in English
 * @param qualifiers       words before a figure and what they make of it ("sekitar" → approx,
 *                         "setidaknya" → at_least, "hingga" → up_to, "lebih dari" → more_than)
 * @param multipliers      scale words after a figure ("ribu" → 1000, "juta" → 1000000, "million")
 * @param magnitudes       words that name a range instead of a figure ("ribuan" → [2000, 9999])
 * @param currencies       units that are money ("Rp", "dolar", "$"): kept as their own unit
 * @param yearContext      words before a four-digit number that make it a year ("tahun", "sejak", "in")
 * @param unitSkip         words between a figure and its counted noun that are skipped ("orang", "of")
 * @param counts           optional: what a figure counts, by the words near it ("meninggal" → dead,
 *                         "luka berat" → seriously injured, "hilang" → missing): figures that count the
 *                         same thing are compared across the whole folder, whatever their statements' topics
 * @param superseded       optional: words right before a figure that make it the figure replaced
 *                         ("dari" in "bertambah dari 27 menjadi 35", "from" in "up from 27"), when one of
 *                         {@code supersededBy} follows it within three words (or, for a phrase such as
 *                         "up from", always); such a figure is not the speaker's claim
 * @param supersededBy     words after a replaced figure that introduce the new one ("menjadi", "to")
 * @param placePrepositions optional: prepositions of place ("di", "in"): a figure followed by one and a
 *                         capitalised name counts one place, a part of a total, and is not compared
 * @param countVerbs       optional: verbs whose object is the counted figure ("membawa 61", "carrying
 *                         61" → passengers): they count only a figure right after them, never one
 *                         before them ("24 ambulans yang mengangkut korban" counts no passengers)
 * @param ordinals         optional: words that make a count word beside them name one event rather than
 *                         what a figure counts ("kasus pertama", "keracunan kedua", "the latest cases"): the
 *                         search for the counted thing passes over such a reference
 * @param countHeads       optional: words right before a figure (its verb between) that say the counted
 *                         thing was named earlier in the clause ("Banjir di kampung itu … jumlahnya sudah
 *                         mencapai 212 orang"): the counted thing is then looked for back to the clause's start
 * @param measures         optional: units of measure, the attribute words and how the measured thing is
 *                         found ({@link MeasureRules}): such figures are compared as one thing's measure
 * @param groups           optional: counted things that say who is counted, not what befell them
 *                         ("passengers"): a count word of another thing right after one, within the
 *                         figure's reach, names what the figure counts ("12 penumpang ditemukan selamat"
 *                         counts the rescued, "53 penumpang" the passengers)
 * @param words            optional: the language's number words and their values ("dua" → 2, "dua puluh"
 *                         → 20, "ratus" → 100, "twelve" → 12), the whole closed class and the one list of the
 *                         words that write a figure ({@link NumberWords}: a run is one figure, "dua puluh
 *                         lima", "dua ratus"). A number word is read as a figure only where it counts times
 * @param repeats          optional: words after a figure that make it a count of times an act was done
 *                         ("kali", "times"): "menembak sebanyak empat kali", "fired four times"
 * @param repeatWords      optional: words that are a count of times by themselves ("twice" → 2)
 * @param factors          optional: words right after a repeat word that make the figure a multiple, no
 *                         count of acts ("dua kali lipat", "three times more")
 * @param actPrefixes      optional: the prefixes of a verb, in a language whose verbs are marked so ("me", "di",
 *                         "ber", "ter"; not the nominalising "pe"): the act a count of times counts is such a
 *                         verb ("membunyikan sirene peringatan tiga kali" counts soundings, not warnings)
 * @param parts            optional: words that break a count down or take some of it ("dengan rincian",
 *                         "terdiri dari", "dari jumlah tersebut", "of whom", "out of these"): a figure after one
 *                         in its sentence, a figure close after the word, is a part, never set against a total
 * @param wholes           optional: words right before the whole a part is taken out of ("dari total", "out
 *                         of"): that figure is the base, another quantity than the count of what befell it
 * @param rates            optional: words after a figure that make it a rate ("per hari", "a day"), no total
 * @param pluralEndings    optional: how a plural noun ends in a language that puts a noun's modifiers before it
 *                         ("s" in English; none in Indonesian, whose modifiers follow the noun): a word after a
 *                         figure that a plural follows modifies it, and the plural is what the figure counts
 *                         ("40 Indonesian agencies", "18 government agencies", "31 extrajudicial killings")
 * @param people           optional: nouns a count of people is written with that name no counted thing ("orang",
 *                         "people"): such a count in a short sentence of its own counts the thing the sentence before
 *                         names ("… korban tewas bertambah. Hari ini 41 orang.")
 * @param caps             optional: words after a figure, in its clause, by which it holds for some, not for all
 *                         ("kenaikan sebesar 250 persen itu tidak semuanya", "250 percent, but not for everyone"):
 *                         the figure is a ceiling, read as "up to" it
 * @param contrasts        optional: words joining a clause with a figure of its own to the clause before it, set against
 *                         it ("sedangkan", "whereas"): a count word before one is the earlier clause's, never what a
 *                         figure after it counts ("9 orang meninggal, sedangkan 4 orang dirawat" counts no dead in 4)
 * @param objects          optional: counted things ({@code counts} keys) that are no people ("buildings", "houses"): a
 *                         figure written with a noun of people ({@code people}: "41 orang") never counts one read
 *                         before it ("ambruknya gedung itu menewaskan 41 orang" counts no buildings)
 * @param openingWholes    optional: words opening a sentence right before its first figure that make that figure the
 *                         whole its later figures, after a comma, are taken out of ("Dari 20 korban tewas, 12 …",
 *                         "Of the 20 dead, 12 …"): a later figure read as counting the same thing as the whole is
 *                         a part of it, not another count of it
 */
public record NumberRules(
        String decimalSeparator,
        Map<String, Qualifier> qualifiers,
        Map<String, Double> multipliers,
        Map<String, Range> magnitudes,
        List<String> currencies,
        List<String> yearContext,
        List<String> unitSkip,
        Map<String, List<String>> counts,
        List<String> superseded,
        List<String> supersededBy,
        List<String> placePrepositions,
        Map<String, List<String>> countVerbs,
        List<String> ordinals,
        List<String> countHeads,
        MeasureRules measures,
        List<String> groups,
        Map<String, Double> words,
        List<String> repeats,
        Map<String, Double> repeatWords,
        List<String> factors,
        List<String> actPrefixes,
        List<String> parts,
        List<String> wholes,
        List<String> rates,
        List<String> pluralEndings,
        List<String> people,
        List<String> caps,
        List<String> contrasts,
        List<String> objects,
        List<String> openingWholes) {

    /** The values a magnitude word allows. */
    public record Range(double low, double high) {
        public Range {
            if (low > high) {
                throw new IllegalArgumentException("low: expected low <= high");
            }
        }
    }

    public NumberRules {
        decimalSeparator = decimalSeparator == null ? "," : decimalSeparator;
        if (!decimalSeparator.equals(",") && !decimalSeparator.equals(".")) {
            throw new IllegalArgumentException("decimalSeparator: expected \",\" or \".\"");
        }
        qualifiers = qualifiers == null ? Map.of() : lowerKeys(qualifiers);
        multipliers = multipliers == null ? Map.of() : lowerKeys(multipliers);
        magnitudes = magnitudes == null ? Map.of() : lowerKeys(magnitudes);
        currencies = currencies == null ? List.of() : List.copyOf(currencies);
        yearContext = yearContext == null ? List.of() : List.copyOf(yearContext);
        unitSkip = unitSkip == null ? List.of() : List.copyOf(unitSkip);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        superseded = superseded == null ? List.of() : List.copyOf(superseded);
        supersededBy = supersededBy == null ? List.of() : List.copyOf(supersededBy);
        placePrepositions = placePrepositions == null ? List.of() : List.copyOf(placePrepositions);
        countVerbs = countVerbs == null ? Map.of() : Map.copyOf(countVerbs);
        ordinals = ordinals == null ? List.of() : List.copyOf(ordinals);
        countHeads = countHeads == null ? List.of() : List.copyOf(countHeads);
        measures = measures == null ? MeasureRules.none() : measures;
        groups = groups == null ? List.of() : List.copyOf(groups);
        words = words == null ? Map.of() : lowerKeys(words);
        repeats = repeats == null ? List.of() : List.copyOf(repeats);
        repeatWords = repeatWords == null ? Map.of() : lowerKeys(repeatWords);
        factors = factors == null ? List.of() : List.copyOf(factors);
        actPrefixes = actPrefixes == null ? List.of() : List.copyOf(actPrefixes);
        parts = parts == null ? List.of() : List.copyOf(parts);
        wholes = wholes == null ? List.of() : List.copyOf(wholes);
        rates = rates == null ? List.of() : List.copyOf(rates);
        pluralEndings = pluralEndings == null ? List.of() : List.copyOf(pluralEndings);
        people = people == null ? List.of() : List.copyOf(people);
        caps = caps == null ? List.of() : List.copyOf(caps);
        contrasts = contrasts == null ? List.of() : List.copyOf(contrasts);
        objects = objects == null ? List.of() : List.copyOf(objects);
        openingWholes = openingWholes == null ? List.of() : List.copyOf(openingWholes);
    }

    public static NumberRules none() {
        return new NumberRules(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static <V> Map<String, V> lowerKeys(Map<String, V> m) {
        Map<String, V> out = new java.util.HashMap<>();
        m.forEach((k, v) -> out.put(Objects.requireNonNull(k).strip().toLowerCase(Locale.ROOT),
                Objects.requireNonNull(v, "expected a value for \"" + k + "\"")));
        return Map.copyOf(out);
    }
}
