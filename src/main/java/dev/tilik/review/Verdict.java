package dev.tilik.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tilik.text.EnumIds;
import java.util.Locale;

/**
 * A fact-checker's verdict on a finding. The digit is the key that chooses it in the verdict menu. One name per verdict
 * everywhere: the menu, the finding list, the shell and the note file ({@code false_alarm}, written so since round
 * forty-five; a note file of an older Tilik says {@code not_a_contradiction}, read as the same verdict).
 */
public enum Verdict {
    UNREVIEWED('1', "unreviewed", "not looked at yet"),
    CONFIRMED('2', "confirmed", "a real contradiction"),
    DIVERGENCE('3', "divergence", "different but compatible: modal, evolving, different scope"),
    FALSE_ALARM('4', "false alarm", "no real disagreement: the finding is wrong"),
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

    /** The id older Tilik wrote for {@link #FALSE_ALARM}, still read (note files, set-aside entries, the shell). */
    static final String OLD_FALSE_ALARM = "not_a_contradiction";

    @JsonCreator
    public static Verdict of(String id) {
        return OLD_FALSE_ALARM.equals(id) ? FALSE_ALARM : EnumIds.of(values(), Verdict::id, id);
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
