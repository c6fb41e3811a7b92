package dev.tilik.statements;

import java.util.List;

/**
 * The noun a figure counts when a modifier stands between them, in a language that puts a noun's modifiers
 * before it (rules {@code numbers.pluralEndings}: "s" in English): "40 Indonesian agencies", "18 government
 * agencies", "8,400 Acme employees", "31 extrajudicial killings" count agencies, employees and killings, not
 * "Indonesian", "government", "Acme" or "extrajudicial". The word right after the figure is a modifier when a
 * plural follows it — a content word in lower case with a plural ending — and it is no plural itself (a plural
 * after the figure is the noun: "12 ministries said"); a figure of one is never read so ("1 person dies").
 */
final class ModifiedNoun {
    /** A plural's stem is at least this long: "is", "as", "us" and "bus" end in "s" and are no plurals. */
    private static final int STEM = 3;
    private final List<String> endings;
    private final ContentWords content;

    ModifiedNoun(List<String> endings, ContentWords content) {
        this.endings = endings;
        this.content = content;
    }

    /**
     * The noun counted: the plural after the word at {@code at} when that word modifies it, else
     * {@code unit}, the word the figure was read with.
     */
    String head(List<Token> tokens, int at, int to, String unit, double value) {
        if (unit == null || value == 1 || at + 1 >= to || plural(tokens.get(at).lower())) {
            return unit;
        }
        Token next = tokens.get(at + 1);
        boolean lower = !next.text().isEmpty() && Character.isLowerCase(next.text().charAt(0));
        return lower && content.isContent(next) && plural(next.lower()) ? next.text() : unit;
    }

    private boolean plural(String word) {
        for (String e : endings) {
            if (word.length() >= e.length() + STEM && word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
