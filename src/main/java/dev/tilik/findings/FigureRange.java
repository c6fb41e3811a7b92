package dev.tilik.findings;

import dev.tilik.model.Qualifier;
import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import java.util.Locale;
import java.util.Optional;

/**
 * The values a figure allows, with its approximation semantics: "sekitar 1.500" widened by the
 * rule's tolerance, "ribuan" as its magnitude, "setidaknya 3.000" open above, "hingga 3.000"
 * closed above.
 */
record FigureRange(NumberMention mention, double low, double high) {

    static FigureRange of(NumberMention m, double approxTolerance) {
        if (m.qualifier() == Qualifier.APPROX && m.value() != null) {
            double v = m.value();
            return new FigureRange(m, Math.min(m.low(), v * (1 - approxTolerance)), Math.max(m.high(), v * (1 + approxTolerance)));
        }
        return new FigureRange(m, m.low(), m.high());
    }

    boolean approximate() {
        return mention.qualifier() == Qualifier.APPROX || mention.qualifier() == Qualifier.MAGNITUDE;
    }

    boolean upperBound() {
        return mention.qualifier() == Qualifier.UP_TO || mention.qualifier() == Qualifier.LESS_THAN;
    }

    boolean lowerBound() {
        return mention.qualifier() == Qualifier.AT_LEAST || mention.qualifier() == Qualifier.MORE_THAN;
    }

    /** True when every value this allows is above every value {@code other} allows. */
    boolean above(FigureRange other) {
        return low > other.high;
    }

    /** How two figures disagree, if they do. */
    Optional<NumericRule.Kind> against(FigureRange o, double boundsTolerance) {
        if (above(o) || o.above(this)) {
            return Optional.of(approximate() || o.approximate() ? NumericRule.Kind.SOFT : NumericRule.Kind.HARD);
        }
        if (samePrecision(o) && !mention.value().equals(o.mention.value())) {
            return Optional.of(NumericRule.Kind.HARD);
        }
        if ((upperBound() && o.lowerBound()) || (lowerBound() && o.upperBound())) {
            double overlap = Math.min(high, o.high) - Math.max(low, o.low);
            double scale = Math.max(finite(this), finite(o));
            if (overlap <= boundsTolerance * scale) {
                return Optional.of(NumericRule.Kind.BOUNDS);
            }
        }
        return Optional.empty();
    }

    /**
     * True when both are exact measures written to one last digit ("137 ton", "138 ton"): a measure's range allows
     * what a coarser figure rounds or cuts ("30 km" for 30,16 km), but two figures of one precision that differ are
     * two values, neither a rounding of the other.
     */
    boolean samePrecision(FigureRange o) {
        return exactMeasure() && o.exactMeasure()
                && Math.abs((high - low) - (o.high - o.low)) <= PRECISION_SLACK * Math.max(high - low, o.high - o.low);
    }

    private boolean exactMeasure() {
        return mention.qualifier() == Qualifier.EXACT && mention.value() != null && mention.counted() != null
                && NumericDetector.measure(mention.counted()) && high > low;
    }

    /**
     * True when both figures write the same digits and their values are a thousand, a million or a billion apart:
     * one figure written with and without its scale word ("Rp 150" / "Rp 150 ribu", "1,5 juta" / "1,5 miliar"),
     * a scale word dropped or swapped in print, not a count that moved from one to the other.
     */
    boolean rescaled(FigureRange o) {
        Double v = mention.value();
        Double w = o.mention.value();
        if (v == null || w == null || v <= 0 || w <= 0 || v.equals(w) || mention.inWords() || o.mention.inWords()) {
            return false;
        }
        String digits = mention.text().replaceAll("\\D", "");
        if (!digits.equals(o.mention.text().replaceAll("\\D", ""))) {
            return false;
        }
        double thousands = Math.log10(Math.max(v, w) / Math.min(v, w)) / 3;
        return Math.rint(thousands) >= 1 && Math.abs(thousands - Math.rint(thousands)) < SCALE_SLACK;
    }

    /** How far the ratio of two rescaled figures may stand from a power of a thousand, in thousands (floating point only). */
    private static final double SCALE_SLACK = 1e-9;

    /** How far two measures' widths may differ, as a share, and still be one precision (floating point only). */
    private static final double PRECISION_SLACK = 1e-6;

    private static double finite(FigureRange r) {
        return r.mention.value() != null ? r.mention.value() : Double.isInfinite(r.high) ? r.low : r.high;
    }

    /** How an explanation reads it: "about 1,500 (1,350–1,650)", "at least 3,000", "thousands (2,000–9,999)". */
    String describe() {
        Double v = mention.value();
        if (mention.counted() != null && NumericDetector.measure(mention.counted()) || writtenWithUnit()) {
            return mention.text(); // a measure as written, in its own unit ("30,16 km")
        }
        return switch (mention.qualifier()) {
            case EXACT -> v != null ? number(v) : span();
            case APPROX -> "about " + (v != null ? number(v) : "?") + ", read as " + span();
            case AT_LEAST -> "at least " + number(v != null ? v : low);
            case MORE_THAN -> "more than " + number(v != null ? v : low);
            case UP_TO -> "up to " + number(v != null ? v : high);
            case LESS_THAN -> "fewer than " + number(v != null ? v : high);
            case MAGNITUDE -> "read as " + span();
        };
    }

    /**
     * True when the figure as written ends with its unit ("152 hektare", "30km"): only a measure's span takes its unit
     * word in, and its value is in the unit's base (1,520,000 m² for "152 hektare"), a number its article never wrote
     * and, shown without a unit, a misleading one. A measure whose thing is not named near it has no counted
     * "x of y" to say so; its written words do.
     */
    private boolean writtenWithUnit() {
        String unit = mention.unit();
        String text = mention.text().toLowerCase(Locale.ROOT);
        return unit != null && !unit.isBlank() && text.length() > unit.length()
                && text.endsWith(unit.toLowerCase(Locale.ROOT)) && text.chars().anyMatch(Character::isDigit);
    }

    /** The same figure whatever its wording's position: qualifier and range. */
    String signature() {
        return mention.qualifier() + ":" + low + ":" + high;
    }

    /** The figure as written, independent of tolerances in the rules: qualifier and value (range for magnitude words). */
    String identity() {
        Double v = mention.value();
        return mention.qualifier() + ":" + (v != null ? number(v) : number(low) + "-" + number(high));
    }

    private String span() {
        return number(low) + "\u2013" + (Double.isInfinite(high) ? "\u221E" : number(high));
    }

    static String number(double v) {
        double r = Math.rint(v);
        if (Math.abs(v - r) < 1e-6 * Math.max(1, Math.abs(v)) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) r);
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
