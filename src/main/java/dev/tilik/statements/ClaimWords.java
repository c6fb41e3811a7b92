package dev.tilik.statements;

import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * What the propositions pass reads of a claim in one language: its content words, each as the key
 * it is compared under ({@link ContentWords}), as written, and whether a negation scopes over it.
 */
final class ClaimWords {
    /** How many words after a negation it scopes over. */
    private static final int NEGATION_SCOPE = 3;

    private ClaimWords() {
    }

    /** What the pass needs of one statement's language. */
    interface Language {
        /** The claim's content words, as (key, surface form, negated) in order. */
        List<Word> words(Statement s, String text);

        /** True when the statement's own sentence names its topic with a lexicon word (not only by inheritance). */
        boolean namesTopic(Statement s, String text);
    }

    /** One content word of a claim: its key, as written, and whether a negation scopes over it. */
    record Word(String key, String surface, boolean negated) {
    }

    /** The content words of a claim in one language, with negation scope. */
    static Language of(ContentWords content, Lexicon lex, TopicMatcher topics) {
        return new Language() {
            @Override
            public boolean namesTopic(Statement s, String text) {
                List<Token> tokens = Tokens.of(text, s.sentence().start(), s.sentence().end());
                return topics.names(tokens, s.topic());
            }

            @Override
            public List<Word> words(Statement s, String text) {
                return claimWords(content, lex, s, text);
            }
        };
    }

    private static List<Word> claimWords(ContentWords content, Lexicon lex, Statement s, String text) {
        {
            CharSpan c = s.claim();
            List<Token> tokens = Tokens.of(text, c.start(), c.end());
            List<Word> out = new ArrayList<>();
            int negatedUntil = -1;
            for (int i = 0; i < tokens.size(); i++) {
                var neg = lex.negations.at(tokens, i, tokens.size());
                if (neg.isPresent()) {
                    negatedUntil = neg.get().to() + NEGATION_SCOPE;
                    i = neg.get().to() - 1;
                    continue;
                }
                Token t = tokens.get(i);
                if (t.is(",") || t.is(";") || t.isNumber() || t.text().chars().anyMatch(Character::isDigit)) {
                    negatedUntil = -1;
                }
                if (content.isContent(t)) {
                    out.add(new Word(content.key(t), t.text(), i < negatedUntil));
                }
            }
            return out;
        }
    }
}
