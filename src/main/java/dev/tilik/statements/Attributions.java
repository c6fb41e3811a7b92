package dev.tilik.statements;

import dev.tilik.rules.CueRule;
import dev.tilik.text.CharSpan;

/**
 * The attribution a speaker phrase or a cue's clitic makes, for {@link AttributionFinder} and the finders it holds: the
 * phrase's cut with its nickname resolved ({@link NicknamedSpeaker}), a lone pronoun marked (a group pronoun as a group)
 * and its apposition kept as the source; or the cue's clitic standing for the speaker.
 */
final class Attributions {
    private final Lexicon lex;
    /** A described speaker named by the nickname a relative clause gives ("kata pria yang akrab disapa Rudi itu"). */
    private final NicknamedSpeaker nicknamed;

    Attributions(Lexicon lex) {
        this.lex = lex;
        this.nicknamed = new NicknamedSpeaker(lex);
    }

    /** The speaker phrase {@code cut} says {@code claim} under {@code cue}. */
    Attribution of(Sentence s, SpeakerPhrase.Cut cut, PhraseMatcher.Match<CueRule> cue, boolean negated, CharSpan claim,
                   boolean quote) {
        cut = nicknamed.named(s, cut);
        boolean pronoun = cut.to() - cut.from() == 1 && lex.pronouns.at(s.tokens(), cut.from(), cut.to()).isPresent();
        boolean group = pronoun && lex.groupPronouns.at(s.tokens(), cut.from(), cut.to()).isPresent();
        CharSpan source = cut.hasSource() ? s.spanOf(cut.sourceFrom(), cut.sourceTo()) : null;
        return new Attribution(s.spanOf(cut.from(), cut.to()), pronoun, group, cue.value(),
                s.spanOf(cue.from(), cue.to()), cue.from(), negated, claim, quote, cut.via(), source);
    }

    /** The cue's clitic stands for the speaker ("katanya", "Menurutnya"), resolved like a pronoun. */
    static Attribution clitic(Sentence s, PhraseMatcher.Match<CueRule> cue, CharSpan claim, boolean quote, String via) {
        CharSpan cueSpan = s.spanOf(cue.from(), cue.to());
        return new Attribution(cueSpan, true, false, cue.value(), cueSpan, cue.from(), false, claim, quote, via, null);
    }
}
