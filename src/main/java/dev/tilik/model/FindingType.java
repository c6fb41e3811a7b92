package dev.tilik.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tilik.text.EnumIds;
import java.util.Locale;

/**
 * Kinds of finding. A new kind is one line here (whether it is a contradiction, its rank, whether
 * stance rules make it, its label) plus its detector, which declares its rule ids or reads them
 * from its own section of {@code findings.json}. The last three are not contradictions: they are
 * reported so they can be filtered.
 */
public enum FindingType {
    DENY_VS_ASSERT(true, 4, MadeBy.STANCE_RULES, "deny vs assert"),
    DENY_VS_CONDITIONAL(true, 2, MadeBy.STANCE_RULES, "deny vs conditional"),
    SAME_PARTY_DIVERGENCE(true, 0, MadeBy.STANCE_RULES, "same party, different lines"),
    NUMERIC(true, 8, MadeBy.DETECTOR, "numbers disagree"),
    WEEKDAY_DATE(true, 9, MadeBy.DETECTOR, "weekday does not match date"),
    ATTRIBUTION(true, 7, MadeBy.DETECTOR, "same words, different speakers"),
    HEADLINE_VS_BODY(true, 3, MadeBy.STANCE_RULES, "headline vs body"),
    MISREPORT(true, 1, MadeBy.DETECTOR, "outlets report one speaker differently"),
    DENY_VS_HEDGE(true, 5, MadeBy.STANCE_RULES, "deny vs hedge"),
    CONFIRM_VS_DECLINED(true, 6, MadeBy.STANCE_RULES, "confirmed vs declined to confirm"),
    CORROBORATION(false, 11, MadeBy.DETECTOR, "corroboration"),
    EVOLVING(false, 10, MadeBy.DETECTOR, "evolving figure"),
    NO_COMMENT(false, 12, MadeBy.DETECTOR, "no comment");

    /** What makes findings of a kind: a {@code stanceRules} entry naming it as its type, or its own detector only. */
    public enum MadeBy {
        STANCE_RULES,
        DETECTOR
    }

    private final boolean contradiction;
    private final int rank;
    private final MadeBy madeBy;
    private final String label;

    FindingType(boolean contradiction, int rank, MadeBy madeBy, String label) {
        this.contradiction = contradiction;
        this.rank = rank;
        this.madeBy = madeBy;
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

    /** True for a kind a {@code stanceRules} entry of {@code findings.json} may name as its type. */
    public boolean madeByStanceRules() {
        return madeBy == MadeBy.STANCE_RULES;
    }

    /** The ids of the kinds stance rules make, in declaration order ("deny_vs_assert, …"). */
    public static String stanceRuleIds() {
        return java.util.Arrays.stream(values()).filter(FindingType::madeByStanceRules).map(FindingType::id)
                .collect(java.util.stream.Collectors.joining(", "));
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
