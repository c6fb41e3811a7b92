package dev.tilik.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person met again by the short form the article wrote in brackets right after their full name: "Presiden Rudi
 * Hartono (Rudiono) …" then "kata Rudiono". Copy introduces a nickname so once, then uses it alone; the one word is
 * no part of the full name, so no word of it finds the person. The short form is a nickname, not an acronym (an
 * acronym in brackets names a body, "Badan Wetan (BW)"), and the name before the bracket is two or more capitalised
 * words that are no title, acronym, number or party alias, one of them opening as the short form does (an office's
 * short form, "Kasad" after "Kepala Staf Angkatan Darat", is made from its title). Pure.
 */
final class BracketedShortForm {
    /** Most name words read back from the bracket. */
    private static final int NAME_WORDS = 4;

    private BracketedShortForm() {
    }

    /**
     * The full name the words {@code before} a statement write right before "({@code word})", or empty when they write
     * none, or two different names before it.
     */
    static Optional<String> fullName(String word, List<Token> before, Lexicon lex, PartyResolver pr) {
        String found = null;
        for (int i = 1; i + 1 < before.size(); i++) {
            if (!before.get(i).text().equals(word) || !before.get(i - 1).is("(") || !before.get(i + 1).is(")")) {
                continue;
            }
            List<String> name = new ArrayList<>();
            for (int j = i - 2; j >= 0 && name.size() < NAME_WORDS; j--) {
                Token t = before.get(j);
                boolean nameWord = t.isWord() && t.isCapitalized() && !t.isNumber() && !PartyResolver.isAcronym(t)
                        && lex.titles.at(before, j, j + 1).isEmpty() && !pr.isAlias(before, j);
                if (!nameWord) {
                    break;
                }
                name.add(0, t.text());
            }
            if (name.size() < 2) {
                continue;
            }
            if (!fromName(word, name)) {
                continue;
            }
            String full = String.join(" ", name);
            if (found != null && !found.equals(full)) {
                return Optional.empty();
            }
            found = full;
        }
        return Optional.ofNullable(found);
    }

    /**
     * True when the short form opens as a word of the name does ("Jokowi" of "Joko Widodo"): a nickname is made from the
     * person's name, an office's short form from its title ("Kasad" after "Kepala Staf Angkatan Darat").
     */
    private static boolean fromName(String word, List<String> name) {
        String opening = word.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
        return name.stream().anyMatch(w -> w.toLowerCase(java.util.Locale.ROOT).startsWith(opening));
    }
}
