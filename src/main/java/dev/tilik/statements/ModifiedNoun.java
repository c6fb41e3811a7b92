package dev.tilik.statements;

import java.util.List;

/**
 * The noun a figure counts when a modifier stands between them, in a language that puts a noun's modifiers
 * before it (rules {@code numbers.pluralEndings}: "s" in English): "40 Indonesian agencies", "18 government
 * agencies", "8,400 Acme employees", "31 extrajudicial killings" count agencies, employees and killings, not
 * "Indonesian", "government", "Acme" or "extrajudicial". The word right after the figure is a modifier when a
 * plural follows it — a content word in lower case with a plural ending — and it is no plural itself (a plural
 * after the figure is the noun: "12 ministries said"); a figure of one is never read so ("1 person dies"). A
 * modifier written as a name may have two capitalised words ("1,500 North Korean soldiers").
 */
final class ModifiedNoun {
    /** A plural's stem is at least this long: "is", "as", "us" and "bus" end in "s" and are no plurals. */
    private static final int STEM = 3;
    /** How many capitalised words a modifying name may have ("1,500 North Korean soldiers", "40 Red Cross volunteers"). */
    private static final int NAME_WORDS = 2;
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
        int last = Math.min(to - 1, at + NAME_WORDS);
        for (int i = at + 1; i <= last; i++) {
            Token next = tokens.get(i);
            boolean lower = !next.text().isEmpty() && Character.isLowerCase(next.text().charAt(0));
            if (lower && content.isContent(next) && plural(next.lower())) {
                return next.text();
            }
            if (!tokens.get(at).isCapitalized() || !next.isWord() || !next.isCapitalized()) {
                return unit;
            }
        }
        return unit;
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
