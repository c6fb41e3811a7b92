package dev.tilik.statements;

import java.util.Optional;

/**
 * A speaker described, then named by the nickname a relative clause gives ("…," kata pria yang karib disapa Rina itu,
 * "said the man known as Rudi"): the speaker phrase stops at the relative marker and holds only the description
 * ("pria"), so the person is the nickname after it. The nickname opens after the language's nickname openers (rules
 * {@code nicknameOpeners}: "akrab disapa", "biasa dipanggil" …) and is one to three capitalised words; the description
 * before it is kept as the speaker's source (an apposition, read for the party). Before a cue the whole clause is the
 * phrase ("pria yang biasa disapa Rudi itu mengatakan"): the nickname inside it speaks, a demonstrative or short form
 * after it passed over, the description its source; a titled description ("Gubernur yang kerap disapa Kang Rudi (KR)
 * ini") is left to {@code PersonDescriptions.describedPerson}, which takes the office's holder met before and their body. A
 * nickname closer ending the phrase ("Rudi, sapaan akrabnya", rules {@code nicknameClosers}) is left out.
 */
final class NicknamedSpeaker {
    /** Most words a nickname may have. */
    private static final int NAME_WORDS = 3;

    private final Lexicon lex;
    private final PhraseMatcher<String> openers;
    private final PhraseMatcher<String> closers;

    NicknamedSpeaker(Lexicon lex) {
        this.lex = lex;
        this.openers = PhraseMatcher.of(lex.rules.syntax().nicknameOpeners(), java.util.List.of());
        this.closers = PhraseMatcher.of(lex.rules.syntax().nicknameClosers(), java.util.List.of());
    }

    /** The nickname's cut when a relative clause naming one follows {@code cut}, else {@code cut} itself. */
    SpeakerPhrase.Cut named(Sentence s, SpeakerPhrase.Cut cut) {
        if (cut.isEmpty()) {
            return cut;
        }
        for (int rel = cut.from() + 1; rel < cut.to(); rel++) {
            int to = nameAfter(s, rel, cut.to());
            if (to > 0 && onlyPointers(s, to, cut.to()) && !lex.titles.contains(s.tokens(), cut.from(), rel)) {
                return new SpeakerPhrase.Cut(name(s, rel), to, cut.via(), cut.from(), rel);
            }
        }
        Optional<PhraseMatcher.Match<String>> closer = closers.endingAt(s.tokens(), cut.from(), cut.to());
        if (closer.isPresent() && closer.get().from() > cut.from()) {
            int to = closer.get().from();
            while (to > cut.from() && !s.token(to - 1).isWord()) {
                to--; // "Rudi, sapaan akrabnya": the comma goes with the closer
            }
            if (to > cut.from() && s.token(to - 1).isCapitalized()) {
                return new SpeakerPhrase.Cut(cut.from(), to, cut.via(), cut.sourceFrom(), cut.sourceTo());
            }
        }
        int to = nameAfter(s, cut.to(), s.size());
        return to < 0 ? cut : new SpeakerPhrase.Cut(name(s, cut.to()), to, cut.via(), cut.from(), cut.to());
    }

    /** Where the nickname a relative clause opening at {@code rel} gives ends (before {@code limit}), or -1. */
    private int nameAfter(Sentence s, int rel, int limit) {
        if (rel >= limit || lex.relativeMarkers.at(s.tokens(), rel, rel + 1).isEmpty()) {
            return -1;
        }
        int from = name(s, rel);
        if (from < 0) {
            return -1;
        }
        int to = from;
        while (to < limit && to - from < NAME_WORDS && s.token(to).isWord() && s.token(to).isCapitalized()
                && !lex.isFunctionWord(s.token(to))) {
            to++;
        }
        return to == from ? -1 : to;
    }

    /** Where the nickname opens after the relative marker at {@code rel} and a nickname opener, or -1. */
    private int name(Sentence s, int rel) {
        return openers.at(s.tokens(), rel + 1).map(PhraseMatcher.Match::to).orElse(-1);
    }

    /** True when tokens {@code [from, to)} hold only demonstratives and short forms in parentheses ("(KR) ini"). */
    private boolean onlyPointers(Sentence s, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            depth += t.is("(") ? 1 : t.is(")") && depth > 0 ? -1 : 0;
            if (t.isWord() && depth == 0 && lex.demonstratives.at(s.tokens(), i, i + 1).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
