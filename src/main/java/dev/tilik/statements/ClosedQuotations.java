package dev.tilik.statements;

import dev.tilik.model.Stance;
import dev.tilik.rules.CueRule;
import dev.tilik.rules.CueRule.Position;
import dev.tilik.text.CharSpan;
import dev.tilik.text.Chars;
import java.util.Optional;

/**
 * A quotation closed by a word that is no cue of its own (rules {@code quoteClosers}): the word right after the
 * quotation's closing mark, then its speaker ({@code "Itu saja," tutup Rina.}) or the word's clitic ({@code tutupnya}).
 * Elsewhere the word is the claim's own ("dapur itu ditutup"): as a cue, round eleven's "tutup" took such words out of
 * claims. A cue of the rules after the quotation wins, being tried first.
 *
 * <p>A word no list holds closes a quotation too when it carries a clitic that stands for a person (one the language's
 * pronouns end with, "nya") and is the sentence's last word: {@code "…," ulasnya.}, {@code "…," kisahnya.}, and a
 * tag mistyped, {@code "…," ujanya.} Nothing but a verb of saying takes that place in the language; the clitic speaks,
 * resolved like a pronoun. Not after a question ({@code "…?" tanyanya}: see {@code quoteClosers}).
 */
final class ClosedQuotations {
    private final Lexicon lex;
    private final Attributions attributions;

    /** Fewest letters before the clitic of a word closing a quotation on its clitic alone. */
    static final int STEM = 3;

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
            int at = i;
            Optional<PhraseMatcher.Match<String>> word = lex.quoteClosers.at(s.tokens(), i)
                    .or(() -> lastWordWithClitic(s, at, q[1]));
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

    /**
     * The word at {@code i} as a closer when it is the sentence's last word, in lower case, and ends in a clitic
     * standing for a person after {@value #STEM} letters or more, the quotation before it (closing at {@code close})
     * ended by a comma, inside or outside its mark, and no question; empty otherwise.
     */
    private Optional<PhraseMatcher.Match<String>> lastWordWithClitic(Sentence s, int i, int close) {
        Token t = s.token(i);
        if (!t.isWord() || t.isCapitalized() || !Chars.all(t.text(), Character::isLetter)) {
            return Optional.empty();
        }
        for (int k = i + 1; k < s.size(); k++) {
            if (s.token(k).isWord()) {
                return Optional.empty();
            }
        }
        boolean comma = close + 1 < s.size() && s.token(close + 1).is(",");
        for (int k = close - 1; k >= 0 && !s.token(k).isWord(); k--) {
            if (s.token(k).is("?")) {
                return Optional.empty();
            }
            comma |= s.token(k).is(",");
        }
        if (!comma) {
            return Optional.empty(); // '… "sudah selesai" sebelumnya.': a quoted phrase inside narration
        }
        String w = t.lower();
        for (String c : lex.personClitics) {
            if (w.endsWith(c) && w.length() - c.length() >= STEM) {
                return Optional.of(new PhraseMatcher.Match<>(i, i + 1, w.substring(0, w.length() - c.length()), c));
            }
        }
        return Optional.empty();
    }
}
