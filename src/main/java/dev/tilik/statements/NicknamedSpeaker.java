package dev.tilik.statements;

import java.util.Optional;

/**
 * A speaker described, then named by the nickname a relative clause gives ("…," kata pria yang karib disapa Rina itu,
 * "said the man known as Rudi"): the speaker phrase stops at the relative marker and holds only the description
 * ("pria"), so the person is the nickname after it. The nickname opens after the language's nickname openers (rules
 * {@code nicknameOpeners}: "akrab disapa", "biasa dipanggil" …) and is one to three capitalised words; the description
 * before it is kept as the speaker's source (an apposition, read for the party).
 */
final class NicknamedSpeaker {
    /** Most words a nickname may have. */
    private static final int NAME_WORDS = 3;

    private final Lexicon lex;
    private final PhraseMatcher<String> openers;

    NicknamedSpeaker(Lexicon lex) {
        this.lex = lex;
        this.openers = PhraseMatcher.of(lex.rules.syntax().nicknameOpeners(), java.util.List.of());
    }

    /** The nickname's cut when a relative clause naming one follows {@code cut}, else {@code cut} itself. */
    SpeakerPhrase.Cut named(Sentence s, SpeakerPhrase.Cut cut) {
        int rel = cut.to();
        if (cut.isEmpty() || rel >= s.size() || lex.relativeMarkers.at(s.tokens(), rel, rel + 1).isEmpty()) {
            return cut;
        }
        Optional<PhraseMatcher.Match<String>> opener = openers.at(s.tokens(), rel + 1);
        if (opener.isEmpty()) {
            return cut;
        }
        int from = opener.get().to();
        int to = from;
        while (to < s.size() && to - from < NAME_WORDS && s.token(to).isWord() && s.token(to).isCapitalized()
                && !lex.isFunctionWord(s.token(to))) {
            to++;
        }
        return to == from ? cut : new SpeakerPhrase.Cut(from, to, cut.via(), cut.from(), cut.to());
    }
}
