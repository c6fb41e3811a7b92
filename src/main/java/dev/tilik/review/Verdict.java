package dev.tilik.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tilik.text.EnumIds;
import java.util.Locale;

/**
 * A fact-checker's verdict on a finding. The digit is the key that chooses it in the verdict menu. One name per verdict
 * wherever a user reads it: the menu, the finding list, the panel, the shell and the exports ("false alarm"). The note
 * file keeps the design's ids ({@code not_a_contradiction}: a file other tools read does not change under them); the
 * shell also takes the words as the reader shows them, with an underscore ({@code false_alarm}).
 */
public enum Verdict {
    UNREVIEWED('1', "unreviewed", "not looked at yet"),
    CONFIRMED('2', "confirmed", "a real contradiction"),
    DIVERGENCE('3', "divergence", "different but compatible: modal, evolving, different scope"),
    NOT_A_CONTRADICTION('4', "false alarm", "no real disagreement: the finding is wrong"),
    NEEDS_SOURCES('5', "needs sources", "cannot decide without more sources");

    private final char digit;
    private final String label;
    private final String description;

    Verdict(char digit, String label, String description) {
        this.digit = digit;
        this.label = label;
        this.description = description;
    }

    public char digit() {
        return digit;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reader's words for {@link #NOT_A_CONTRADICTION} written as an id, taken too (the shell). */
    static final String FALSE_ALARM_WORDS = "false_alarm";

    @JsonCreator
    public static Verdict of(String id) {
        return FALSE_ALARM_WORDS.equals(id) ? NOT_A_CONTRADICTION : EnumIds.of(values(), Verdict::id, id);
    }

    public static Verdict ofDigit(char c) {
        for (Verdict v : values()) {
            if (v.digit == c) {
                return v;
            }
        }
        return null;
    }

    public static String ids() {
        return EnumIds.ids(values(), Verdict::id);
    }
}
