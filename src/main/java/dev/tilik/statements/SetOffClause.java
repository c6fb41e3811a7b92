package dev.tilik.statements;

/**
 * Words set off by a comma before the speaker's own that say how, why or from what, never who: a passive clause
 * ("Dikonfirmasi terpisah, Rina …", "Disinggung soal upah, Budi …": a word opening with one of the rules'
 * {@code passivePrefixes}, no title, going on in lower case), a place or source opening with a scope word ("Dari hasil
 * penyelidikan, tim …"). Both go on in lower case after their first word, so a name or an office set off before the
 * speaker ("Rina, Kepala …") is never one.
 */
final class SetOffClause {
    private SetOffClause() {
    }

    /** True when tokens {@code [from, to)}, a segment set off before the speaker's, say how or why, not who. */
    static boolean opens(Lexicon lex, Sentence s, int from, int to) {
        Token first = s.token(from);
        if (!first.isWord() || !first.isCapitalized() || lex.titles.at(s.tokens(), from, from + 1).isPresent()) {
            return false;
        }
        boolean lowerAfter = to - from >= 2 && s.token(from + 1).isWord() && !s.token(from + 1).isCapitalized();
        if (lowerAfter && lex.passiveShaped(first)) {
            return true;
        }
        return lowerAfter && lex.scopeWords.at(s.tokens(), from, from + 1).isPresent();
    }
}
