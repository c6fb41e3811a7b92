package dev.tilik.statements;

import dev.tilik.model.Stance;
import dev.tilik.rules.CueRule;
import dev.tilik.rules.CueRule.Position;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reported claim that goes on with a second cue of the same speaker taking a position of its own, split in two for
 * {@link AttributionFinder#parts} ("X menyatakan bahwa A, dan memastikan bahwa B"; "X said A and added that B").
 */
final class CoordinatedClaims {
    private final Lexicon lex;

    CoordinatedClaims(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * A reported claim split at a conjunction or comma heading a second cue verb of the speaker ("…,
     * dan memastikan bahwa …", "…, sekaligus membantah …", "… and stressed that …", "…, adding that …";
     * adverbs the speaker finder trims may stand between), the
     * second part under that cue, negated when a negation stands right before it. Recursively: a third
     * cue splits the second part.
     */
    List<Attribution> split(Sentence s, Attribution a, List<PhraseMatcher.Match<CueRule>> cues) {
        if (a.quote()) {
            return List.of(a);
        }
        int[] r = s.tokenRange(a.claim());
        for (PhraseMatcher.Match<CueRule> cue : cues) {
            if (cue.from() <= r[0] + 1 || cue.to() >= r[1] || cue.value().position() != Position.REPORTED
                    || !verbal(s, cue.from())) {
                continue;
            }
            int k = cue.from();
            boolean negated = false;
            Optional<PhraseMatcher.Match<String>> conj = Optional.empty();
            while (k > r[0] + 1) {
                conj = lex.conjunctions.endingAt(s.tokens(), k - 1, k);
                if (conj.isPresent() || s.token(k - 1).is(",")) {
                    conj = Optional.of(conj.orElse(new PhraseMatcher.Match<>(k - 1, k, ",", "")));
                    break;
                }
                Optional<PhraseMatcher.Match<String>> skip = lex.speakerTrim.endingAt(s.tokens(), k - 1, k);
                Optional<PhraseMatcher.Match<String>> neg = lex.negations.endingAt(s.tokens(), k - 1, k);
                if (neg.isPresent()) {
                    negated = true;
                    skip = neg;
                }
                if (skip.isEmpty()) {
                    break;
                }
                k = skip.get().from();
            }
            if (conj.isEmpty()) {
                continue;
            }
            int end = conj.get().from();
            CharSpan first = AttributionFinder.claimSpan(s, r[0], end);
            CharSpan second = AttributionFinder.claimSpan(s, AttributionFinder.afterComplementizers(lex, s, cue.to()), r[1]);
            if (first.isEmpty() || second.isEmpty() || !(ownPosition(a) || ownPosition(s, cue.value(), negated, s.tokenRange(second)))) {
                continue;
            }
            List<Attribution> out = new ArrayList<>();
            out.add(a.withClaim(first));
            out.addAll(split(s, new Attribution(a.speaker(), a.pronoun(), a.group(), cue.value(),
                    s.spanOf(cue.from(), cue.to()), cue.from(), negated, second, false, a.via(), a.source()), cues));
            return out;
        }
        return List.of(a);
    }

    /**
     * True when one part of a coordinated claim takes a position of its own, so that the parts are worth
     * a statement each: the first part's cue denies, confirms or hedges ("denied that the levee broke,
     * saying extreme rainfall was to blame"), or the second's cue does, or is negated, or the second
     * claim holds a negation or a dismissal ("dan memastikan bahwa kematiannya tidak disebabkan …"). A
     * plain second assertion after a plain first ("dan menambahkan bahwa beberapa pihak akan …") stays
     * with the first part.
     */
    private static boolean ownPosition(Attribution first) {
        return first.cue().stance() != Stance.ASSERT || first.negated();
    }

    private boolean ownPosition(Sentence s, CueRule cue, boolean negated, int[] claim) {
        return cue.stance() != Stance.ASSERT || negated || lex.negations.contains(s.tokens(), claim[0], claim[1])
                || lex.dismissals.contains(s.tokens(), claim[0], claim[1]);
    }

    /** True when the cue at {@code i} is a verb: tagged so, or, untagged, shaped like one ("memastikan"). */
    private boolean verbal(Sentence s, int i) {
        Token t = s.token(i);
        return t.tagged() ? t.tagIn(VERBS) : lex.looksLikeVerb(t);
    }

    private static final java.util.Set<String> VERBS = java.util.Set.of("VERB");
}
