package dev.tilik.statements;

import java.util.List;

/**
 * A quoted claim that asks: it asserts nothing, rhetorical or not ("Dan Bapak harus bayar ke mana?", "Why would we
 * pay them?"), so its stance is {@code other}, never one side of a contradiction. The stance classifier asks this
 * first. A claim asks when its last mark is a question mark (just inside or right after the claim, before the closing
 * quotation mark), or when an interrogative of the language's rules ({@code interrogatives}) opens it, not followed by a
 * relative marker ("Apa yang kami lakukan sudah benar" states what was done) and with no comma after it ("Siapa pun
 * pelakunya, kami akan menindak": a clause of a statement). Reported speech is left alone: "menjelaskan bagaimana
 * peretas masuk" explains, and a reporter's indirect question is the cue's to say ("mempertanyakan"). A question asked
 * and reported ({@link #reportsAsked}: "Saya bertanya kepada mandor apakah …", "She asked whether …") asks too.
 */
final class Questions {
    private final Lexicon lex;

    Questions(Lexicon lex) {
        this.lex = lex;
    }

    /** True when the quoted claim in tokens {@code [from, to)} of {@code t} is a question. */
    boolean asks(List<Token> t, int from, int to, boolean quote) {
        if (!quote || from >= to) {
            return false;
        }
        if (endsInQuestionMark(t, to)) {
            return true;
        }
        int first = from;
        while (first < to && !t.get(first).isWord()) {
            first++;
        }
        var opener = lex.interrogatives.at(t, first, to);
        if (opener.isEmpty() || opener.get().to() >= to
                || lex.relativeMarkers.at(t, opener.get().to(), opener.get().to() + 1).isPresent()) {
            return false;
        }
        for (int i = opener.get().to(); i < to; i++) {
            if (t.get(i).is(",")) {
                return false;
            }
        }
        return true;
    }

    /** How far into the claim an asking verb may stand: past a subject ("Saya", "Para warga") only. */
    private static final int ASKING_VERB_REACH = 4;
    /** How many words may stand between the asking verb and its question word ("kepada mandor pabrik"). */
    private static final int ASKED_WHOM_REACH = 3;

    /**
     * True when the claim reports a question asked: a verb of the rules' {@code asks} ("bertanya", "menanyakan",
     * "asked") as the cue or among the claim's first words, followed within a few words, before any comma or clause
     * end, by a word of {@code askedQuestions} ("apakah", "whether"). The asker does not know and says nothing of
     * what is so: "Saya bertanya kepada mandor apakah pabrik tutup" is no hedge of the closing, as "kami ragu apakah
     * …" would be. A verb of doubting ("meragukan apakah") is not an asking verb.
     */
    boolean reportsAsked(List<Token> t, int cueFrom, int from, int to) {
        int start = Math.max(0, Math.min(cueFrom, from));
        int last = Math.min(to, from + ASKING_VERB_REACH + 1);
        for (int i = start; i < last; i++) {
            var verb = lex.asks.at(t, i, to);
            if (verb.isEmpty() || i < from && i != cueFrom) {
                continue;
            }
            int words = 0;
            for (int j = verb.get().to(); j < to && words <= ASKED_WHOM_REACH; j++) {
                if (t.get(j).is(",") || t.get(j).isClauseEnd()) {
                    break;
                }
                if (lex.askedQuestions.at(t, j, to).isPresent()) {
                    return true;
                }
                words++;
            }
        }
        return false;
    }

    /** The claim's last mark, or the first after it before its quotation closes, is a question mark. */
    private static boolean endsInQuestionMark(List<Token> t, int to) {
        int last = to - 1;
        while (last >= 0 && isClosing(t.get(last))) {
            last--;
        }
        if (last >= 0 && t.get(last).is("?")) {
            return true;
        }
        for (int i = to; i < t.size() && i <= to + 1; i++) {
            if (t.get(i).is("?")) {
                return true;
            }
            if (!isClosing(t.get(i))) {
                return false;
            }
        }
        return false;
    }

    /** A closing quotation mark or bracket: what may stand between a question and its mark's end. */
    private static boolean isClosing(Token t) {
        return t.isQuote() || t.is(")") || t.is("'");
    }
}
