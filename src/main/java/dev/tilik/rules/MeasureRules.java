package dev.tilik.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How one language writes measures (lengths, areas, weights, volumes, shares): figures with a unit
 * of a dimension, compared as figures of one measured thing ("pagar sepanjang 30,16 km" against
 * "pagar sepanjang 30.610 meter"), never as counts.
 *
 * @param units           per dimension, each unit word and its size in the dimension's base unit
 *                        ("length": {"km": 1000, "meter": 1}): units of one dimension convert
 * @param attributes      words that say which measure of a thing a figure gives ("sepanjang" → length,
 *                        "setinggi" → height, "long" → length): two figures of one thing and one unit
 *                        dimension but different attributes (a fence's height and its length) are
 *                        different quantities. Before the figure, or right after its unit ("30 km long")
 * @param headFirst       true when the language's noun phrase starts with its head ("pagar laut"): the
 *                        measured thing is the first content word of the phrase before the figure;
 *                        false ("sea fence") when it is the last noun after the unit, else before the figure
 * @param derivedPrefixes prefixes of derived words (verbs, nominalised actions: "membentang",
 *                        "pembangunan") that name no measured thing: such a word whose root is shorter is
 *                        skipped when looking for the thing
 * @param links           words between a thing and its figure that end nothing ("yang", "mencapai",
 *                        "sebesar", "that", "of"): the search for the thing goes on across them
 * @param rates           words that, right after a unit, divide it by another ("meter per detik", "km per hour"): such a
 *                        figure is a rate, no measure of the unit's dimension
 * @param fateCarriers    optional: verbs that carry the word after them without saying what befell a count's things
 *                        ("29 orang berhasil diselamatkan", "30 orang dinyatakan hilang", "12 were reported missing"):
 *                        what befell them is the word after
 */
public record MeasureRules(Map<String, Map<String, Double>> units, Map<String, String> attributes, Boolean headFirst,
                           List<String> derivedPrefixes, List<String> links, List<String> rates,
                           List<String> fateCarriers) {

    public MeasureRules {
        Map<String, Map<String, Double>> u = new java.util.HashMap<>();
        if (units != null) {
            units.forEach((dim, words) -> {
                Map<String, Double> w = new java.util.HashMap<>();
                Objects.requireNonNull(words, "expected units for \"" + dim + "\"").forEach((k, v) -> {
                    if (v == null || !(v > 0)) {
                        throw new IllegalArgumentException("units." + dim + "." + k + ": expected a positive size");
                    }
                    w.put(k.strip().toLowerCase(Locale.ROOT), v);
                });
                u.put(dim, Map.copyOf(w));
            });
        }
        units = Map.copyOf(u);
        Map<String, String> a = new java.util.HashMap<>();
        if (attributes != null) {
            attributes.forEach((k, v) -> a.put(k.strip().toLowerCase(Locale.ROOT), Objects.requireNonNull(v)));
        }
        attributes = Map.copyOf(a);
        headFirst = headFirst == null || headFirst;
        derivedPrefixes = derivedPrefixes == null ? List.of() : List.copyOf(derivedPrefixes);
        links = links == null ? List.of() : List.copyOf(links);
        rates = rates == null ? List.of() : List.copyOf(rates);
        fateCarriers = fateCarriers == null ? List.of()
                : fateCarriers.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    public static MeasureRules none() {
        return new MeasureRules(null, null, null, null, null, null, null);
    }

    /** True when {@code word} carries the word after it without saying what befell a count's things ("berhasil"). */
    public boolean carriesFate(String word) {
        return word != null && fateCarriers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when {@code word}, right after a unit, makes its figure a rate ("per" in "1,4 meter per detik"). */
    public boolean rate(String word) {
        return word != null && rates.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The dimension and size of a unit word ("km" → length, 1000), or null when it is no unit of measure. */
    public Unit unit(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Map<String, Double>> e : units.entrySet()) {
            Double size = e.getValue().get(w);
            if (size != null) {
                return new Unit(e.getKey(), size);
            }
        }
        return null;
    }

    /** A unit of measure: its dimension ("length") and its size in the dimension's base unit. */
    public record Unit(String dimension, double size) {
    }
}
