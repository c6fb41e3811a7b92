package dev.tilik.statements;

import java.util.List;

/**
 * The markers that take a statement out of assert and deny: a no-comment phrase ("belum tahu", "declined to
 * comment") and where it stands against the claim, a hedge holding the cue itself ("belum dapat memastikan"),
 * a refusal right before the cue ("enggan menyebut"), and a hedge or a question left open inside the claim
 * ("mungkin saja", "kita lihat dulu, apakah …"), with what only looks like one (a hedge naming a thing, one
 * that rounds a figure, one after a contrast that limits what was said). {@link StanceClassifier} decides
 * in which order they count.
 */
final class HedgeMarkers {
    private final Lexicon lex;

    HedgeMarkers(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * True when a refusal ends right before the cue ("enggan menyebut", "menolak mengatakan", "declined to
     * say"): a speaker who will not say takes no position, where one who did not say ("tidak mengatakan")
     * only says nothing of it.
     */
    boolean refusesCue(List<Token> t, int cueFrom) {
        return lex.refusals.endingAt(t, Math.max(0, cueFrom - HEDGE_BEFORE_CUE), cueFrom).isPresent();
    }

    /** How many words before its cue a hedge holding the cue may start ("belum dapat memastikan"). */
    private static final int HEDGE_BEFORE_CUE = 3;

    /**
     * A hedge phrase that holds the cue itself: "SMK itu belum dapat memastikan kebenaran kabar
     * tersebut" (the cue "memastikan" is the phrase's last word), "could not confirm". The speaker
     * says they cannot say, whatever the claim after the cue.
     */
    boolean hedgesCue(List<Token> t, int cueFrom) {
        for (PhraseMatcher.Match<String> m : lex.hedges.findAll(t, Math.max(0, cueFrom - HEDGE_BEFORE_CUE), Math.min(t.size(), cueFrom + 1))) {
            if (m.from() < cueFrom && m.to() > cueFrom) {
                return true;
            }
        }
        return false;
    }

    /** How many words after a hedge a figure it only rounds may stand ("mungkin sudah sekitar 220"). */
    private static final int ROUNDING_REACH = 3;

    /**
     * A hedge on the claim itself. A hedge right after a relative marker names a thing ("SPPG yang
     * diduga jadi penyebab", "the suspected cause" is asserted), one a few words before a figure
     * only rounds it ("mungkin sudah sekitar 220 yang datang", "perhaps 200 people"), and one inside a
     * concession ({@link #conceded}: "while the files might be recovered, most records were lost") qualifies what
     * is granted: none of them hedges.
     */
    boolean hedged(List<Token> t, int from, int to) {
        if (leavesOpen(t, from, to)) {
            return true;
        }
        List<PhraseMatcher.Match<String>> idioms = lex.notHedges.findAll(t, from, to);
        for (PhraseMatcher.Match<String> m : lex.hedges.findAll(t, from, to)) {
            if (m.from() > from && lex.relativeMarkers.endingAt(t, m.from() - 1, m.from()).isPresent()
                    || within(idioms, m)
                    || conceded(t, from, m.from()) || aName(t, m)) {
                continue;
            }
            if (!roundsFigure(t, m.to(), to)) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the set phrases that hedge nothing ({@code notHedges}) holds the whole of {@code m}. */
    private static boolean within(List<PhraseMatcher.Match<String>> idioms, PhraseMatcher.Match<String> m) {
        return idioms.stream().anyMatch(n -> n.from() <= m.from() && n.to() >= m.to());
    }

    /**
     * True when a one-word hedge is a name: written with a capital and read by the tagger as a proper noun, the month
     * "May" ("the cases began between May and June", "reported on May 18") is no modal "may". An untagged token is
     * never read so.
     */
    private static final java.util.Set<String> PROPER_NOUN = java.util.Set.of("PROPN");

    private static boolean aName(List<Token> t, PhraseMatcher.Match<String> m) {
        Token w = t.get(m.from());
        return m.to() - m.from() == 1 && w.isCapitalized() && w.tagIn(PROPER_NOUN);
    }

    /**
     * True when the word at {@code at} stands inside a concession: a word of the rules' {@code concessives} ("meskipun",
     * "walaupun", "although", "while") opens a clause between {@code from} and it, and no comma or clause end closes
     * that clause before it. What a concession grants ("meskipun mungkin ada keterlambatan, bantuan sudah tiba", "…,
     * walaupun mungkin terlambat") is set beside the claim, not doubted by the speaker; past its comma ("Meski
     * begitu, mungkin …") the clause is the claim's again.
     */
    private boolean conceded(List<Token> t, int from, int at) {
        for (PhraseMatcher.Match<String> c : lex.concessives.findAll(t, from, at)) {
            boolean closed = false;
            for (int i = c.to(); i < at && !closed; i++) {
                closed = t.get(i).is(",") || t.get(i).isClauseEnd();
            }
            if (!closed) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question the claim leaves open inside what it says ({@code openQuestions}: "Makanya kita lihat dulu,
     * apakah dia akan rilis atau tidak", "Kami akan memeriksa apakah tindakan tersebut sesuai …"): the speaker
     * does not know yet. One opening the claim asks a question ("Apakah ini adil?") and is left to the other
     * rules, and one after a contrast that follows what the claim says ("Kami sudah bertemu rektor, tapi kami
     * tidak tahu apakah …") only limits it, as a no-comment phrase there does (the gold is split on it). One inside a set
     * phrase of {@code notHedges} is a purpose, not a doubt: "Tim memeriksa gudang untuk memastikan apakah …" says what is
     * done and why.
     */
    private boolean leavesOpen(List<Token> t, int from, int to) {
        List<PhraseMatcher.Match<String>> idioms = null;
        for (PhraseMatcher.Match<String> m : lex.openQuestions.findAll(t, from, to)) {
            if (limitsSaid(t, from, m.from())) {
                continue;
            }
            if (idioms == null) {
                idioms = lex.notHedges.findAll(t, from, to);
            }
            if (within(idioms, m)) {
                continue;
            }
            for (int i = from; i < m.from(); i++) {
                if (t.get(i).isWord()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a figure follows within {@value #ROUNDING_REACH} words with only adverbs the speaker
     * finder trims ("sudah", "already") or a figure's qualifier ("sekitar", "about") between: "mungkin
     * sudah sekitar 220", but not "may rise to 50".
     */
    private boolean roundsFigure(List<Token> t, int from, int to) {
        int i = from;
        while (i < Math.min(to, from + ROUNDING_REACH)) {
            if (t.get(i).isNumber()) {
                return true;
            }
            var q = lex.figureQualifiers.at(t, i, to);
            if (q.isPresent()) {
                i = q.get().to();
                continue;
            }
            var trim = lex.speakerTrim.at(t, i, to);
            if (trim.isEmpty()) {
                return false;
            }
            i = trim.get().to();
        }
        return i < to && t.get(i).isNumber();
    }

    /**
     * A no-comment phrase from {@code from} on, in the claim or outside every quotation: a quotation of
     * several sentences makes one claim per sentence, and one sentence's "saya belum tahu" says nothing
     * of the others. One in the claim after a contrast that follows what the claim says ("Jembatan
     * itu sudah diperbaiki, tapi kami belum tahu kapan dibuka", "… had been rehoused, but did not give details")
     * only limits what was said: the claim keeps the stance of what it says.
     */
    boolean noComment(Sentence s, int from, int claimFrom, int claimTo) {
        List<Token> t = s.tokens();
        for (PhraseMatcher.Match<String> m : lex.noComment.findAll(t, from, s.size())) {
            boolean inClaim = m.from() >= claimFrom && m.to() <= claimTo;
            if (inClaim ? !limitsSaid(t, claimFrom, m.from()) : !s.inQuote(m.from())) {
                return true;
            }
        }
        return false;
    }

    /** How many words a claim says before a contrast for what follows the contrast only to limit it. */
    private static final int SAID_BEFORE_CONTRAST = 2;

    /**
     * True when a contrast ({@code contrasts}: "tapi", "namun", "but") stands between {@code claimFrom} and
     * {@code at} after at least {@value #SAID_BEFORE_CONTRAST} words of the claim: what stands at {@code at}
     * limits something the claim already said.
     */
    private boolean limitsSaid(List<Token> t, int claimFrom, int at) {
        int words = 0;
        for (int i = claimFrom; i < at; i++) {
            if (!t.get(i).isWord()) {
                continue;
            }
            if (words >= SAID_BEFORE_CONTRAST && lex.contrasts.at(t, i, at).isPresent()) {
                return true;
            }
            words++;
        }
        return false;
    }
}
