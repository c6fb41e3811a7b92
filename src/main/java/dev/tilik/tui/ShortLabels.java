package dev.tilik.tui;

import dev.tilik.model.FindingType;
import dev.tilik.review.Review;
import dev.tilik.review.Verdict;

/**
 * Shorter names for a finding's kind and verdict, where the full ones would leave the claim too
 * little room: the finding list, the panel title and the filter in the header at 80 columns. Each is its
 * label or the label's first words, so one kind reads alike in the filter menu, the header and the list: a pair
 * keeps the label's "vs" ("deny vs assert", never "deny vs assert" beside "type=deny_vs_assert"); a conditional
 * is "if", as its stance marker {@code [IF]} says.
 */
final class ShortLabels {
    private ShortLabels() {
    }

    static String type(FindingType t) {
        return switch (t) {
            case DENY_VS_ASSERT -> "deny vs assert";
            case DENY_VS_CONDITIONAL -> "deny vs if";
            case SAME_PARTY_DIVERGENCE -> "same party";
            case NUMERIC -> "numbers";
            case WEEKDAY_DATE -> "weekday/date";
            case ATTRIBUTION -> "same words";
            case HEADLINE_VS_BODY -> "headline vs body";
            case MISREPORT -> "misreport";
            case DENY_VS_HEDGE -> "deny vs hedge";
            case CONFIRM_VS_DECLINED -> "confirmed vs declined";
            case CORROBORATION -> "corroboration";
            case EVOLVING -> "evolving";
            case NO_COMMENT -> "no comment";
            default -> t.label(); // a kind added since: its own label
        };
    }

    /** A verdict label ({@link dev.tilik.review.ReviewSession#verdictLabel}) in at most 13 columns. */
    static String verdict(String label) {
        return label.equals(Review.NO_VERDICT_YET) ? "no verdict" : label;
    }
}
