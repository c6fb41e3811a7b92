package dev.tilik.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tilik.text.EnumIds;
import java.util.Locale;

/** Kinds of finding. The last three are not contradictions: they are reported so they can be filtered. */
public enum FindingType {
    DENY_VS_ASSERT(true, 4, "deny vs assert"),
    DENY_VS_CONDITIONAL(true, 2, "deny vs conditional"),
    SAME_PARTY_DIVERGENCE(true, 0, "same party, different lines"),
    NUMERIC(true, 8, "numbers disagree"),
    WEEKDAY_DATE(true, 9, "weekday does not match date"),
    ATTRIBUTION(true, 7, "same words, different speakers"),
    HEADLINE_VS_BODY(true, 3, "headline vs body"),
    MISREPORT(true, 1, "outlets report one speaker differently"),
    DENY_VS_HEDGE(true, 5, "deny vs hedge"),
    CONFIRM_VS_DECLINED(true, 6, "confirmed vs declined to confirm"),
    CORROBORATION(false, 11, "corroboration"),
    EVOLVING(false, 10, "evolving figure"),
    NO_COMMENT(false, 12, "no comment");

    private final boolean contradiction;
    private final int rank;
    private final String label;

    FindingType(boolean contradiction, int rank, String label) {
        this.contradiction = contradiction;
        this.rank = rank;
        this.label = label;
    }

    /** True for findings a fact-checker must review; false for informative ones. */
    public boolean isContradiction() {
        return contradiction;
    }

    /**
     * Order within one severity, strongest signal first: one party or one speaker with two lines
     * before two parties disagreeing, stances before figures and dates. A new kind is one line here.
     */
    public int rank() {
        return rank;
    }

    /** Human label, e.g. "deny vs conditional". */
    public String label() {
        return label;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static FindingType of(String id) {
        return EnumIds.of(values(), FindingType::id, id);
    }

    public static String ids() {
        return EnumIds.ids(values(), FindingType::id);
    }
}
