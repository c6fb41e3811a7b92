package dev.tilik.tui;

import dev.tilik.model.FindingType;
import dev.tilik.review.Review;
import dev.tilik.review.Verdict;

/**
 * Shorter names for a finding's kind and verdict, where the full ones would leave the claim too
 * little room: the finding list and the panel title at 80 columns. The stance pairs read as the
 * stance markers do ({@code [DENY]}, {@code [IF]}): "deny/if" for a denial against a conditional.
 */
final class ShortLabels {
    private ShortLabels() {
    }

    static String type(FindingType t) {
        return switch (t) {
            case DENY_VS_ASSERT -> "deny/assert";
            case DENY_VS_CONDITIONAL -> "deny/if";
            case SAME_PARTY_DIVERGENCE -> "same party";
            case NUMERIC -> "numbers";
            case WEEKDAY_DATE -> "weekday/date";
            case ATTRIBUTION -> "same words";
            case HEADLINE_VS_BODY -> "headline/body";
            case MISREPORT -> "misreport";
            case DENY_VS_HEDGE -> "deny/hedge";
            case CONFIRM_VS_DECLINED -> "confirm/declined";
            case CORROBORATION -> "corroboration";
            case EVOLVING -> "evolving";
            case NO_COMMENT -> "no comment";
            default -> t.label(); // a kind added since: its own label
        };
    }

    /** A verdict label ({@link dev.tilik.review.ReviewSession#verdictLabel}) in at most 13 columns. */
    static String verdict(String label) {
        if (label.equals(Verdict.NOT_A_CONTRADICTION.label())) {
            return "false alarm";
        }
        return label.equals(Review.NO_VERDICT_YET) ? "no verdict" : label;
    }
}
