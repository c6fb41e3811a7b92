package dev.tilik.rules;

import java.util.regex.Pattern;

/** The shape of a rule id in {@code findings.json}: lower case words joined by underscores. */
final class RuleIds {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private RuleIds() {
    }

    static String check(String field, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(field + ": expected a rule id of lower-case letters, digits and _"
                    + " (e.g. \"deny_vs_assert\"), got " + (id == null ? "nothing" : "\"" + id + "\""));
        }
        return id;
    }
}
