package dev.tilik.statements;

import com.google.re2j.Matcher;
import dev.tilik.model.Stance;
import dev.tilik.rules.PatternNeeds;
import dev.tilik.rules.RulePattern;
import java.util.List;

/**
 * Decides a statement's stance from its cue and its claim, in this order:
 * <ol>
 * <li>a quoted question ({@link Questions}: "Dan Bapak harus bayar ke mana?", "Why would we pay?") → other: it
 *     asserts nothing, rhetorical or not, whatever the cue;</li>
 * <li>a no-comment phrase anywhere from the cue on ("tidak mengonfirmasi juga tidak membantah",
 *     "hanya mendengar") → no_comment, unless it stands in the claim after a contrast that follows what
 *     the claim says ("…, tapi kami belum tahu kapan dibuka": it only limits what was said);</li>
 * <li>a hedge phrase holding the cue itself ("belum dapat memastikan …", "could not confirm …") →
 *     hedge, whatever the claim after it;</li>
 * <li>a claim that urges (an {@code appeals} word opening it: "Jangan …", "Please …") or a first person's wish
 *     heading it ("Kami berharap …"), {@link Wishes} → other;</li>
 * <li>the cue's own stance, mapped through {@code negatedStances} when the cue is negated or refused
 *     ("tidak menyangkal", "menolak untuk membantah" → hedge); a cue that already says deny,
 *     confirm, hedge or no_comment stands;</li>
 * <li>for a neutral cue (assert): a label refused ("tak terima kalau adik saya disebut pemulung", {@link RefusedClaims})
 *     → deny; a conditional marker or pattern in the claim → conditional, unless a dismissal pointing back closes
 *     it ("kalau X, itu gak benar" → deny);
 *     a dismissal ("rumor yang tidak berdasar", "tidak mungkin") → deny (negated once more, "bukan
 *     tidak mungkin", → hedge; inside a complement, "terhadap penyebaran berita bohong", or the subject of its clause, "Berita bohong bisa
 *     menimbulkan persepsi yang keliru", passed over with the rest of its clause); a negation scoping over an occurrence or a part in it ("tidak ada
 *     keterlibatan X", "tidak terjadi", "was not involved") or an intent ruled out before its act in any clause of
 *     the claim's own rank ("Saya tegaskan, tidak ada niat dari kami untuk …") → deny; a hedge ("mungkin saja") or a question left
 *     open inside the claim ("kita lihat dulu, apakah dia akan rilis atau tidak") → hedge;
 *     a negation scoping over a topic event or term within three words ("tidak pernah mengirimkan
 *     tentara") → deny; a negation of the claim's own predicate — in its first clause, after at most
 *     a subject, in a claim on its topic — denies when it is firm ("Pemerintah tidak akan membayar tebusan", "tidak pernah
 *     ikut") or says what a thing is not ("Ini bukan kelalaian petugas"), when the reporter gives it through a cue that insists ("menegaskan gudang itu tidak …"),
 *     when it negates a verb and a contrast follows ("bukan dilakukan terhadap X, melainkan
 *     terhadap Y") or when
 *     it is a bare "no" opening a quoted answer ("Nggak, nggak akan"); a first person negating a verb at
 *     the claim's start ("Kami tidak melarang …", "We did not expel …") denies, unless the verb states a lack
 *     ({@code negativeFacts}: "kami tidak menerima gaji"); a plain one may
 *     state a negative fact ("bus itu tidak memiliki izin": asserted), and one in a later clause
 *     ("…, bukan X", "terjadi karena tidak ada cadangan", "tenant yang tidak melakukannya") is part
 *     of what is asserted;</li>
 * <li>a neutral claim that names no topic and refers to no earlier claim → other (it takes no
 *     position on a topic: "keputusan itu di bawah wewenang Kementerian Pertahanan"); in an article
 *     no topic lexicon speaks to, a claim with content words of its own names its own proposition
 *     (found across the folder by {@link Propositions}, which also makes it a denial when a negation
 *     scopes over the proposition's key words) and is asserted.</li>
 * </ol>
 * Each decision also says its {@link StanceBasis}: how explicit the evidence for the stance is.
 */
final class StanceClassifier {
    /**
     * A stance and why it was given; {@code rule} names the step that decided it, for {@link StanceTrace} only
     * (never shown in the product's output).
     */
    record Judgement(Stance stance, StanceBasis basis, String rule) {
        Judgement(Stance stance, StanceBasis basis) {
            this(stance, basis, basis.id());
        }
    }

    private static final java.util.Set<String> AUX = java.util.Set.of("AUX");

    private final Lexicon lex;
    private final NegationScope negation;
    private final HedgeMarkers markers;
    private final Questions questions;
    private final Wishes wishes;
    private final RefusedClaims refused;
    private final java.util.Set<String> complements;

    StanceClassifier(Lexicon lex) {
        this.lex = lex;
        this.complements = java.util.Set.copyOf(lex.rules.complements());
        this.negation = new NegationScope(lex);
        this.markers = new HedgeMarkers(lex);
        this.questions = new Questions(lex);
        this.wishes = new Wishes(lex);
        this.refused = new RefusedClaims(lex);
    }

    /**
     * @param s          the sentence
     * @param a          its attribution
     * @param claimFrom  first token of the claim
     * @param claimTo    token after the claim
     * @param topics     topic matcher for negation scope
     * @param namesTopic true when the claim names a topic itself or refers back to a claim
     * @param topicInClaim true when the claim itself names its topic (not only by referring back)
     */
    Judgement classify(Sentence s, Attribution a, int claimFrom, int claimTo, TopicMatcher topics,
                       boolean namesTopic, boolean topicInClaim, String claimText) {
        List<Token> t = s.tokens();
        if (questions.asks(t, claimFrom, claimTo, a.quote())) {
            return new Judgement(Stance.OTHER, StanceBasis.MARKER, "question");
        }
        // A cue that is itself no comment ("did not immediately respond when asked whether …") leaves the question asked
        // unanswered: the speaker's refusal, not a question of theirs.
        boolean noCommentCue = !a.negated() && a.cue().stance() == Stance.NO_COMMENT;
        if (!noCommentCue && questions.reportsAsked(t, a.cueFrom(), claimFrom, claimTo)) {
            return new Judgement(Stance.OTHER, StanceBasis.MARKER, "asked-question");
        }
        int from = Math.max(0, Math.min(a.cueFrom(), claimFrom) - 4);
        if (markers.noComment(s, from, claimFrom, claimTo)) {
            return new Judgement(Stance.NO_COMMENT, StanceBasis.MARKER, "no-comment");
        }
        if (markers.hedgesCue(t, a.cueFrom())) {
            return new Judgement(Stance.HEDGE, StanceBasis.MARKER, "hedged-cue");
        }
        StanceBasis byCue = topicInClaim ? StanceBasis.CUE_ON_TOPIC : StanceBasis.CUE;
        if (a.negated() && a.cue().stance() == Stance.ASSERT && markers.refusesCue(t, a.cueFrom())) {
            return new Judgement(Stance.NO_COMMENT, StanceBasis.MARKER, "refused-cue");
        }
        Stance base = a.negated() ? lex.rules.negated(a.cue().stance()) : a.cue().stance();
        if (base != Stance.ASSERT) {
            return new Judgement(base, byCue, (a.negated() ? "negated-cue:" : "cue:") + a.cue().word());
        }
        if (wishes.takesNoPosition(t, claimFrom, claimTo)) {
            return new Judgement(Stance.OTHER, StanceBasis.MARKER, wishes.rule(t, claimFrom, claimTo));
        }
        Stance own = a.quote() ? ownStanceVerb(t, claimFrom, claimTo) : null;
        if (own != null) {
            return new Judgement(own, byCue, "own-stance-verb");
        }
        Stance withheld = ownNegatedStanceVerb(t, claimFrom, claimTo);
        if (withheld != null) {
            return new Judgement(withheld, byCue, "own-negated-stance-verb");
        }
        if (refused.refusesLabel(t, claimFrom, claimTo)) {
            return new Judgement(Stance.DENY, StanceBasis.DISMISSAL, "refused-label");
        }
        if (lex.conditionals.contains(t, claimFrom, claimTo) || matchesAny(lex.rules.conditionalPatterns(), claimText)
                || a.quote() && quotedModal(t, claimFrom, claimTo)) {
            return refused.dismissesWhatItSetUp(t, claimFrom, claimTo)
                    ? new Judgement(Stance.DENY, StanceBasis.DISMISSAL, "dismissed-set-up")
                    : new Judgement(Stance.CONDITIONAL, StanceBasis.MARKER, "conditional");
        }
        Stance dismissed = dismissal(t, claimFrom, claimTo);
        if (dismissed != null) {
            return new Judgement(dismissed, dismissed == Stance.DENY ? StanceBasis.DISMISSAL : StanceBasis.MARKER, "dismissal");
        }
        if (negation.overOccurrence(t, claimFrom, claimTo) || assuresNegation(t, a, claimFrom, claimTo)
                || rulesOutIntent(t, claimFrom, claimTo)) {
            return new Judgement(Stance.DENY, StanceBasis.EVENT_NEGATED, "negated-occurrence");
        }
        if (markers.hedged(t, criticisedObjectEnd(t, a, claimFrom, claimTo), claimTo)) {
            return new Judgement(Stance.HEDGE, StanceBasis.MARKER, "hedge");
        }
        if (negation.endsClause(t, claimFrom, claimTo)) {
            return new Judgement(Stance.DENY, StanceBasis.EVENT_NEGATED, "negation-ends-clause");
        }
        if (negation.overEvent(t, claimFrom, claimTo, topics)
                || namesTopic && (deniesClaim(t, claimFrom, claimTo, a.quote(), insists(t, a)) || deniesOwnAct(t, claimFrom, claimTo))) {
            return new Judgement(Stance.DENY, StanceBasis.EVENT_NEGATED, "negated-predicate");
        }
        return namesTopic ? new Judgement(Stance.ASSERT, byCue, "assert") : new Judgement(Stance.OTHER, StanceBasis.UNKNOWN, "no-topic");
    }

    /**
     * Where a hedge may start to hedge the claim. Through a cue of criticism ({@code criticisms}: "Korea Selatan
     * mengkritik keras kemungkinan kerja sama militer …") the claim opens with the
     * object criticised, and a hedge word there names what is criticised ("kemungkinan kerja sama", "dugaan
     * pungutan"), not the speaker's doubt: the object ends at the claim's first clause break ("…, dan memperingatkan
     * bahwa …"), after which a hedge counts again. A quotation after its tag, or any other cue, opens at the claim.
     */
    private int criticisedObjectEnd(List<Token> t, Attribution a, int from, int to) {
        if (a.quote() || a.cueFrom() >= from || lex.criticisms.at(t, a.cueFrom(), t.size()).isEmpty()) {
            return from;
        }
        return lex.clauseBreaks.findAll(t, from, to).stream().mapToInt(PhraseMatcher.Match::from).min().orElse(to);
    }


    /**
     * A speaker who assures, commits or decides that something will not be ({@code assurances}): "Direktur
     * memastikan tidak ada pemutusan hubungan kerja", "manajemen berkomitmen untuk tidak melakukan PHK",
     * "negara memastikan agar para pekerja tidak terkena PHK", "promised there would be no layoffs". The
     * assurance is the cue itself (the claim opening with the negation) or stands in the claim's first
     * clause; the negation follows it within {@value NegationScope#ASSURED_SCOPE} words, no comma or relative clause
     * between. A negation that only says "not yet" or "no longer" ("memastikan belum ada …") is none, and so
     * is "nobody who" ("memastikan tidak ada yang dirugikan": a state of people, asserted).
     */
    private boolean assuresNegation(List<Token> t, Attribution a, int from, int to) {
        if (lex.assurances.at(t, a.cueFrom(), t.size()).isPresent() && negation.governed(t, from, to)) {
            return true;
        }
        var assurance = negation.inFirstClause(t, negation.mainClause(t, from, to), to, lex.assurances, Integer.MAX_VALUE);
        return assurance != null && negation.governed(t, assurance.match().to(), to);
    }

    /**
     * An intent or a plan ruled out before the act ({@link Lexicon#intentRuledOut}: "Saya tegaskan, tidak ada niat dari
     * kami untuk menyita …", "Fokus kami bertahan, bukan niat kami untuk menutup pabrik") in any clause of the claim's
     * own rank, not only its first: nobody says what they never meant to do unless someone said they did it. A
     * negation in a clause of another rank ("…, karena tidak berniat menjual …") or one that does not deny is none.
     */
    private boolean rulesOutIntent(List<Token> t, int from, int to) {
        for (PhraseMatcher.Match<String> m : lex.negations.findAll(t, from, to)) {
            if (lex.denies(t, m) && lex.intentRuledOut(t, m.from(), to) && negation.inOwnClause(t, from, to, m.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A modal auxiliary from {@code modalConditionals}, by its part of speech, not negated within the
     * next two words: "it would violate the armistice" (but not "we would never send troops").
     */
    private boolean quotedModal(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token w = t.get(i);
            if (w.tagIn(AUX) && lex.modalConditionals.contains(w.lower())
                    && !lex.negations.contains(t, i + 1, Math.min(to, i + 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker's own stance verb heading a quotation ("Kami membenarkan ada sertifikat …", "We
     * deny any part in it"): a first person then, within two words, a cue whose stance is not a
     * plain assertion and that no negation precedes. Null when none.
     */
    private Stance ownStanceVerb(List<Token> t, int from, int to) {
        int i = from;
        while (i < to && !t.get(i).isWord()) {
            i++;
        }
        var me = lex.firstPersons.at(t, i, to);
        if (me.isEmpty()) {
            return null;
        }
        for (int j = me.get().to(); j < Math.min(to, me.get().to() + 2); j++) {
            if (lex.negations.at(t, j, to).isPresent()) {
                return null;
            }
            var cue = lex.cues.at(t, j, to);
            if (cue.isPresent()) {
                Stance st = cue.get().value().stance();
                return st == Stance.ASSERT ? null : st;
            }
        }
        return null;
    }

    /** How many words may stand between the speaker's subject and a negated stance verb ("Kami pun tidak menampik …"). */
    private static final int NEGATED_VERB_AFTER_SUBJECT = 2;

    /**
     * The speaker's own stance verb negated at the head of the claim ("Kami tidak menampik ada retakan …", "I do not
     * deny that …"): the claim's subject is the speaker in the first person, after at most a contrast opening the
     * claim, then, past at most {@value
     * #NEGATED_VERB_AFTER_SUBJECT} words, a negation and a cue whose stance is not a plain assertion. That cue's stance
     * negated is the statement's, as for a negated cue outside the claim (issue 3's convention, rules {@code
     * negatedStances}: a denial withheld is a hedge, a confirmation withheld no comment). A third person reported so
     * ("mengatakan pihaknya tak menampik …", "said he did not deny …") is left as the claim reads: on raja T4 the
     * gold reads it confirm, and as a hedge it made three flags there (docs/ACCURACY.md, branches h11st11, h12st12).
     * Null when none.
     */
    private Stance ownNegatedStanceVerb(List<Token> t, int from, int to) {
        int i = from;
        while (i < to && !t.get(i).isWord()) {
            i++;
        }
        var opening = lex.contrasts.at(t, i, to);
        if (opening.isPresent()) {
            i = opening.get().to();
            while (i < to && !t.get(i).isWord()) {
                i++;
            }
        }
        var subject = lex.firstPersons.at(t, i, to);
        if (subject.isEmpty()) {
            return null;
        }
        int j = subject.get().to();
        for (int n = 0; n <= NEGATED_VERB_AFTER_SUBJECT && j < to && t.get(j).isWord(); n++) {
            var neg = lex.negations.at(t, j, to);
            if (neg.isPresent()) {
                var cue = lex.cues.at(t, neg.get().to(), to);
                if (cue.isEmpty() || cue.get().value().stance() == Stance.ASSERT) {
                    return null;
                }
                return lex.rules.negated(cue.get().value().stance());
            }
            if (!lex.modifiesVerb(t.get(j))) {
                return null;
            }
            j++;
        }
        return null;
    }

    /**
     * A dismissal in the claim ("tidak benar", "tidak mungkin", "not true"): deny; the same negated
     * once more ("bukan tidak mungkin", "not impossible") only allows it: hedge. One that only corrects the clause
     * before it ({@link NegationScope#corrects}: "dipicu oleh senggolan motor, bukan karena tawuran") is passed over:
     * the claim says what is so. Null when none.
     */
    private Stance dismissal(List<Token> t, int from, int to) {
        Stance found = null;
        int spokenOfUntil = from;
        for (PhraseMatcher.Match<String> m : lex.dismissals.findAll(t, from, to)) {
            if (m.from() < spokenOfUntil) {
                continue; // "Berita bohong bisa menimbulkan persepsi yang keliru": what false news does, told in its clause
            }
            if (negation.corrects(t, from, to, m.from())) {
                continue; // "dipicu oleh senggolan motor, bukan karena tawuran": what it is not, after what it is
            }
            if (governed(t, from, m.from())) {
                continue; // "langkah tegas terhadap penyebaran berita bohong": falsehoods spoken of, none called false
            }
            if (subjectOfItsClause(t, from, to, m)) {
                spokenOfUntil = clauseEnd(t, m.to(), to);
                continue; // "Berita bohong bisa menimbulkan …": what false news does, none called false
            }
            if (lex.negations.endingAt(t, Math.max(from, m.from() - 2), m.from()).isEmpty()) {
                return Stance.DENY;
            }
            found = Stance.HEDGE;
        }
        return found;
    }

    /**
     * True when a preposition opening a predicate's complement (rules {@code complements}) stands among the two words
     * before a dismissal in the claim: the dismissal names what is acted on ("menindak tegas terhadap penyebaran berita
     * bohong", "a campaign against fake news"), not a claim called false.
     */
    private boolean governed(List<Token> t, int from, int at) {
        for (int i = Math.max(from, at - 2); i < at; i++) {
            if (complements.contains(t.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** How many demonstratives or words of kind may follow a dismissal before its clause's verb group ("hoaks semacam ini"). */
    private static final int SUBJECT_DETERMINERS = 2;

    /**
     * True when a dismissal in the claim is the subject of its clause: the verb group follows it — a modal or an auxiliary
     * (rules {@code auxiliaries}: "bisa", "dapat", "akan"; a hedge, "could"; an English auxiliary by its tag), past at most
     * {@value #SUBJECT_DETERMINERS} demonstratives or words of kind ("penyebaran hoaks semacam ini dapat …") —, and
     * nothing makes it a predicate: no negation leads it ("tidak mungkin bisa …" says what cannot be), and no
     * demonstrative, anaphor or copula stands right before it ("kabar itu hoaks", "That is false"). Indonesian and English
     * put the subject before its verb group, so such a claim says what false news does ("Berita bohong bisa menimbulkan
     * persepsi yang keliru", "Fake news could cause panic"), it calls no claim false.
     */
    private boolean subjectOfItsClause(List<Token> t, int from, int to, PhraseMatcher.Match<String> m) {
        if (lex.negations.at(t, m.from(), to).isPresent()
                || m.from() > from && (lex.demonstratives.endingAt(t, from, m.from()).isPresent()
                || lex.anaphors.endingAt(t, from, m.from()).isPresent() || lex.copulas.endingAt(t, from, m.from()).isPresent())) {
            return false;
        }
        int j = m.to();
        for (int n = 0; n < SUBJECT_DETERMINERS && j < to; n++) {
            var determiner = lex.demonstratives.at(t, j, to);
            if (determiner.isEmpty()) {
                determiner = lex.kindReferences.at(t, j, to);
            }
            if (determiner.isEmpty()) {
                break;
            }
            j = determiner.get().to();
        }
        if (j + 1 >= to || !t.get(j).isWord() || !t.get(j + 1).isWord() || lex.negations.at(t, j, to).isPresent()) {
            return false;
        }
        return lex.auxiliaries.at(t, j, to).isPresent() || lex.hedges.at(t, j, to).isPresent() || t.get(j).tagIn(AUX);
    }

    /** Where the clause holding token {@code at} ends: at its next clause break ({@code clauseBreaks}) or comma, else {@code to}. */
    private int clauseEnd(List<Token> t, int at, int to) {
        for (int i = at; i < to; i++) {
            if (t.get(i).is(",") || lex.clauseBreaks.at(t, i, to).isPresent()) {
                return i;
            }
        }
        return to;
    }

    /**
     * True when the reporter gives what the speaker said through a cue that insists ({@code emphatic}:
     * "Kepala dinas menegaskan gudang itu tidak …", "stressed"): the report says a position was taken. A
     * tag after a quotation ('"…," tegasnya') is not counted: there the speaker's own words stand, and the
     * tag is one of the words copy rotates for "said" ("ujarnya", "jelasnya", "tegasnya").
     */
    private boolean insists(List<Token> t, Attribution a) {
        return !a.quote() && lex.emphatic.at(t, a.cueFrom(), t.size()).isPresent();
    }

    /**
     * A negation of the claim's own predicate that denies: firm ("tidak akan", "tidak pernah", "will
     * not"), a negation of what a thing is ({@code identityNegations}: "Ini bukan kelalaian petugas", "Fokus kami
     * bukan pada penggusuran": it states no lack, it says the thing is not what someone said it is), in reported
     * speech under a cue that insists ({@link #insists}: "Kepala dinas
     * menegaskan gudang itu tidak berada di lahan sengketa", "stressed"; not "nobody who": "menegaskan tidak
     * ada yang dirawat inap" states how people fared), negating a verb with a contrast after it ("bukan
     * dilakukan terhadap X, melainkan terhadap Y": an event denied; "X bukanlah N, melainkan M" said
     * plainly classifies X, asserted), or a bare "no" opening a quoted answer ("Nggak, nggak akan kami
     * turuti", "Enggak bisa diambil"). A plain negation through a neutral cue may state a negative fact
     * ("bus itu tidak memiliki izin", "Tidak ada catatan kenakalan") and stays asserted, unless the folder
     * finds others claiming what it negates ({@link Propositions}).
     */
    private boolean deniesClaim(List<Token> t, int from, int to, boolean quote, boolean emphatic) {
        NegationScope.Predicate at = negation.ofPredicate(t, from, to);
        if (at == null) {
            return false;
        }
        boolean firm = lex.firmNegations.at(t, at.at(), to).isPresent()
                || at.at() > from && lex.firmNegations.at(t, at.at() - 1, to).filter(m -> m.to() > at.at()).isPresent()
                || lex.identityNegations.at(t, at.at(), to).isPresent();
        return firm || emphatic && lex.relativeMarkers.at(t, at.after(), to).isEmpty()
                || quote && at.wordsBefore() == 0 && at.after() - at.at() == 1
                || at.after() < to && lex.looksLikeVerb(t.get(at.after())) && lex.contrasts.contains(t, at.after(), to);
    }

    /** How many words may stand between the speaker's own subject and its negation ("Kami pun sama sekali tidak …"). */
    private static final int OWN_ACT_ADVERBS = 3;

    private static final java.util.Set<String> VERB = java.util.Set.of("VERB");

    /**
     * The speaker negating an act of their own: the claim opens with a first person ("Kami tidak melarang
     * warga …", "We did not hide the report"), then, past at most {@value #OWN_ACT_ADVERBS} adverbs ("Kami pun sama sekali tidak …"), a negation that
     * denies ({@link Lexicon#denies}: not "belum", "tidak lagi") and a verb. Nobody says in the news what
     * they did not do unless someone said they did: it denies that. A verb that states a lack or what befell
     * the speaker ({@code negativeFacts}: "kami tidak menerima gaji", "we did not receive any notice") is a
     * negative fact, asserted; a speech verb negated ("pihaknya tak menampik …", "kami tidak mengatakan …") is a
     * cue's business, no act; a first person who does not know or will not say is no comment, decided before.
     */
    private boolean deniesOwnAct(List<Token> t, int from, int to) {
        int i = from;
        while (i < to && !t.get(i).isWord()) {
            i++;
        }
        var self = lex.firstPersons.at(t, i, to);
        if (self.isEmpty()) {
            return false;
        }
        int j = self.get().to();
        for (int n = 0; n <= OWN_ACT_ADVERBS && j < to && t.get(j).isWord(); n++) {
            var neg = lex.negations.at(t, j, to);
            if (neg.isPresent()) {
                int verb = neg.get().to();
                return lex.denies(t, neg.get()) && verb < to
                        && (lex.looksLikeVerb(t.get(verb)) || t.get(verb).tagIn(VERB))
                        && lex.negativeFacts.at(t, verb, to).isEmpty() && lex.cues.at(t, verb, to).isEmpty();
            }
            if (!lex.modifiesVerb(t.get(j))) {
                return false;
            }
            j++;
        }
        return false;
    }

    private static boolean matchesAny(List<RulePattern> patterns, String text) {
        String folded = null;
        for (RulePattern p : patterns) {
            if (folded == null) {
                folded = PatternNeeds.fold(text);
            }
            if (!p.needs().mayFind(folded)) {
                continue; // holds none of the literals every match holds
            }
            Matcher m = p.matcher(text);
            if (m.find()) {
                return true;
            }
        }
        return false;
    }
}
