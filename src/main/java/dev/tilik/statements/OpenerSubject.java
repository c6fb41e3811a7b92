package dev.tilik.statements;

import java.util.Optional;

/**
 * Where a speaker — a clause's subject — starts after a clause opener written without a comma, for {@link
 * SpeakerPhrase} ("Sedangkan Sadira mengaku …", "Namun Kapolres menegaskan …", "…, but the minister said …"), and what
 * a bare subject is ({@link #bareNoun}), which {@link CoordinatedClaims} asks of a contrast's clause too.
 */
final class OpenerSubject {
    private final Lexicon lex;
    private final Sentence s;

    OpenerSubject(Lexicon lex, Sentence s) {
        this.lex = lex;
        this.s = s;
    }

    /**
     * Where the speaker starts after a clause opener written without a comma ("Sedangkan Sadira",
     * "Namun Kapolres …", "Selain itu pemerintah …", "Adapun saat itu pemerintah …"; further openers,
     * time words and demonstratives passed): the next word, when it is capitalised or a bare subject
     * ({@link #bareNoun}), or, in a tagged sentence, when a noun phrase runs from it to the cue ("but the minister",
     * "but communications minister Budi"); -1 otherwise. An opener that is also a scope word ("Di Jakarta …") says
     * where, so the segment stays out.
     */
    int after(int from, int to) {
        Optional<PhraseMatcher.Match<String>> o = lex.clauseOpeners.at(s.tokens(), from, to);
        if (o.isEmpty() || lex.scopeWords.at(s.tokens(), from, from + 1).isPresent() || timeWord(from)) {
            return -1;
        }
        int i = o.get().to();
        boolean passive = passive(from);
        int granted = contrastAfterConcession(from, i, to);
        if (granted > i) {
            i = granted; // "Meski server diretas tetapi ia berdalih …": the grant is no speaker, the one after the contrast is
        }
        while (i < to) {
            Optional<PhraseMatcher.Match<String>> more = lex.clauseOpeners.at(s.tokens(), i, to);
            if (more.isPresent() && !lex.scopeWords.at(s.tokens(), i, i + 1).isPresent()) {
                passive = passive(i);
                i = more.get().to(); // "Adapun saat itu pemerintah menyebut …"
            } else if (!s.token(i).isCapitalized() && (timeWord(i) || lex.demonstratives.at(s.tokens(), i, i + 1).isPresent())) {
                i++;
            } else {
                break;
            }
        }
        if (i >= to || passive) {
            // after a passive of being asked ("…, saat dihubungi wartawan, …", "…, dikonfirmasi Selasa (8/4), …") come
            // its agent or its time, never the one speaking: the name before the comma is the speaker
            return -1;
        }
        if (s.token(i).isCapitalized()) {
            return i;
        }
        // a tagged sentence's whole noun phrase after the opener is its subject: "…, but the minister said",
        // "…, but communications minister Budi Arie Setiadi vowed" (an article or a lower-case title opens it)
        return bareNoun(i, to) || s.tagged() && NounPhrases.startBefore(s, i, to) == i ? i : -1;
    }

    /**
     * Where the clause after a concession's contrast starts, when the segment opens with a concession ("meski",
     * "walaupun", rules {@code concessives}) and a contrast ("tetapi", "namun", rules {@code contrasts}) follows it with
     * no comma between — Indonesian's paired "meski … tetapi …" — and a word follows the contrast; else -1.
     */
    private int contrastAfterConcession(int from, int opened, int to) {
        if (lex.concessives.at(s.tokens(), from, from + 1).isEmpty()) {
            return -1;
        }
        for (int i = opened; i < to; i++) {
            Optional<PhraseMatcher.Match<String>> c = lex.contrasts.at(s.tokens(), i, to);
            if (c.isPresent() && c.get().to() < to) {
                return c.get().to();
            }
        }
        return -1;
    }

    /**
     * True when the opener at {@code i} is a passive ("dikonfirmasi", "ditemui", "dihubungi", "dimintai keterangan"):
     * a lower-case word of a passive verb's shape ({@link Lexicon#passiveShaped}), no preposition "di" written apart.
     */
    private boolean passive(int i) {
        Token t = s.token(i);
        return !t.isCapitalized() && lex.passiveShaped(t) && t.text().chars().allMatch(Character::isLetter);
    }

    /**
     * True when tokens {@code [from, to)} are one or two content words in lower case, or a pronoun: a
     * bare subject after an opener ("Selain itu pemerintah mengklaim …", "Sementara itu warga
     * menyebut …"), not a clause ("Menanggapi hal itu pemerintah …").
     */
    boolean bareNoun(int from, int to) {
        if (to - from == 1 && lex.pronouns.at(s.tokens(), from, to).isPresent()) {
            return true;
        }
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!s.token(i).isWord() || lex.isFunctionWord(s.token(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean timeWord(int i) {
        return lex.timeWords.at(s.tokens(), i, i + 1).isPresent();
    }
}
