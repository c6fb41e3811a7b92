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
 * {@link AttributionFinder#parts} ("X menyatakan bahwa A, dan memastikan bahwa B"; "X said A and added that B"); and
 * one that a contrast after a comma turns to another speaker's words ("X mengatakan A, namun Y membantah B"; "X say
 * A, but Y denied B"): Y's statement, under Y's cue.
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
                int[] subject = contrastSubject(s, r[0], k);
                if (subject == null) {
                    continue;
                }
                CharSpan first = AttributionFinder.claimSpan(s, r[0], subject[2]);
                CharSpan second = AttributionFinder.claimSpan(s, AttributionFinder.afterComplementizers(lex, s, cue.to()), r[1]);
                if (first.isEmpty() || second.isEmpty()) {
                    continue;
                }
                List<Attribution> out = new ArrayList<>();
                out.add(a.withClaim(first));
                out.addAll(split(s, new Attribution(s.spanOf(subject[0], subject[1]), false, false, cue.value(),
                        s.spanOf(cue.from(), cue.to()), cue.from(), negated, second, false, null, null), cues));
                return out;
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

    /** Most tokens the subject of a clause a contrast opens inside a claim may hold ("Kepala Dinas … Rina Wati"). */
    static final int MAX_SUBJECT = 8;

    /**
     * The subject of a clause that a contrast set off by a comma opens inside a reported claim, ending at {@code to},
     * right before that clause's own cue ("…, namun Bahlil membantah …", "…, but the minister denied …"): another
     * speaker's statement, not the first speaker's words. As {from, to, the comma}, or null: no contrast after a comma
     * within {@value #MAX_SUBJECT} tokens, or the words between are no subject ({@link #subject}).
     */
    private int[] contrastSubject(Sentence s, int lo, int to) {
        for (int j = to; j > lo + 2 && to - j <= MAX_SUBJECT && s.token(j - 1).isWord(); j--) {
            Optional<PhraseMatcher.Match<String>> c = lex.contrasts.endingAt(s.tokens(), j - 1, j);
            if (c.isPresent() && c.get().from() > lo + 1 && s.token(c.get().from() - 1).is(",")) {
                return subject(s, j, to) ? new int[] {j, to, c.get().from() - 1} : null;
            }
        }
        return null;
    }

    /**
     * True when tokens {@code [from, to)} can be a clause's subject: no pronoun (whose antecedent the claim does not
     * settle), and in a tagged sentence one noun phrase ("the minister"), else a capitalised name or title
     * ("Bahlil", "Kepala Dinas … Rina Wati") or a bare subject ({@link OpenerSubject#bareNoun}) holding no verb ("dokter").
     */
    private boolean subject(Sentence s, int from, int to) {
        if (to <= from || lex.pronouns.at(s.tokens(), from, to).filter(m -> m.to() == to).isPresent()) {
            return false;
        }
        if (s.tagged()) {
            return NounPhrases.startBefore(s, from, to) == from;
        }
        if (s.token(from).isCapitalized()) {
            for (int i = from; i < to; i++) {
                if (!s.token(i).isWord() || !s.token(i).isCapitalized() && lex.looksLikeVerb(s.token(i))) {
                    return false;
                }
            }
            return true;
        }
        if (!new OpenerSubject(lex, s).bareNoun(from, to)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (lex.looksLikeVerb(s.token(i))) {
                return false;
            }
        }
        return true;
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
