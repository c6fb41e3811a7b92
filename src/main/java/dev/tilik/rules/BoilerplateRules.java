package dev.tilik.rules;

import java.util.List;

/**
 * Site boilerplate for one language.
 *
 * @param lines        a line matching any of these (whole line, case-insensitive) is boilerplate
 * @param cutFrom      a line matching any of these starts boilerplate that runs to the end
 * @param sourcePrefix a pattern at the very start of the body naming the outlet; group 1 is the name
 *                     ("Suara.com - " → Suara.com)
 */
public record BoilerplateRules(List<RulePattern> lines, List<RulePattern> cutFrom, List<RulePattern> sourcePrefix) {
    public BoilerplateRules {
        lines = lines == null ? List.of() : List.copyOf(lines);
        cutFrom = cutFrom == null ? List.of() : List.copyOf(cutFrom);
        sourcePrefix = sourcePrefix == null ? List.of() : List.copyOf(sourcePrefix);
    }

    public static BoilerplateRules none() {
        return new BoilerplateRules(List.of(), List.of(), List.of());
    }
}
