package dev.tilik.statements;

import dev.tilik.rules.CueRule;
import dev.tilik.text.CharSpan;
import java.util.Objects;

/**
 * Who a sentence attributes a claim to, before pronouns are resolved.
 *
 * @param speaker   where the speaker (or the pronoun standing for it) is written
 * @param pronoun   true when the speaker is a pronoun or a cue clitic ("imbuhnya") to resolve
 * @param group     true when the pronoun prefers a collective antecedent ("Mereka")
 * @param cue       the cue rule that fired
 * @param cueSpan   where the cue stands
 * @param cueFrom   token index of the cue in its sentence
 * @param negated   true when the cue is negated or refused ("tidak menyangkal", "declined to deny")
 * @param claim     the claim: quotation, or reported clause
 * @param quote     true for a direct quotation
 * @param via       channel named beside the speaker ("AFP", "KCNA"), or null
 * @param source    "menurut X" standing beside the speaker, or null
 */
record Attribution(
        CharSpan speaker,
        boolean pronoun,
        boolean group,
        CueRule cue,
        CharSpan cueSpan,
        int cueFrom,
        boolean negated,
        CharSpan claim,
        boolean quote,
        String via,
        CharSpan source) {

    Attribution {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(cueSpan, "cueSpan");
        Objects.requireNonNull(claim, "claim");
    }

    /** The same attribution of another claim (one part of what the speaker said). */
    Attribution withClaim(CharSpan other) {
        return new Attribution(speaker, pronoun, group, cue, cueSpan, cueFrom, negated, other, quote, via, source);
    }
}
