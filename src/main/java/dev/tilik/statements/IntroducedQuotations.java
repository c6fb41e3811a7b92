package dev.tilik.statements;

import dev.tilik.model.Stance;
import dev.tilik.rules.CueRule;
import dev.tilik.text.CharSpan;
import java.util.Optional;

/**
 * Words introduced by a verb of speaking that is no cue of its own (rules {@code quoteIntroducers}): the speaker, the
 * verb, at most one manner word in lower case, a comma, then what was said — a quotation running to the sentence's end
 * ({@code Rina menjawab singkat, "Perbaikan dimulai besok."}, {@code Rina continued, "There was no damage."}) or, right
 * after the verb's comma with no comma before the speaker, reported words ({@code Rina melanjutkan, jumlah kendaraan …};
 * "Warga duduk, orator bergantian berbicara, aparat berjaga" is narration). Such a verb elsewhere ("menjawab pertanyaan
 * wartawan", "berbicara di depan warga") introduces nothing and is left alone.
 */
final class IntroducedQuotations {
    /** How many manner words may stand between the verb and its comma ("menjawab singkat", "berbicara lirih"). */
    private static final int MANNER = 1;

    private final Lexicon lex;
    private final Attributions attributions;

    IntroducedQuotations(Lexicon lex, Attributions attributions) {
        this.lex = lex;
        this.attributions = attributions;
    }

    Optional<Attribution> find(Sentence s, SpeakerPhrase phrases) {
        for (int v = 1; v < s.size(); v++) {
            if (s.inQuote(v)) {
                continue;
            }
            Optional<PhraseMatcher.Match<String>> verb = lex.quoteIntroducers.at(s.tokens(), v);
            if (verb.isEmpty()) {
                continue;
            }
            int comma = verb.get().to();
            while (comma < s.size() && comma - verb.get().to() < MANNER && manner(s.token(comma))) {
                comma++;
            }
            if (comma + 1 >= s.size() || !s.token(comma).is(",")) {
                continue;
            }
            CharSpan claim = said(s, comma + 1, comma > verb.get().to() || commaBefore(s, v));
            if (claim == null || claim.isEmpty()) {
                continue;
            }
            SpeakerPhrase.Cut cut = phrases.left(0, v);
            if (!phrases.plausible(cut)) {
                continue;
            }
            PhraseMatcher.Match<CueRule> cue = new PhraseMatcher.Match<>(v, verb.get().to(),
                    new CueRule(verb.get().value(), Stance.ASSERT), "");
            return Optional.of(attributions.of(s, cut, cue, false, claim, s.token(comma + 1).isQuote()));
        }
        return Optional.empty();
    }

    /** True when a comma stands before token {@code v}: words set off before the verb may be a clause of narration. */
    private static boolean commaBefore(Sentence s, int v) {
        for (int k = 0; k < v; k++) {
            if (s.token(k).is(",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean manner(Token t) {
        return t.isWord() && !t.isCapitalized();
    }

    /**
     * What was said from token {@code from}: a quotation opening there and running to the sentence's end (its closing
     * mark and full stop aside), or, {@code quoteOnly} false, the words to the end holding no quotation; else none.
     */
    private static CharSpan said(Sentence s, int from, boolean quoteOnly) {
        if (s.token(from).isQuote()) {
            for (int[] q : s.quotes()) {
                if (q[0] == from + 1 && (q.length == 3 || onlyCloses(s, q[1] + 1))) {
                    return AttributionFinder.claimSpan(s, q[0], q[1]);
                }
            }
            return null;
        }
        return quoteOnly || !s.quotes().isEmpty() ? null : AttributionFinder.claimSpan(s, from, s.size());
    }

    private static boolean onlyCloses(Sentence s, int i) {
        for (; i < s.size(); i++) {
            if (s.token(i).isWord() || s.token(i).isNumber()) {
                return false;
            }
        }
        return true;
    }
}
