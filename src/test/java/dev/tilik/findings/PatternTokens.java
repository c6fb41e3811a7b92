package dev.tilik.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The yardstick of a hand-written tokeniser in tests: what a pattern finds in a text, in order. */
final class PatternTokens {
    private PatternTokens() {
    }

    static List<String> of(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
