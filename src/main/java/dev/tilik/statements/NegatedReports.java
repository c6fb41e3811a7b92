package dev.tilik.statements;

import dev.tilik.model.Stance;
import dev.tilik.rules.CueRule;
import dev.tilik.rules.CueRule.Position;
import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.Optional;

/**
 * A reporting verb negated inside another speaker's words ({@link AttributionFinder}'s reported speech asks it): the
 * outer speaker denies the inner content, so the claim meets the proposition it denies — under a prefix cue before
 * the negated report ("Menurut X, Y tidak pernah menyatakan …"), or in the claim of a reported cue ("X mengatakan Y
 * tidak pernah menyatakan …"). A negated report that leaves a detail open ("Y tidak menyebutkan tanggal pasti …") denies
 * nothing: the outer speaker asserts that the detail was not given.
 */
final class NegatedReports {
    private final Lexicon lex;
    private final Attributions attributions;

    NegatedReports(Lexicon lex, Attributions attributions) {
        this.lex = lex;
        this.attributions = attributions;
    }

    /**
     * A reported clause whose own reporting verb is negated, inside another speaker's words: "Menurut
     * Fadjar, Kejaksaan Agung tidak pernah menyatakan adanya pengoplosan", "Menurutnya, …". The speaker
     * is the outer one (the "menurut" source or the clitic), who denies the inner content ("adanya
     * pengoplosan"), so the claim meets the proposition it denies; the inner subject only says whose
     * words are denied. Only for a cue that asserts ("menyatakan", "said"): a negated denial ("tidak
     * membantah") is another thing.
     */
    Optional<Attribution> outer(Sentence s, List<PhraseMatcher.Match<CueRule>> cues, PhraseMatcher.Match<CueRule> cue,
                                PhraseMatcher.Match<String> negation, int lo, SpeakerPhrase phrases) {
        for (PhraseMatcher.Match<CueRule> m : cues) {
            if (m.value().position() != Position.PREFIX || m.to() > negation.from()
                    || !(m.from() == lo || s.token(m.from() - 1).is(","))) {
                continue;
            }
            int content = AttributionFinder.afterComplementizers(lex, s, cue.to());
            CharSpan claim = AttributionFinder.claimSpan(s, content, s.size());
            if (claim.isEmpty()) {
                return Optional.empty();
            }
            CueRule denial = new CueRule(m.value().word(), outerStance(s, cue.from(), content, cue.value().stance()), Position.PREFIX);
            if (!m.clitic().isEmpty() && m.to() < s.size() && s.token(m.to()).is(",")) {
                CharSpan cueSpan = s.spanOf(m.from(), m.to());
                return Optional.of(new Attribution(cueSpan, true, false, denial, cueSpan, m.from(), false, claim, false, null, null));
            }
            SpeakerPhrase.Cut right = phrases.right(m.to(), negation.from());
            if (phrases.plausible(right) && right.to() < s.size() && s.token(right.to()).is(",")) {
                SpeakerPhrase.Cut cut = new SpeakerPhrase.Cut(right.from(), right.to(), right.via(), -1, -1);
                PhraseMatcher.Match<CueRule> denying = new PhraseMatcher.Match<>(m.from(), m.to(), denial, m.clitic());
                return Optional.of(attributions.of(s, cut, denying, false, claim, false));
            }
        }
        return Optional.empty();
    }

    /**
     * The stance of the outer speaker's cue over what the negated verb of telling at {@code verb} leaves unsaid: a
     * denial, or, when that is a detail left open ({@link #leavesDetailOpen}), the verb's own stance {@code own} (the
     * outer speaker asserts that it was not given). The claim is the same either way, and a no-comment marker on the
     * negated verb ("dirinya tidak merinci kapan …") still reads first.
     */
    private Stance outerStance(Sentence s, int verb, int from, Stance own) {
        return leavesDetailOpen(s, verb, from) ? own : Stance.DENY;
    }

    /** How many words of what a negated verb of telling leaves unsaid are read for a detail left open. */
    private static final int DETAIL_WORDS = 3;

    /**
     * What the negated verb of telling at token {@code verb} leaves unsaid, from token {@code from}, is a detail left open,
     * not a claim: the verb is one of the rules' {@code openDetails} ("merinci", "specify"), or one of them ("pasti",
     * "kapan", "berapa"; "exact", "when") is among the first {@value #DETAIL_WORDS} words after it — "pelaku tidak
     * menyebutkan tanggal pasti …" says no date was given, it denies no date. Not giving a detail is never a denial on
     * the nine sets (the gold reads the speaker's own no comment, a hedge, or the reporting speaker's assertion:
     * docs/ACCURACY.md, branch h36stb).
     */
    private boolean leavesDetailOpen(Sentence s, int verb, int from) {
        if (lex.openDetails.at(s.tokens(), verb).isPresent()) {
            return true;
        }
        int words = 0;
        for (int i = from; i < s.size() && words < DETAIL_WORDS; i++) {
            if (!s.token(i).isWord()) {
                continue;
            }
            if (lex.openDetails.at(s.tokens(), i).isPresent()) {
                return true;
            }
            words++;
        }
        return false;
    }

    /**
     * In a reported clause starting at token {@code from}, a short subject and a negated asserting
     * cue ("Fadjar mengatakan Kejaksaan Agung tidak pernah menyatakan adanya pengoplosan", "X said the
     * ministry never said Y"): the content after the inner cue, under a denying cue; empty otherwise.
     */
    Optional<Attribution> inClaim(Sentence s, List<PhraseMatcher.Match<CueRule>> cues, int from, SpeakerPhrase phrases) {
        for (PhraseMatcher.Match<CueRule> inner : cues) {
            if (inner.from() <= from || inner.value().position() != Position.REPORTED
                    || inner.value().stance() != Stance.ASSERT) {
                continue;
            }
            Optional<PhraseMatcher.Match<String>> negation = lex.negations.endingAt(s.tokens(), Math.max(from, inner.from() - 3),
                    inner.from());
            if (negation.isEmpty() || negation.get().from() <= from) {
                return Optional.empty();
            }
            SpeakerPhrase.Cut subject = phrases.left(from, negation.get().from());
            if (!phrases.plausible(subject) || subject.from() != from) {
                return Optional.empty();
            }
            int content = AttributionFinder.afterComplementizers(lex, s, inner.to());
            CharSpan claim = AttributionFinder.claimSpan(s, content, s.size());
            if (claim.isEmpty()) {
                return Optional.empty();
            }
            CueRule denial = new CueRule(inner.value().word(), outerStance(s, inner.from(), content, inner.value().stance()),
                    Position.REPORTED);
            return Optional.of(new Attribution(s.spanOf(subject.from(), subject.to()), false, false, denial,
                    s.spanOf(negation.get().from(), inner.to()), inner.from(), false, claim, false, null, null));
        }
        return Optional.empty();
    }
}
