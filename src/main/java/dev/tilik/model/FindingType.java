package dev.tilik.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tilik.text.EnumIds;
import java.util.Locale;

/** Kinds of finding. The last three are not contradictions: they are reported so they can be filtered. */
public enum FindingType {
    DENY_VS_ASSERT(true, "deny vs assert"),
    DENY_VS_CONDITIONAL(true, "deny vs conditional"),
    SAME_PARTY_DIVERGENCE(true, "same party, different lines"),
    NUMERIC(true, "numbers disagree"),
    WEEKDAY_DATE(true, "weekday does not match date"),
    ATTRIBUTION(true, "same words, different speakers"),
    HEADLINE_VS_BODY(true, "headline vs body"),
    CORROBORATION(false, "corroboration"),
    EVOLVING(false, "evolving figure"),
    NO_COMMENT(false, "no comment");

    private final boolean contradiction;
    private final String label;

    FindingType(boolean contradiction, String label) {
        this.contradiction = contradiction;
        this.label = label;
    }

    /** True for findings a fact-checker must review; false for informative ones. */
    public boolean isContradiction() {
        return contradiction;
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
