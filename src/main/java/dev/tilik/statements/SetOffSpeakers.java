package dev.tilik.statements;

import java.util.Set;

/**
 * Where an English speaker set off from the words around it ends, for {@link AttributionFinder}: a speaker with an
 * apposition between commas before the cue that closes a quotation ({@code "…," Rina Wati, a fish seller for twenty
 * years, told the Harbour Times.}), and the occasion that may close a sentence after an inverted cue's speaker
 * ({@code …, said Rina Wati at a press conference on Monday.}, {@code …, said Budi, the union's chair, at the
 * meeting.}). Both only in tagged sentences, where a noun phrase and a preposition are told apart.
 */
final class SetOffSpeakers {
    /** Tags of a preposition, which may carry an apposition on ("a seller of fish", "a veteran at the market"). */
    private static final Set<String> PREPOSITIONS = Set.of("ADP");
    /** Tags no occasion holds: a finite verb or an auxiliary would make the words after the speaker a clause of their own. */
    private static final Set<String> CLAUSE_VERBS = Set.of("AUX");
    /** The tag of a verb: a cue word is a saying only as one ("adding", not the noun "details"). */
    private static final Set<String> VERBS = Set.of("VERB");
    /** The tag of an article or determiner opening a second apposition ("the provincial capital"). */
    private static final Set<String> DETERMINERS = Set.of("DET");
    /** Tags of the word opening an apposition after a name: an article, or a noun of office ("spokesman of …"). */
    private static final Set<String> APPOSITION_HEADS = Set.of("DET", "NOUN");

    private SetOffSpeakers() {
    }

    /**
     * Where the cue may stand after a quotation whose speaker's noun phrase ends at {@code np}: past an apposition
     * between commas ({@code Rina Wati, a fish seller for twenty years,}), at most {@code limit}; else {@code np}.
     */
    static int pastApposition(Sentence s, int np, int limit) {
        if (!s.tagged() || np >= limit || !s.token(np).is(",") || np == 0 || !s.token(np - 1).isCapitalized()) {
            return np;
        }
        int apposition = NounPhrases.endAfter(s, np + 1, limit);
        while (apposition < limit && apposition > np + 1 && s.token(apposition).tagIn(PREPOSITIONS)
                && !s.token(apposition).is(",")) {
            int more = NounPhrases.endAfter(s, apposition + 1, limit); // "a veteran of the market"
            if (more <= apposition + 1) {
                break;
            }
            apposition = more;
        }
        return apposition > np + 1 && apposition < limit && s.token(apposition).is(",") ? apposition + 1 : np;
    }

    /**
     * Where the occasion closing a sentence after an inverted cue's speaker starts, the speaker from {@code from}:
     * the first comma, or lower-case clause opener after a capitalised word that is no title, from which only an {@link #occasion} runs to
     * {@code end} ("…, said Rina Wati at a press conference", "…, said Budi, the union's chair, at the meeting");
     * {@code end} when none.
     */
    static int beforeOccasion(Sentence s, Lexicon lex, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            boolean afterName = s.token(k).is(",") || s.token(k - 1).isWord() && s.token(k - 1).isCapitalized()
                    && lex.titles.at(s.tokens(), k - 1).isEmpty(); // "the Head of the agency" goes on naming
            if (afterName && occasion(s, lex, k, end)) {
                return k;
            }
        }
        return end;
    }

    /**
     * True when tokens {@code [from, end)}, after an inverted cue's speaker and its apposition, only go on about the
     * speaker: a comma, then a second apposition running to {@code end} ("…, said Rina Wati, an officer at the rescue
     * office in Bukit, the provincial capital."), or a participle of a cue verb in lower case opening what the speaker
     * added ("…, said Rina Wati, the team's spokesperson, adding the road stayed shut."). Neither is the clause
     * the cue reports, so the cue's speaker stands.
     */
    static boolean closesInverted(Sentence s, Lexicon lex, int from, int end) {
        if (!s.tagged() || from + 1 >= end || !s.token(from).is(",")) {
            return false;
        }
        Token first = s.token(from + 1);
        if (!first.isWord() || first.isCapitalized()) {
            return false;
        }
        if (first.tagIn(VERBS) && first.lower().endsWith("ing") && lex.cues.at(s.tokens(), from + 1).isPresent()) {
            return true; // ", adding …", ", saying …"
        }
        // ", the provincial capital", ", a spokeswoman for the Disaster Agency (NDA)"
        return first.tagIn(DETERMINERS) && pastShortForms(s, NounPhrases.endAfter(s, from + 1, end), end) >= end;
    }

    /** Most capitalised words of a name set off between commas before a sentence-final cue. */
    private static final int NAME_WORDS = 5;

    /**
     * Where a speaker set off between commas before a sentence-final cue starts, the cue's comma at {@code comma}:
     * {@code …, Rina Wati, spokeswoman of the Disaster Agency (NDA), said.} — one to {@link #NAME_WORDS} capitalised
     * words after a comma, then an apposition in lower case (an article or a noun first, "spokesman of …", "the head of
     * …") running as one noun phrase to the cue's comma, a short form in parentheses passed. The index of the comma
     * before the name, -1 when the words are no such name and apposition (the name is the speaker, the apposition its
     * source; the clause before the name what was said). Only in tagged sentences.
     */
    static int nameBeforeApposition(Sentence s, int lo, int comma) {
        if (!s.tagged() || comma <= lo || !s.token(comma).is(",")) {
            return -1;
        }
        int c1 = comma - 1;
        while (c1 > lo && !s.token(c1).is(",")) {
            c1--;
        }
        if (c1 <= lo || c1 + 1 >= comma) {
            return -1;
        }
        Token first = s.token(c1 + 1);
        if (!first.isWord() || first.isCapitalized() || !first.tagIn(APPOSITION_HEADS)
                || pastShortForms(s, NounPhrases.endAfter(s, c1 + 1, comma), comma) < comma) {
            return -1;
        }
        int c0 = c1 - 1;
        while (c0 > lo && s.token(c0).isWord() && s.token(c0).isCapitalized() && !s.token(c0).isNumber()) {
            c0--;
        }
        int words = c1 - c0 - 1;
        return c0 > lo && s.token(c0).is(",") && words >= 1 && words <= NAME_WORDS ? c0 : -1;
    }

    /**
     * Past the short forms in parentheses from {@code i} that close a body's name ({@code (NDA)}), up to {@code end}:
     * a name's short form adds nothing to where a speaker's phrase ends, its closing bracket perhaps trimmed off
     * {@code end} with the full stop. {@code i} when none stands there.
     */
    static int pastShortForms(Sentence s, int i, int end) {
        while (i < end && s.token(i).is("(") && i + 2 < s.size() && s.token(i + 1).isWord() && s.token(i + 2).is(")")) {
            i += 3;
        }
        return i;
    }

    /**
     * True when tokens {@code [from, end)}, after an inverted cue's speaker, say only where, when or how it was said:
     * after an optional comma, one of the language's clause openers in lower case ("at a press conference on Monday",
     * ", during the meeting"), no quotation mark, no cue verb, complementizer or auxiliary after it.
     */
    static boolean occasion(Sentence s, Lexicon lex, int from, int end) {
        int i = from < end && s.token(from).is(",") ? from + 1 : from;
        if (i >= end || !s.token(i).isWord() || s.token(i).isCapitalized() || lex.clauseOpeners.at(s.tokens(), i, end).isEmpty()) {
            return false;
        }
        for (int k = i; k < end; k++) {
            Token t = s.token(k);
            if (t.isQuote() || t.tagIn(CLAUSE_VERBS) || t.tagIn(VERBS) && lex.cues.at(s.tokens(), k).isPresent()
                    || lex.complementizers.at(s.tokens(), k).isPresent()) {
                return false;
            }
        }
        return true;
    }
}
