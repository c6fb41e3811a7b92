package dev.tilik.statements;

import dev.tilik.rules.CueRule;
import dev.tilik.text.CharSpan;
import java.util.Map;
import java.util.Optional;

/**
 * A reported cue in the passive whose agent follows it with no agent marker: {@code Pernyataan itu dibantah satpam
 * kompleks yang enggan disebut namanya}, {@code Kenaikan sewa disebut Rina sebagai alasan utama}, {@code Usulan itu
 * ditolak warga Desa Wetan dalam rapat}. The word is the passive prefix and the bare stem of any reported cue of the
 * language (derived from the cue rules and word forms, as {@link HeadlineVerbs} does for a clitic agent), so every cue
 * has its passive without a rule of its own. Read only where the passive cannot be an occasion or a name:
 * <ul>
 *   <li>the cue opens no relative clause ("yang dibantah") and stands after two or more words of what was said, the
 *       sentence's subject, with no comma between (an occasion, "Saat ditanya wartawan, …", has none);</li>
 *   <li>the agent is a noun naming people who speak for no institution, in lower case ("satpam", "warga", "kurator"),
 *       with the capitalised words naming which ("warga Desa Wetan"), joined by a conjunction to another such noun;
 *       or a capitalised name followed by the word that says what it was called ("disebut Rina sebagai …": a name after
 *       a passive of saying with nothing after it names, "disebut Kampung Naga", is what a thing is called).</li>
 * </ul>
 * The agent ends at a relative marker, a comma, or the first word in lower case that is no people noun or conjunction
 * (a place or time: "dalam rapat", "di Sukamaju"); a negation right before the cue ("tidak ditanggapi") negates it.
 * The claim is the subject before the cue, or with "sebagai" the whole sentence (what the agent called it and as what).
 */
final class PassiveAgent {
    /** The passive prefix as the language writes it. */
    private static final String PASSIVE_PREFIX = "di";
    /** Fewest words of what was said before the cue. */
    private static final int SUBJECT_WORDS = 2;
    /** Most capitalised words a named agent may have. */
    private static final int NAME_WORDS = 3;
    /** The word that says what the agent called the subject ("disebut Rina sebagai …"). */
    private static final String AS = "sebagai";

    private final Lexicon lex;
    private final HeadlineVerbs stems;
    private final Map<String, String> people;

    PassiveAgent(Lexicon lex, HeadlineVerbs stems) {
        this.lex = lex;
        this.stems = stems;
        this.people = lex.rules.syntax().people();
    }

    Optional<Attribution> find(Sentence s) {
        for (int i = SUBJECT_WORDS; i + 1 < s.size(); i++) {
            Token t = s.token(i);
            if (!t.isWord() || t.isCapitalized() || !t.lower().startsWith(PASSIVE_PREFIX)) {
                continue;
            }
            Optional<CueRule> cue = stems.cueOf(t.lower().substring(PASSIVE_PREFIX.length()));
            if (cue.isEmpty()) {
                continue;
            }
            var negation = lex.negations.endingAt(s.tokens(), 0, i);
            boolean negated = negation.isPresent();
            int before = negated ? negation.get().from() : i;
            if (before == 0 || lex.relativeMarkers.at(s.tokens(), before - 1, before).isPresent() || !subject(s, before)) {
                continue;
            }
            int end = agentEnd(s, i + 1);
            if (end < 0) {
                continue;
            }
            CharSpan claim = end < s.size() && s.token(end).is(AS) ? trimmed(s, 0, s.size()) : trimmed(s, 0, before);
            if (claim.isEmpty()) {
                continue;
            }
            CueRule passive = new CueRule(t.lower(), cue.get().stance(), CueRule.Position.PASSIVE);
            CharSpan cueSpan = s.spanOf(i, i + 1);
            return Optional.of(new Attribution(s.spanOf(i + 1, end), false, false, passive, cueSpan, i, negated, claim,
                    false, null, null));
        }
        return Optional.empty();
    }

    /** True when the words before {@code cue} are a subject: enough words, no comma, quotation or colon among them. */
    private boolean subject(Sentence s, int cue) {
        int words = 0;
        for (int k = 0; k < cue; k++) {
            Token t = s.token(k);
            if (t.is(",") || t.is(":") || t.isQuote()) {
                return false;
            }
            words += t.isWord() ? 1 : 0;
        }
        return words >= SUBJECT_WORDS;
    }

    /**
     * Where the agent opening at {@code from} ends (exclusive), or -1 when no agent stands there: people nouns with
     * the capitalised words naming which, joined by a conjunction; or a capitalised name followed by "sebagai".
     */
    private int agentEnd(Sentence s, int from) {
        Token first = s.token(from);
        if (first.isWord() && first.isCapitalized()) {
            int k = from;
            while (k < s.size() && k - from < NAME_WORDS && s.token(k).isWord() && s.token(k).isCapitalized()
                    && !lex.isFunctionWord(s.token(k))) {
                k++;
            }
            return k > from && k < s.size() && s.token(k).is(AS) ? k : -1;
        }
        if (!peopleNoun(first)) {
            return -1;
        }
        int k = from;
        int end = -1;
        while (k < s.size()) {
            Token t = s.token(k);
            if (peopleNoun(t) || t.isWord() && t.isCapitalized() && end > 0) {
                end = ++k;
            } else if (end > 0 && lex.conjunctions.at(s.tokens(), k, k + 1).isPresent() && k + 1 < s.size()
                    && peopleNoun(s.token(k + 1))) {
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    private boolean peopleNoun(Token t) {
        return t.isWord() && !t.isCapitalized() && people.containsKey(t.lower());
    }

    /** Tokens {@code [from, to)} without a closing full stop or trailing comma. */
    private static CharSpan trimmed(Sentence s, int from, int to) {
        while (to > from && (s.token(to - 1).is(".") || s.token(to - 1).is(",") || s.token(to - 1).is("!"))) {
            to--;
        }
        return s.spanOf(from, to);
    }
}
