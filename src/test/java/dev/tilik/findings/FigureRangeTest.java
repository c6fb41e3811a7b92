package dev.tilik.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilik.model.Qualifier;
import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import dev.tilik.text.CharSpan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quantifiers that cannot both hold, and those that can (team-written figures of an election count). */
class FigureRangeTest {
    private static final double TOLERANCE = 0.02;

    private static FigureRange range(Qualifier q, double v) {
        double low = switch (q) {
            case UP_TO, LESS_THAN -> 0;
            case APPROX -> v * 0.9;
            default -> v;
        };
        double high = switch (q) {
            case AT_LEAST, MORE_THAN -> Double.POSITIVE_INFINITY;
            case APPROX -> v * 1.1;
            default -> v;
        };
        return FigureRange.of(new NumberMention(CharSpan.of(0, 1), "x", v, low, high, q, "suara", "votes"), 0.1);
    }

    private static Optional<NumericRule.Kind> against(FigureRange a, FigureRange b) {
        return a.against(b, TOLERANCE);
    }

    @Test
    void opposingBoundsMeetingAtOnePointCannotBothHold() {
        assertThat(against(range(Qualifier.UP_TO, 3000), range(Qualifier.AT_LEAST, 3000))).contains(NumericRule.Kind.BOUNDS);
        assertThat(against(range(Qualifier.MORE_THAN, 3000), range(Qualifier.LESS_THAN, 3000))).contains(NumericRule.Kind.BOUNDS);
        assertThat(against(range(Qualifier.MORE_THAN, 3000), range(Qualifier.UP_TO, 2000))).contains(NumericRule.Kind.HARD);
    }

    @Test
    void boundsThatLeaveRoomBothHold() {
        assertThat(against(range(Qualifier.AT_LEAST, 2000), range(Qualifier.UP_TO, 3000))).isEmpty();
        assertThat(against(range(Qualifier.MORE_THAN, 3000), range(Qualifier.EXACT, 3500))).isEmpty();
        assertThat(against(range(Qualifier.APPROX, 3000), range(Qualifier.EXACT, 3200))).isEmpty();
        assertThat(against(range(Qualifier.APPROX, 3000), range(Qualifier.MORE_THAN, 3500))).contains(NumericRule.Kind.SOFT);
    }

    /** An exact measure as the extractor writes it: as precise as its last digit, cut digits allowed above. */
    private static FigureRange measure(double v, double step) {
        return FigureRange.of(new NumberMention(CharSpan.of(0, 1), "x", v, v - step / 2, v + step * 0.999,
                Qualifier.EXACT, "ton", "weight of muatan"), 0.1);
    }

    @Test
    void twoMeasuresOfOnePrecisionThatDifferAreTwoValues() {
        assertThat(against(measure(412, 1), measure(413, 1))).contains(NumericRule.Kind.HARD);
        assertThat(against(measure(412, 1), measure(412, 1))).isEmpty();
        assertThat(against(measure(412, 1), measure(412.6, 0.1))).as("a coarser figure allows a finer one").isEmpty();
    }

    /**
     * A fact-checker's session (round 39, h39ux item 4): a finding read "the minister gives “152 hektare” (1,520,000)" beside
     * "“153 hektare”": a measure whose thing is not named near it (no counted "x of y") was read out in square metres
     * with no unit, a number no article wrote. A figure written with its unit reads as written; a count's unit noun
     * stands outside its written figure, and a count still reads as its number.
     */
    @Test
    void aMeasureWhoseThingIsNotNamedReadsAsWrittenWithItsUnit() {
        NumberMention area = new NumberMention(CharSpan.of(0, 11), "152 hektare", 1_520_000.0, 1_515_000, 1_525_000,
                Qualifier.EXACT, "hektare");
        assertThat(FigureRange.of(area, 0.1).describe()).isEqualTo("152 hektare");
        NumberMention about = new NumberMention(CharSpan.of(0, 15), "sekitar 30 km", 30_000.0, 27_000, 33_000,
                Qualifier.APPROX, "km");
        assertThat(FigureRange.of(about, 0.1).describe()).isEqualTo("sekitar 30 km");
        NumberMention count = new NumberMention(CharSpan.of(0, 2), "13", 13.0, 13, 13, Qualifier.EXACT, "orang");
        assertThat(FigureRange.of(count, 0.1).describe()).isEqualTo("13");
        NumberMention scaled = new NumberMention(CharSpan.of(0, 8), "1,5 juta", 1_500_000.0, 1_500_000, 1_500_000,
                Qualifier.EXACT, "orang");
        assertThat(FigureRange.of(scaled, 0.1).describe()).isEqualTo("1,500,000");
    }
}
