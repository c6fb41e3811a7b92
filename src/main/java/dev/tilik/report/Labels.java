package dev.tilik.report;

import dev.tilik.statements.Statement;
import java.util.regex.Pattern;

/** Short human labels shared by the text and Markdown reports. */
final class Labels {
    private static final int MAX_QUOTE = 300;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Labels() {
    }

    /** {@code [DENY] Korea Utara (DPRK) · membantah · troops · via AFP · quote}. */
    static String statement(Statement s) {
        StringBuilder b = new StringBuilder();
        b.append('[').append(s.stance().marker()).append("] ").append(s.speaker());
        if (s.party() != null) {
            b.append(" (").append(s.party()).append(')');
        }
        if (s.outletsOwn()) { // no cue is written: the outlet prints it as its headline, or narrates a figure
            b.append(s.narrated() ? " · narrated" : " · headline");
        } else if (s.cue() != null && !s.cue().isBlank()) {
            b.append(" · ").append(s.cue());
        }
        if (s.topic() != null) {
            b.append(" · ").append(s.topic());
        }
        if (s.via() != null) {
            b.append(" · via ").append(s.via());
        }
        if (s.quote()) {
            b.append(" · quote");
        }
        return b.toString();
    }

    /** The text on one line, in quotes, shortened when very long. */
    static String quoted(String text) {
        String one = SPACES.matcher(text.strip()).replaceAll(" ");
        if (one.length() > MAX_QUOTE) {
            one = one.substring(0, MAX_QUOTE - 1) + "…";
        }
        return "“" + one + "”";
    }
}
