package dev.tilik.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A regular expression from a rule file, compiled with RE2/J so that matching takes linear time
 * whatever the user writes. Patterns are case-insensitive. Limits keep compilation bounded too:
 * at most {@value #MAX_LENGTH} characters and repeat counts of at most {@value #MAX_REPEAT}.
 * RE2/J quirks are refused rather than left to surprise: {@code (?U)} (ungreedy in RE2/J, not
 * Unicode as in the JDK) and {@code &&} (no class intersection in RE2/J).
 */
public final class RulePattern {
    public static final int MAX_LENGTH = 1000;
    public static final int MAX_REPEAT = 100;

    private static final java.util.regex.Pattern REPEAT =
            java.util.regex.Pattern.compile("\\{(\\d+)(?:,(\\d*))?}");

    private final String source;
    private final Pattern pattern;
    private final PatternNeeds needs;
    private final List<PatternNeeds> wholeNeeds;

    private RulePattern(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
        this.needs = PatternNeeds.of(source);
        List<PatternNeeds> branches = PatternNeeds.ofBranches(source);
        this.wholeNeeds = branches.size() > 1 ? branches : List.of();
    }

    /** Compiles {@code source}; throws IllegalArgumentException with a clear reason when refused. */
    @JsonCreator
    public static RulePattern of(String source) {
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("expected a non-empty regular expression");
        }
        if (source.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("pattern is " + source.length() + " characters; the limit is " + MAX_LENGTH);
        }
        if (source.contains("(?U") || source.matches(".*\\(\\?[a-zA-Z]*U.*")) {
            throw new IllegalArgumentException("the U flag means ungreedy in RE2/J; write lazy quantifiers (*?) instead");
        }
        if (source.contains("&&")) {
            throw new IllegalArgumentException("'&&' is not class intersection in RE2/J; list the characters instead");
        }
        Matcher m = REPEAT.matcher(source);
        int nested = 0;
        while (m.find()) {
            nested++;
            long n = Long.parseLong(m.group(1).length() > 6 ? "9999999" : m.group(1));
            String hi = m.group(2);
            long h = hi == null || hi.isEmpty() ? n : Long.parseLong(hi.length() > 6 ? "9999999" : hi);
            if (n > MAX_REPEAT || h > MAX_REPEAT) {
                throw new IllegalArgumentException("repeat count over " + MAX_REPEAT + " in " + m.group());
            }
        }
        if (nested > 3) {
            throw new IllegalArgumentException("more than 3 counted repeats; simplify the pattern");
        }
        try {
            return new RulePattern(source, Pattern.compile(source, Pattern.CASE_INSENSITIVE));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regular expression: " + e.getDescription());
        }
    }

    @JsonValue
    public String source() {
        return source;
    }

    public Pattern pattern() {
        return pattern;
    }

    public com.google.re2j.Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /**
     * What any match must hold, read from the source ({@link PatternNeeds}): a text that holds none
     * of its literals cannot match, so the machine need not run.
     */
    public PatternNeeds needs() {
        return needs;
    }

    /**
     * False when {@code folded} ({@link PatternNeeds#fold}), taken whole, cannot match: tested branch by branch
     * ({@link PatternNeeds#ofBranches}), so a line holding one branch's word but longer than that branch's longest
     * match ("… menolak berkomentar …" against "(Komentar|Ikuti kami.*)") is ruled out. The branches are read only
     * for a text the whole pattern's needs let through.
     */
    public boolean mayMatchWhole(String folded) {
        if (!needs.mayMatchWhole(folded)) {
            return false; // most lines: the whole's needs already rule them out, at the whole's cost
        }
        if (wholeNeeds.isEmpty()) {
            return true;
        }
        for (PatternNeeds n : wholeNeeds) {
            if (n.mayMatchWhole(folded)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RulePattern p && p.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
