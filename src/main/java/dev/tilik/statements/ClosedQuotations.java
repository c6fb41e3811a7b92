package dev.tilik.statements;

import dev.tilik.model.Stance;
import dev.tilik.rules.CueRule;
import dev.tilik.rules.CueRule.Position;
import dev.tilik.text.CharSpan;
import java.util.Optional;

/**
 * A quotation closed by a word that is no cue of its own (rules {@code quoteClosers}): the word right after the
 * quotation's closing mark, then its speaker ({@code "Itu saja," tutup Rina.}) or the word's clitic ({@code tutupnya}).
 * Elsewhere the word is the claim's own ("dapur itu ditutup"): as a cue, round eleven's "tutup" took such words out of
 * claims. A cue of the rules after the quotation wins, being tried first.
 */
final class ClosedQuotations {
    private final Lexicon lex;
    private final Attributions attributions;

    ClosedQuotations(Lexicon lex, Attributions attributions) {
        this.lex = lex;
        this.attributions = attributions;
    }

    Optional<Attribution> find(Sentence s, SpeakerPhrase phrases) {
        for (int[] q : s.quotes()) {
            if (q.length == 3) {
                continue;
            }
            int i = q[1] + 1;
            while (i < s.size() && s.token(i).is(",")) {
                i++;
            }
            if (i >= s.size() || s.token(i).isCapitalized()) {
                continue;
            }
            Optional<PhraseMatcher.Match<String>> word = lex.quoteClosers.at(s.tokens(), i);
            CharSpan claim = AttributionFinder.claimSpan(s, q[0], q[1]);
            if (word.isEmpty() || claim.isEmpty()) {
                continue;
            }
            PhraseMatcher.Match<String> w = word.get();
            PhraseMatcher.Match<CueRule> cue = new PhraseMatcher.Match<>(w.from(), w.to(),
                    new CueRule(w.value(), Stance.ASSERT, Position.QUOTE), w.clitic());
            SpeakerPhrase.Cut cut = phrases.right(w.to(), s.size());
            if (cut.isEmpty() && !w.clitic().isEmpty()) {
                return Optional.of(Attributions.clitic(s, cue, claim, true, cut.via()));
            }
            if (!cut.isEmpty() && s.token(cut.from()).isCapitalized() && phrases.plausible(cut)) {
                return Optional.of(attributions.of(s, cut, cue, false, claim, true));
            }
        }
        return Optional.empty();
    }
}
