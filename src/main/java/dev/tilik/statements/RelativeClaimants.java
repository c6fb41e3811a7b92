package dev.tilik.statements;

import dev.tilik.rules.CueRule;
import dev.tilik.rules.CueRule.Position;
import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.Optional;

/**
 * A cue of claiming right after a relative marker, in a sentence nothing else attributes (rules
 * {@code relativeClaimCues}): the noun phrase the marker follows holds the claim as its own and speaks what follows
 * ({@code Media sosial digemparkan dengan sebuah video yang mengklaim ada 11 anak meninggal …} → "sebuah video";
 * {@code Ada pula Agus Setiawan yang mengaku dibayar Rp150 ribu per hari …} → Agus Setiawan). Tried after every other
 * reading, so a sentence whose own cue names another speaker ("Polisi membantah kabar yang mengklaim …") keeps it.
 * Only cues of claiming: "yang menyebut" also names ("kelompok yang menyebut diri sebagai X"), and a record's
 * relative cue after its author's name is {@code AttributionFinder.relativeSource}'s.
 */
final class RelativeClaimants {
    private final Lexicon lex;
    private final Attributions attributions;

    RelativeClaimants(Lexicon lex, Attributions attributions) {
        this.lex = lex;
        this.attributions = attributions;
    }

    Optional<Attribution> find(Sentence s, List<PhraseMatcher.Match<CueRule>> cues, SpeakerPhrase phrases) {
        for (PhraseMatcher.Match<CueRule> cue : cues) {
            if (cue.value().position() != Position.REPORTED || cue.from() < 2 || s.inQuote(cue.from())
                    || lex.relativeClaimCues.at(s.tokens(), cue.from(), cue.to()).isEmpty()) {
                continue;
            }
            Optional<PhraseMatcher.Match<String>> relative = lex.relativeMarkers.endingAt(s.tokens(), cue.from() - 1, cue.from());
            if (relative.isEmpty()) {
                continue;
            }
            int to = relative.get().from();
            int from = head(s, to);
            SpeakerPhrase.Cut cut = new SpeakerPhrase.Cut(from, to, null, -1, -1);
            int claimFrom = AttributionFinder.afterComplementizers(lex, s, cue.to());
            CharSpan claim = AttributionFinder.claimSpan(s, claimFrom, s.size());
            if (from < to && !claim.isEmpty() && phrases.plausible(cut)) {
                return Optional.of(attributions.of(s, cut, cue, false, claim, false));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the noun phrase ending at {@code to} starts: after the last comma, colon, dash or verb-shaped word before
     * it ("… digemparkan dengan sebuah video"), leading function words left out ("dengan", "Ada pula").
     */
    private int head(Sentence s, int to) {
        int from = to;
        while (from > 0) {
            Token t = s.token(from - 1);
            if (!t.isWord() && !Character.isDigit(t.text().charAt(0)) && !t.is("(") && !t.is(")")
                    || !t.isCapitalized() && (lex.looksLikeVerb(t) || lex.passiveShaped(t))) {
                break;
            }
            from--;
        }
        while (from < to && lex.isFunctionWord(s.token(from))) {
            from++;
        }
        return from;
    }
}
