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
    /** How far after an anaphor heading a claim its negation or dismissal may stand ("that is not true"). */
    private static final int HEAD = 3;
    /** Most words of the source between a reference noun and its demonstrative ("pernyataan dari kepolisian itu"). */
    private static final int SOURCE_WORDS = 3;

    private ClaimWords() {
    }

    /** What the pass needs of one statement's language. */
    interface Language {
        /** The claim's content words, as (key, surface form, negated) in order. */
        List<Word> words(Statement s, String text);

        /** True when the statement's own sentence names its topic with a lexicon word (not only by inheritance). */
        boolean namesTopic(Statement s, String text);

        /**
         * True when the claim names the claim it answers only by a pronoun or a paraphrase, at its
         * head: a reference noun made definite ("hal tersebut", "tuduhan itu", "these claims"), or an
         * anaphor before a negation or dismissal ("itu tidak mungkin", "that is not true").
         */
        boolean answersEarlier(Statement s, String text);

        /**
         * True when the claim points back at something told before it, by a word that refers (the rules' anaphors,
         * demonstratives or kind references: "jika benar ada hal seperti itu", "if any such transfers took place").
         */
        default boolean pointsBack(Statement s, String text) {
            return false;
        }

        /**
         * The content words of the claim an answer refers to, in {@code span} (the sentence before
         * the answer, or that sentence's claim): from after a complementizer when it has one ("…
         * mempertanyakan klaim bahwa pagar dibangun swadaya" → "pagar dibangun swadaya"), each marked
         * negated when the answer denies it.
         */
        List<Word> answered(CharSpan span, String text, boolean denied);

        /**
         * The names the claim holds, as pairs of adjacent capitalised content words ("agung sedayu",
         * "sedayu group"), each word by its key: who a claim is about, beyond its words.
         * The claim's first word is left out (capitalised as a sentence start, not as a name).
         */
        List<String> names(Statement s, String text);

        /**
         * How the claim writes the name whose keys are {@code name} ({@link #names}), lower case: "regu
         * penolong" for "regu tolong"; null when it writes none.
         */
        default String writtenName(Statement s, String text, String name) {
            return null;
        }

        /**
         * The claim's tokens for its proposition's label ({@link PropositionLabel}), in order: a content word that may
         * name a proposition as its {@link Word} (key and form as written), null for any other token, a break in a phrase.
         */
        default List<Word> labelWords(Statement s, String text) {
            return List.of();
        }

        /**
         * The side of a scale of opposite words a content word stands on (rules {@code opposites}: "laik" good,
         * "rusak" bad on the scale "condition"), or null for a word on none. Matched as written, never on the
         * root: "membersihkan" (cleaning up) is an act, not "bersih".
         */
        default Pole pole(Word w) {
            return null;
        }

        /**
         * The words on a scale of opposite words (rules {@code opposites}) the claim writes inside one of its dismissals
         * (rules {@code dismissals}), lower case as written: "tidak sesuai dengan kenyataan" judges what was said untrue,
         * its "sesuai" on no scale, as "tidak benar" is; empty for a claim writing none.
         */
        default java.util.Set<String> dismissalScaleWords(Statement s, String text) {
            return java.util.Set.of();
        }

        /** True when the statement's cue questions, doubts or accuses (rules {@code doubts}: "mempertanyakan"). */
        default boolean doubts(Statement s) {
            return false;
        }

        /**
         * The pairs of content words the claim writes side by side in lower case, each as "key key" in the order
         * written ("bahan baku"), outside a defining relative clause (a relative marker right after its noun, up to the
         * next comma: "kelompok geng yang terlibat tawuran" picks out the group, it claims nothing of the brawl; one set
         * off by a comma says something of its own, "…, yang menyebabkan keterlambatan pengiriman bahan baku"): the
         * terms it states ({@link WrittenTerms}).
         */
        default List<String> termPairs(Statement s, String text) {
            return List.of();
        }

        /**
         * The meanings of the rules' {@code synonyms} the claim writes (a word, or two side by side, as written in lower
         * case), each by its list's first word: "dianggap berlebihan" and "tindakan eksesif" both write "eksesif"
         * ({@link SynonymTerms}).
         */
        default java.util.Set<String> synonyms(Statement s, String text) {
            return java.util.Set.of();
        }

        /**
         * The keys of the places the claim names ({@link PlaceWords}: "di Kabupaten Sukamaju", "in Wetan Province"):
         * where a claim is made, not what it claims.
         */
        default java.util.Set<String> places(Statement s, String text) {
            return java.util.Set.of();
        }

        /** True for the first language, whose words' keys the other languages' words meet ({@link Loanwords}). */
        default boolean first() {
            return true;
        }

        /** The first language's keys a word of this language may share with it by borrowing or by name ({@link Loanwords}). */
        default List<String> loanKeys(Word w) {
            return List.of();
        }

        /**
         * The stem a word's key may be instead of the root its forms put a hidden letter back into ("mengamankan": "aman"
         * for "kaman"), which the folder decides ({@link HiddenRoots}); null for any other word.
         */
        default String hiddenStem(Word w) {
            return null;
        }

        /**
         * True when the word is written under a passive prefix (rules {@code passivePrefixes}: "diamankan"), which
         * writes the verb's root whole, its first letter never hidden.
         */
        default boolean passive(Word w) {
            return false;
        }
    }

    /** A word's place on a scale of opposite words: the scale's name and +1 on its good side, -1 on its bad. */
    record Pole(String scale, int sign) {
    }

    /**
     * The language's opposite words, lower case as written: a word both sides hold, or a word that carries no
     * content, is on none.
     */
    static java.util.Map<String, Pole> poles(ContentWords content, Lexicon lex) {
        java.util.Map<String, Pole> out = new java.util.HashMap<>();
        java.util.Set<String> both = new java.util.HashSet<>();
        lex.rules.opposites().forEach((scale, words) -> {
            for (int side : new int[]{1, -1}) {
                for (String w : side > 0 ? words.good() : words.bad()) {
                    List<Token> t = Tokens.of(w, 0, w.length());
                    if (t.size() != 1 || !content.isContent(t.get(0))) {
                        continue;
                    }
                    Pole p = new Pole(scale, side);
                    Pole had = out.putIfAbsent(t.get(0).lower(), p);
                    if (had != null && !had.equals(p)) {
                        both.add(t.get(0).lower());
                    }
                }
            }
        });
        both.forEach(out::remove);
        return java.util.Map.copyOf(out);
    }

    /**
     * One content word of a claim: its key, as written, whether a negation scopes over it, and
     * whether it stands in a negation's reach at all: the object of a negated verb is not negated
     * itself ("tidak memiliki catatan" negates the having), but the claim says nothing of it outside
     * the negation. A word a "not yet" negation scopes over ("belum ada izin", "not yet
     * opened") is {@code pending}: the claim says it has not happened, so it is not claimed either. A word
     * {@code subordinate} is reached by a negation standing outside the claim's own clause ({@link
     * NegationScope#inOwnClause}: "… gagal karena tidak ada cadangan", "…, namun banyak tenant yang tidak …"):
     * the claim does not deny it. {@code negation} tells apart the words of one negation's reach from another's: the
     * token index of the negation reaching the word within its claim, -1 for a word none reaches (or one an answer's
     * denial reaches as a whole). A word is {@code lacked} when the negation reaching it is followed at once by a word
     * of having or being able (rules {@code lacks}: "tidak punya anggaran", "tidak bisa menutup jalur"): the claim
     * states what its subject lacks or cannot do, which the proposition's own claims do not deny.
     */
    record Word(String key, String surface, boolean negated, boolean reached, boolean pending, boolean subordinate, int negation,
                boolean lacked) {
        Word(String key, String surface, boolean negated) {
            this(key, surface, negated, negated, false, false, -1);
        }

        Word(String key, String surface, boolean negated, boolean reached) {
            this(key, surface, negated, reached, false, false, -1);
        }

        Word(String key, String surface, boolean negated, boolean reached, boolean pending, boolean subordinate, int negation) {
            this(key, surface, negated, reached, pending, subordinate, negation, false);
        }
    }

    /** The content words of a claim in one language, with negation scope. */
    static Language of(ContentWords content, Lexicon lex, TopicMatcher topics) {
        java.util.Map<String, Pole> poles = poles(content, lex);
        java.util.Map<String, String> meanings = SynonymTerms.meanings(lex.rules.synonyms());
        return new Language() {
            @Override
            public boolean doubts(Statement s) {
                return s.cue() != null && lex.doubts.contains(s.cue().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public java.util.Set<String> synonyms(Statement s, String text) {
                return meanings.isEmpty() ? java.util.Set.of()
                        : SynonymTerms.written(Tokens.of(text, s.claim().start(), s.claim().end()), meanings);
            }

            @Override
            public Pole pole(Word w) {
                return poles.get(w.surface().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public java.util.Set<String> dismissalScaleWords(Statement s, String text) {
                List<Token> t = Tokens.of(text, s.claim().start(), s.claim().end());
                java.util.Set<String> out = new java.util.HashSet<>();
                for (PhraseMatcher.Match<String> m : lex.dismissals.findAll(t, 0, t.size())) {
                    for (int i = m.from(); i < m.to(); i++) {
                        if (poles.containsKey(t.get(i).lower())) {
                            out.add(t.get(i).lower());
                        }
                    }
                }
                return out;
            }

            @Override
            public java.util.Set<String> places(Statement s, String text) {
                return PlaceWords.in(Tokens.of(text, s.claim().start(), s.claim().end()), content, lex);
            }

            @Override
            public boolean first() {
                return content.first();
            }

            @Override
            public List<String> loanKeys(Word w) {
                return content.loanKeys(w.surface());
            }

            @Override
            public String hiddenStem(Word w) {
                return content.hiddenStem(w.surface());
            }

            @Override
            public boolean passive(Word w) {
                return lex.passiveShaped(w.surface());
            }

            @Override
            public boolean namesTopic(Statement s, String text) {
                List<Token> tokens = Tokens.of(text, s.sentence().start(), s.sentence().end());
                return topics.names(tokens, s.topic());
            }

            @Override
            public List<Word> words(Statement s, String text) {
                return claimWords(content, lex, s.claim(), text);
            }

            @Override
            public boolean pointsBack(Statement s, String text) {
                List<Token> t = Tokens.of(text, s.claim().start(), s.claim().end());
                return lex.anaphors.contains(t, 0, t.size()) || lex.demonstratives.contains(t, 0, t.size())
                        || lex.kindReferences.contains(t, 0, t.size());
            }

            @Override
            public boolean answersEarlier(Statement s, String text) {
                List<Token> t = Tokens.of(text, s.claim().start(), s.claim().end());
                int from = 0;
                while (from < t.size() && !t.get(from).isWord()) {
                    from++;
                }
                if (from >= t.size()) {
                    return false;
                }
                int head = -1;
                var ref = lex.referenceNouns.at(t, from, t.size());
                if (ref.isPresent()) {
                    head = lex.demonstratives.at(t, ref.get().to(), t.size()).map(PhraseMatcher.Match::to).orElse(-1);
                    if (head < 0) {
                        head = sourcedReference(t, ref.get().to());
                    }
                }
                var dem = lex.demonstratives.at(t, from, t.size());
                if (head < 0 && dem.isPresent()) {
                    head = lex.referenceNouns.at(t, dem.get().to(), t.size()).map(PhraseMatcher.Match::to).orElse(-1);
                }
                if (head < 0) {
                    head = lex.anaphors.at(t, from, t.size()).map(PhraseMatcher.Match::to).orElse(-1);
                }
                if (head < 0) {
                    return false;
                }
                int end = Math.min(t.size(), head + HEAD);
                if (lex.negations.contains(t, head, end) || lex.dismissals.contains(t, head, end)) {
                    return true;
                }
                for (int i = head; i < t.size(); i++) {
                    if (content.isContent(t.get(i))) {
                        return false;
                    }
                }
                return true;
            }

            /**
             * After a reference noun at {@code at}, its source and the demonstrative closing it ("pernyataan dari
             * kepolisian itu", "tuduhan oleh warga tersebut"): the token after the demonstrative, else -1. The source
             * is a source marker and at most {@link #SOURCE_WORDS} words, no comma among them.
             */
            private int sourcedReference(List<Token> t, int at) {
                if (lex.sourceMarkers.at(t, at, t.size()).isEmpty()) {
                    return -1;
                }
                for (int i = at + 1; i < Math.min(t.size(), at + 2 + SOURCE_WORDS); i++) {
                    if (!t.get(i).isWord()) {
                        return -1;
                    }
                    var dem = lex.demonstratives.at(t, i, t.size());
                    if (dem.isPresent() && i > at + 1) {
                        return dem.get().to();
                    }
                }
                return -1;
            }

            @Override
            public List<String> termPairs(Statement s, String text) {
                List<Token> t = Tokens.of(text, s.claim().start(), s.claim().end());
                List<String> out = new ArrayList<>();
                boolean relative = false;
                int[] subject = SubjectClauses.of(t, lex);
                int frame = frame(t, content, lex);
                for (int i = 0; i < t.size(); i++) {
                    Token a = t.get(i);
                    if (SubjectClauses.in(subject, i) || i + 1 < t.size() && SubjectClauses.in(subject, i + 1)) {
                        continue;
                    }
                    if (!a.isWord()) {
                        relative &= !(a.is(",") || a.isClauseEnd());
                        continue;
                    }
                    if (lex.relativeMarkers.at(t, i, t.size()).isPresent()) {
                        relative = i == 0 || !t.get(i - 1).is(","); // set off by a comma, it says something of its own
                        continue;
                    }
                    if (relative || i + 1 >= t.size()) {
                        continue;
                    }
                    Token b = t.get(i + 1);
                    if (!a.isCapitalized() && !b.isCapitalized() && i != frame && i + 1 != frame && content.isContent(a)
                            && content.isContent(b)) {
                        out.add(content.key(a) + " " + content.key(b));
                    }
                }
                return out;
            }

            @Override
            public List<Word> labelWords(Statement s, String text) {
                List<Token> tokens = Tokens.of(text, s.claim().start(), s.claim().end());
                return PropositionLabel.slots(tokens, claimWords(content, lex, s.claim(), text), lex.labelStops);
            }

            @Override
            public String writtenName(Statement s, String text, String name) {
                List<Token> t = Tokens.of(text, s.claim().start(), s.claim().end());
                for (int i = 0; i + 1 < t.size(); i++) {
                    Token a = t.get(i);
                    Token b = t.get(i + 1);
                    if (a.isCapitalized() && b.isCapitalized() && content.isContent(a) && content.isContent(b)
                            && name.equals(content.key(a) + " " + content.key(b))) {
                        return (a.text() + " " + b.text()).toLowerCase(java.util.Locale.ROOT);
                    }
                }
                return null;
            }

            @Override
            public List<String> names(Statement s, String text) {
                List<Token> t = Tokens.of(text, s.claim().start(), s.claim().end());
                List<String> out = new ArrayList<>();
                int first = 0;
                while (first < t.size() && !t.get(first).isWord()) {
                    first++;
                }
                int[] subject = SubjectClauses.of(t, lex);
                for (int i = first + 1; i + 1 < t.size(); i++) {
                    Token a = t.get(i);
                    Token b = t.get(i + 1);
                    if (SubjectClauses.in(subject, i) || SubjectClauses.in(subject, i + 1)) {
                        continue;
                    }
                    if (a.isCapitalized() && b.isCapitalized() && content.isContent(a) && content.isContent(b)) {
                        String pair = content.key(a) + " " + content.key(b);
                        if (!out.contains(pair)) {
                            out.add(pair);
                        }
                    }
                }
                return out;
            }

            @Override
            public List<Word> answered(CharSpan span, String text, boolean denied) {
                List<Token> t = Tokens.of(text, span.start(), span.end());
                int start = span.start();
                for (int i = 0; i < t.size(); i++) {
                    var comp = lex.complementizers.at(t, i, t.size());
                    if (comp.isPresent() && comp.get().to() < t.size()) {
                        start = t.get(comp.get().to()).start();
                        break;
                    }
                }
                List<Word> out = new ArrayList<>();
                for (Word w : claimWords(content, lex, new CharSpan(start, span.end()), text)) {
                    out.add(new Word(w.key(), w.surface(), denied || w.negated(), denied || w.reached()));
                }
                return out;
            }
        };
    }

    /**
     * The index in a claim's tokens {@code t} of a verb of perceiving that frames the claim, else -1: one of the rules'
     * {@code perceptionVerbs} right after a personal pronoun (rules {@code pronouns}, {@code firstPersons}) with no content
     * word before it ("Dia melihat ada kejanggalan …", "Saya melihat ada …", "We saw no signs of …"). It says how
     * the speaker comes to hold what follows, not what the claim is about, so it is none of the claim's content words:
     * two claims framed by seeing share nothing by it.
     */
    private static int frame(List<Token> t, ContentWords content, Lexicon lex) {
        for (int i = 0; i < t.size(); i++) {
            final int at = i;
            var pronoun = lex.pronouns.at(t, at, t.size()).or(() -> lex.firstPersons.at(t, at, t.size()));
            if (pronoun.isPresent()) {
                int verb = pronoun.get().to();
                return verb < t.size() && lex.perceptionVerbs.at(t, verb, t.size()).isPresent() ? verb : -1;
            }
            if (content.isContent(t.get(i))) {
                return -1;
            }
        }
        return -1;
    }

    private static List<Word> claimWords(ContentWords content, Lexicon lex, CharSpan c, String text) {
        {
            List<Token> tokens = Tokens.of(text, c.start(), c.end());
            int frame = frame(tokens, content, lex);
            NegationScope scope = new NegationScope(lex);
            boolean subordinate = false;
            List<Word> out = new ArrayList<>();
            int negatedUntil = -1;
            int reachedUntil = -1;
            int pendingUntil = -1;
            int negation = -1;
            boolean lacked = false;
            int[] subject = SubjectClauses.of(tokens, lex);
            for (int i = 0; i < tokens.size(); i++) {
                if (SubjectClauses.in(subject, i)) {
                    continue; // who the subject is, not what the claim says of it
                }
                var neg = lex.negations.at(tokens, i, tokens.size());
                if (neg.isPresent()) {
                    boolean denies = lex.denies(tokens, neg.get());
                    negatedUntil = denies ? neg.get().to() + NEGATION_SCOPE : -1;
                    // "belum" leaves the whole predicate undone, to the clause's end: "belum ada izin untuk membuka pabrik"
                    pendingUntil = !denies && lex.notYet(tokens, neg.get()) ? tokens.size() : -1;
                    reachedUntil = Math.max(negatedUntil, pendingUntil);
                    negation = neg.get().from();
                    subordinate = reachedUntil > 0 && !scope.inOwnClause(tokens, 0, tokens.size(), neg.get().from());
                    lacked = lex.lacks.at(tokens, neg.get().to(), tokens.size()).isPresent();
                    i = neg.get().to() - 1;
                    continue;
                }
                Token t = tokens.get(i);
                if (t.is(",") || t.is(";") || t.isNumber() || t.text().chars().anyMatch(Character::isDigit)) {
                    negatedUntil = -1;
                    reachedUntil = -1;
                    pendingUntil = -1;
                }
                if (i != frame && content.isContent(t)) {
                    out.add(new Word(content.key(t), t.text(), i < negatedUntil, i < reachedUntil, i < pendingUntil,
                            i < reachedUntil && subordinate, i < reachedUntil ? negation : -1, i < reachedUntil && lacked));
                    if (i < negatedUntil && lex.looksLikeVerb(t)) {
                        negatedUntil = -1; // a negated verb is the negated predicate, not its object
                    }
                }
            }
            return out;
        }
    }
}
