package dev.tilik.statements;

import dev.tilik.rules.CueRule;
import dev.tilik.model.Stance;
import dev.tilik.rules.CueRule.Position;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the attribution of one sentence, trying in turn: a quotation followed by its cue
 * ({@code "…," ujar X}), reported speech ({@code X menegaskan (bahwa) …}, including a relative
 * clause with its source: {@code tuduhan dari X yang menyebutkan …}), a prefix
 * ({@code Menurut X, …}, {@code Menurutnya, …}), a passive ({@code … dibantah oleh X}), and a cue set
 * between commas ({@code Selain itu, lanjut X, …}). A cue's clitic may stand for the speaker
 * ({@code ," katanya}); English may put the speaker after a final cue ({@code …, said X.}). One attribution per sentence:
 * the first that fits. A sentence without one is not a statement.
 *
 * <p>Classes of their own: a headline's attributions ({@link HeadlineAttributions}), a record as the source
 * ({@link RecordAttributions}), a reported claim split at a second cue ({@link CoordinatedClaims}), the prefix and
 * passive attributions ({@link PrefixPassiveAttributions}, {@link PassiveAgent}), an attribution built from its speaker
 * phrase or clitic ({@link Attributions}), a negated reporting verb inside another's words ({@link NegatedReports}).
 */
final class AttributionFinder {
    /** How far after a closing quotation mark its cue may stand ({@code ," he said}). */
    private static final int QUOTE_CUE_WINDOW = 4;

    private final Lexicon lex;
    /** Builds an attribution from a speaker phrase's cut or a cue's clitic. */
    private final Attributions attributions;
    /** A headline's attributions: {@code X: claim}, {@code X Verb claim}, the outlet's own claim. */
    private final HeadlineAttributions headlines;
    /** A record as the source: opening the sentence, or closing a quotation. */
    private final RecordAttributions records;
    /** A reported claim split where a second cue of the speaker takes a position of its own. */
    private final CoordinatedClaims coordinated;
    /** A prefix cue before its speaker, a passive cue before its agent, a passive whose clitic is its agent. */
    private final PrefixPassiveAttributions prefixPassive;
    /** A passive cue with its agent after it and no agent marker ("dibantah satpam kompleks"). */
    private final PassiveAgent passiveAgent;
    /** A negated reporting verb inside another's words: the outer speaker denies the inner content. */
    private final NegatedReports negatedReports;
    /** A verb of speaking that is no cue, introducing a quotation after a comma ("X menjawab singkat, "…""). */
    private final IntroducedQuotations introduced;
    /** A word that is no cue closing a quotation right after its mark ("…," tutup X). */
    private final ClosedQuotations closed;

    AttributionFinder(Lexicon lex) {
        this(lex, dev.tilik.language.WordForms.plain());
    }

    AttributionFinder(Lexicon lex, dev.tilik.language.WordForms wordForms) {
        this.lex = lex;
        this.attributions = new Attributions(lex);
        this.headlines = new HeadlineAttributions(new HeadlineVerbs(lex.rules.cues(), wordForms), lex.clauseOpeners);
        this.records = new RecordAttributions(lex);
        this.coordinated = new CoordinatedClaims(lex);
        // every reported cue's bare stem, for a passive whose agent is its clitic or follows it unmarked
        HeadlineVerbs passiveStems = new HeadlineVerbs(lex.rules.cues(), wordForms, true);
        this.prefixPassive = new PrefixPassiveAttributions(lex, attributions, passiveStems);
        this.passiveAgent = new PassiveAgent(lex, passiveStems);
        this.negatedReports = new NegatedReports(lex, attributions);
        this.introduced = new IntroducedQuotations(lex, attributions);
        this.closed = new ClosedQuotations(lex, attributions);
    }

    Optional<Attribution> find(Sentence s, boolean[] dateToken) {
        return find(s, dateToken, cues(s));
    }

    /** {@link #find(Sentence, boolean[])} with the sentence's {@link #cues}, found once for it and {@link #parts}. */
    Optional<Attribution> find(Sentence s, boolean[] dateToken, List<PhraseMatcher.Match<CueRule>> cues) {
        SpeakerPhrase phrases = new SpeakerPhrase(lex, s, dateToken);
        Optional<Attribution> a = afterQuote(s, cues, phrases);
        if (a.isEmpty()) {
            a = reported(s, cues, phrases);
        }
        if (a.isEmpty()) {
            a = introduced.find(s, phrases);
        }
        if (a.isEmpty()) {
            a = closed.find(s, phrases);
        }
        if (a.isEmpty()) {
            a = prefixPassive.prefixOrPassive(s, cues, phrases);
        }
        if (a.isEmpty()) {
            a = parenthetical(s, cues, phrases);
        }
        if (a.isEmpty()) {
            a = unquotedEnd(s, cues, phrases);
        }
        if (a.isEmpty()) {
            a = records.record(s, cues);
        }
        if (a.isEmpty()) {
            a = records.recordFromSource(s, cues, phrases);
        }
        if (a.isEmpty()) {
            a = records.recordAfterQuote(s);
        }
        if (a.isEmpty()) {
            a = prefixPassive.passiveClitic(s, phrases);
        }
        if (a.isEmpty()) {
            a = passiveAgent.find(s);
        }
        return a;
    }

    /**
     * Reported speech without quotation marks, closed by a cue of the quote position after a comma:
     * {@code Korban tidak pernah ikut tawuran, kata Rina seperti dikutip Kabar, Selasa.} or {@code …,
     * katanya.} or {@code …, kata dia.} The speaker (capitalised, a pronoun, or the cue's clitic) runs to the sentence's end but for a
     * channel clause, a time or where it was said; the claim is everything before the comma.
     */
    private Optional<Attribution> unquotedEnd(Sentence s, List<PhraseMatcher.Match<CueRule>> cues, SpeakerPhrase phrases) {
        if (!s.quotes().isEmpty()) {
            return Optional.empty();
        }
        for (PhraseMatcher.Match<CueRule> cue : cues) {
            if (cue.value().position() != Position.QUOTE || cue.from() < 3 || !s.token(cue.from() - 1).is(",")
                    || colonBefore(s, cue.from())) {
                continue; // "… dengan judul: <a headline>, kata X": a title quoted, not words reported
            }
            CharSpan claim = claimSpan(s, 0, cue.from() - 1);
            SpeakerPhrase.Cut cut = phrases.right(cue.to(), s.size());
            if (claim.isEmpty() || !onlyCircumstance(s, phrases, cut.isEmpty() ? cue.to() : cut.to())) {
                continue;
            }
            if (cut.isEmpty() && !cue.clitic().isEmpty()) {
                return Optional.of(Attributions.clitic(s, cue, claim, false, cut.via()));
            }
            boolean pronoun = cut.to() - cut.from() == 1 && lex.pronouns.at(s.tokens(), cut.from(), cut.to()).isPresent();
            if (!cut.isEmpty() && (s.token(cut.from()).isCapitalized() || pronoun) && phrases.plausible(cut)) {
                // "…, kata Maruli hanya bersifat administratif.": the claim goes on after the name, never the speaker's
                int[] named = SpeakerVerbGroup.cut(lex, s, new int[] {cut.from(), cut.to()});
                SpeakerPhrase.Cut speaker = new SpeakerPhrase.Cut(named[0], named[1], cut.via(), -1, -1);
                return Optional.of(attributions.of(s, speaker, cue, false, claim, false));
            }
        }
        return Optional.empty();
    }

    private static boolean colonBefore(Sentence s, int to) {
        for (int i = 0; i < to; i++) {
            if (s.token(i).is(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when tokens from {@code from} to the sentence's end say only how, when or where words were
     * said: punctuation, and comma-separated parts each a channel clause ("seperti dikutip Kabar"), a
     * clause opener ("saat ditemui", "kepada wartawan") or a time ("Selasa (3/12)").
     */
    private boolean onlyCircumstance(Sentence s, SpeakerPhrase phrases, int from) {
        int i = from;
        while (i < s.size()) {
            if (!s.token(i).isWord()) {
                i++;
                continue;
            }
            int end = s.nextComma(i, s.size());
            if (!lex.via.at(s.tokens(), i, end).isPresent() && !lex.clauseOpeners.at(s.tokens(), i, end).isPresent()
                    && !phrases.timeOnly(i, end)) {
                return false;
            }
            i = end;
        }
        return true;
    }

    /**
     * The claims of one attribution, each to be a statement with its own stance: a reported claim that
     * goes on with a second cue of the same speaker is two ({@code X menyatakan bahwa A, dan memastikan
     * bahwa B}; {@code X said A and added that B}), the second under its own cue; a quotation of several
     * sentences is one claim per sentence ({@link QuoteGroups#claimSentences}).
     */
    List<Attribution> parts(Sentence s, Attribution a) {
        return parts(s, a, cues(s));
    }

    /** {@link #parts(Sentence, Attribution)} with the sentence's {@link #cues} as {@link #find} had them. */
    List<Attribution> parts(Sentence s, Attribution a, List<PhraseMatcher.Match<CueRule>> cues) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution c : coordinated.split(s, a, cues)) {
            for (CharSpan claim : QuoteGroups.claimSentences(s, c.claim(), lex.abbreviations)) {
                out.add(claim.equals(c.claim()) ? c : c.withClaim(claim));
            }
        }
        return out;
    }

    /** A headline's {@code X: claim} ({@link HeadlineAttributions#headlineColon}). */
    Optional<Attribution> headlineColon(Sentence s) {
        return headlines.headlineColon(s);
    }

    /** True when {@code a} is a headline read as its outlet's own claim ({@link HeadlineAttributions#outlet}). */
    static boolean isOutlet(Attribution a) {
        return HeadlineAttributions.isOutlet(a);
    }

    /** A headline that names no speaker as the claim of its outlet ({@link HeadlineAttributions#outlet}). */
    Optional<Attribution> outlet(Sentence s, CharSpan source) {
        return headlines.outlet(s, source);
    }

    /** A headline's {@code X Verb claim} ({@link HeadlineAttributions#headlineVerb}). */
    Optional<Attribution> headlineVerb(Sentence s) {
        return headlines.headlineVerb(s);
    }

    /** How many tokens into a sentence a parenthetical cue may stand ("Selain itu, lanjut X, …"). */
    private static final int PARENTHETICAL_REACH = 6;

    /**
     * How many tokens into a sentence a parenthetical cue may stand when the words before it are the claim's own
     * subject, one phrase up to the cue's comma ("Efisiensi yang dilakukan di awal 2025, lanjut X, berlaku …").
     */
    private static final int SUBJECT_REACH = 12;

    /**
     * A cue of the quote position set between commas near the sentence's start, its speaker after it,
     * the claim after the closing comma: {@code Selain itu, lanjut Rina, 20 korban …}; or the cue with
     * its clitic standing for the speaker: {@code Dengan itu katanya, ada 11 nama …}.
     */
    private Optional<Attribution> parenthetical(Sentence s, List<PhraseMatcher.Match<CueRule>> cues, SpeakerPhrase phrases) {
        for (PhraseMatcher.Match<CueRule> cue : cues) {
            if (cue.value().position() != Position.QUOTE
                    || cue.from() > PARENTHETICAL_REACH && !afterSubject(s, cue.from())) {
                continue;
            }
            if (!cue.clitic().isEmpty() && cue.to() < s.size() && s.token(cue.to()).is(",")) {
                CharSpan claim = claimSpan(s, cue.to() + 1, s.size());
                if (!claim.isEmpty()) {
                    return Optional.of(Attributions.clitic(s, cue, claim, false, null));
                }
                continue;
            }
            boolean opens = cue.from() == 0 || s.token(cue.from() - 1).is(",");
            SpeakerPhrase.Cut cut = phrases.right(cue.to(), s.size());
            if (!opens || !phrases.plausible(cut) || cut.to() >= s.size() || !s.token(cut.to()).is(",")) {
                continue;
            }
            CharSpan claim = claimSpan(s, cut.to() + 1, s.size());
            if (!claim.isEmpty()) {
                return Optional.of(attributions.of(s, cut, cue, false, claim, false));
            }
        }
        return Optional.empty();
    }

    /**
     * True when a cue past {@link #PARENTHETICAL_REACH} still stands between commas after one phrase opening the
     * sentence: the words before its comma hold no other comma and the sentence no quotation, so they are the subject
     * the speaker's claim goes on from, as Indonesian copy sets a cue inside reported speech ("Efisiensi yang dilakukan
     * di awal 2025, lanjut Hasan, berlaku bagi seluruh kabupaten/kota"). A longer opening, or one with a clause set off
     * before it, is left.
     */
    private static boolean afterSubject(Sentence s, int cue) {
        if (cue > SUBJECT_REACH || cue < 2 || !s.quotes().isEmpty() || !s.token(cue - 1).is(",")) {
            return false;
        }
        for (int i = 0; i < cue - 1; i++) {
            if (s.token(i).is(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cue words outside quotations; a refusal word ("menolak") is no cue when a cue follows it. The scan of every
     * token against the cues (and, in English, their lemmas) is the finder's largest cost: a caller asking
     * {@link #find} and {@link #parts} of one sentence finds them once.
     */
    List<PhraseMatcher.Match<CueRule>> cues(Sentence s) {
        List<PhraseMatcher.Match<CueRule>> all = lex.cues.findAll(s.tokens(), 0, s.size());
        List<PhraseMatcher.Match<String>> refusals = lex.refusals.findAll(s.tokens(), 0, s.size());
        List<PhraseMatcher.Match<CueRule>> out = new ArrayList<>();
        for (PhraseMatcher.Match<CueRule> m : all) {
            boolean refusal = refusals.stream().anyMatch(r -> m.from() >= r.from() && m.from() < r.to()
                    && all.stream().anyMatch(next -> next.from() == r.to()));
            boolean nominal = lex.rules.cueLemmas() && NounPhrases.nominalCue(s, m.from());
            if (!s.inQuote(m.from()) && !refusal && !nominal) {
                out.add(m);
            }
        }
        return WeakCues.without(lex, s, out);
    }

    private Optional<Attribution> afterQuote(Sentence s, List<PhraseMatcher.Match<CueRule>> cues, SpeakerPhrase phrases) {
        for (int[] q : s.quotes()) {
            if (q.length == 3) {
                continue;
            }
            int after = q[1] + 1;
            int window = quoteCueWindow(s, after);
            for (PhraseMatcher.Match<CueRule> cue : cues) {
                Position p = cue.value().position();
                if (cue.from() < after || cue.from() > after + window
                        || p == Position.PREFIX || p == Position.PASSIVE) {
                    continue;
                }
                int lo = after;
                while (lo < cue.from() && s.token(lo).is(",")) {
                    lo++;
                }
                if (lex.contrasts.at(s.tokens(), lo, cue.from()).isPresent()) {
                    continue; // "… the cause was \"bad weather,\" but the crew reported …": the contrast turns from the quotation
                }
                SpeakerPhrase.Cut cut = lo < cue.from() ? phrases.left(lo, cue.from()) : phrases.right(cue.to(), s.size());
                CharSpan claim = claimSpan(s, q[0], q[1]);
                if (cut.isEmpty() && !cue.clitic().isEmpty()) {
                    return Optional.of(Attributions.clitic(s, cue, claim, true, cut.via()));
                }
                if (phrases.plausible(cut)) {
                    return Optional.of(attributions.of(s, cut, cue, false, claim, true));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Attribution> reported(Sentence s, List<PhraseMatcher.Match<CueRule>> cues, SpeakerPhrase phrases) {
        Optional<Attribution> last = invertedLast(s, cues, phrases);
        if (last.isPresent()) {
            return last;
        }
        for (PhraseMatcher.Match<CueRule> cue : cues) {
            if (cue.value().position() != Position.REPORTED) {
                continue;
            }
            int lo = clauseStart(s, cue.from());
            int hi = cue.from();
            boolean negated = false;
            Optional<PhraseMatcher.Match<String>> refusal = lex.refusals.endingAt(s.tokens(), lo, hi);
            Optional<PhraseMatcher.Match<String>> negation = lex.negations.endingAt(s.tokens(), Math.max(lo, hi - 3), hi);
            if (refusal.isEmpty() && purpose(s, lo, hi)) {
                continue; // "… meminta PT X untuk merilis …": what someone is to say, not a saying of the words before
            }
            int group = s.tagged() ? NounPhrases.verbGroupStart(s, lo, hi) : hi;
            if (negation.isPresent() && refusal.isEmpty() && cue.value().stance() == Stance.ASSERT) {
                Optional<Attribution> outer = negatedReports.outer(s, cues, cue, negation.get(), lo, phrases);
                if (outer.isPresent()) {
                    return outer;
                }
            }
            if (refusal.isPresent()) {
                hi = refusal.get().from();
                negated = true;
            } else if (negation.isPresent()) {
                hi = negation.get().from();
                negated = true;
            } else if (group < hi) {
                negated = lex.negations.contains(s.tokens(), group, hi);
                hi = group;
            }
            Optional<PhraseMatcher.Match<String>> relative = lex.relativeMarkers.endingAt(s.tokens(), Math.max(lo, hi - 1), hi);
            SpeakerPhrase.Cut cut;
            if (relative.isPresent()) {
                cut = relativeSource(s, lo, relative.get().from(), phrases);
                if (cut == null) {
                    continue;
                }
                negated |= negatedSource(s, lo, cut.from());
            } else {
                // "Rina criticised the delay, saying …": the participle's speaker is its clause's subject
                SpeakerPhrase.Cut subject = hi == cue.from() ? ParticipleSubject.subject(s, phrases, lo, hi) : null;
                cut = subject != null ? subject : phrases.left(lo, hi);
            }
            int told = addressee(s, cue.to());
            // "said on Monday that …": when and where it was said is no part of the claim
            int from = afterComplementizers(lex, s, told == cue.to() ? CueCircumstance.claimStart(lex, s, told) : told);
            boolean quote = from < s.size() && s.token(from).isQuote();
            CharSpan claim = phrases.timeOnly(from, s.size()) ? s.spanOf(from, from) // "…, police said Sunday."
                    : claimSpan(s, from, s.size());
            if (!claim.isEmpty() && (s.tagged() || !phrases.plausible(cut))) {
                Optional<Attribution> inverted = inverted(s, cue, lo, phrases);
                if (inverted.isPresent()) {
                    return inverted;
                }
            }
            if (claim.isEmpty()) {
                int comma = lastCommaBefore(s, lo, hi);
                if (comma > lo && cut.from() < comma) {
                    cut = phrases.left(comma + 1, hi); // the whole clause was taken for the speaker
                }
                int named = comma == hi - 1 && hi == cue.from() ? SetOffSpeakers.nameBeforeApposition(s, lo, comma) : -1;
                if (named > lo && holdsVerb(s, lo, named)) {
                    // "…, Rina Wati, spokeswoman of the agency, said.": the name set off before the apposition speaks
                    int c1 = lastCommaBefore(s, named, comma);
                    SpeakerPhrase.Cut name = new SpeakerPhrase.Cut(named + 1, c1, null, c1 + 1, comma);
                    CharSpan said = claimSpan(s, lo, named);
                    if (phrases.plausible(name) && !said.isEmpty()) {
                        return Optional.of(attributions.of(s, name, cue, negated, said, false));
                    }
                }
            }
            if (!phrases.plausible(cut)) {
                continue;
            }
            if (claim.isEmpty() && cut.from() > lo) {
                claim = claimSpan(s, lo, cut.from()); // "…, state media said."
            }
            Optional<Attribution> denied = negatedReports.inClaim(s, cues, from, phrases);
            if (denied.isPresent() && !quote && !negated) {
                Attribution d = denied.get();
                Attribution outer = attributions.of(s, cut, cue, false, d.claim(), false);
                return Optional.of(new Attribution(outer.speaker(), outer.pronoun(), outer.group(), d.cue(),
                        outer.cueSpan(), outer.cueFrom(), false, d.claim(), false, outer.via(), outer.source()));
            }
            return Optional.of(attributions.of(s, cut, cue, negated, claim, quote));
        }
        return Optional.empty();
    }

    /** How many words may name whom a speaker told, between the cue and the complementizer ("informed local journalists that"). */
    private static final int ADDRESSEE = 3;

    /**
     * Where what was said starts after a cue that names whom it was told before its complementizer, in a
     * tagged sentence ("informed journalists that …", "told reporters that …", "assured residents that …"): past
     * the complementizer, the addressee being no part of the claim; else {@code from}.
     */
    private int addressee(Sentence s, int from) {
        if (!s.tagged() || from >= s.size() || !s.token(from).tagIn(java.util.Set.of("NOUN", "PROPN", "PRON"))) {
            return from;
        }
        for (int k = from + 1; k < Math.min(s.size(), from + ADDRESSEE + 1); k++) {
            Optional<PhraseMatcher.Match<String>> c = lex.complementizers.at(s.tokens(), k);
            if (c.isPresent()) {
                return c.get().to();
            }
            if (!s.token(k).isWord() || !s.token(k).tagIn(java.util.Set.of("NOUN", "PROPN", "ADJ", "DET"))) {
                return from;
            }
        }
        return from;
    }

    /** The token after the complementizers, colons and commas from {@code from} ("that", "bahwa"): where a reported claim opens. */
    static int afterComplementizers(Lexicon lex, Sentence s, int from) {
        while (from < s.size() && (lex.complementizers.at(s.tokens(), from).isPresent()
                || s.token(from).is(":") || s.token(from).is(","))) {
            from = lex.complementizers.at(s.tokens(), from).map(PhraseMatcher.Match::to).orElse(from + 1);
        }
        return from;
    }

    /**
     * The speaker after a sentence-final cue, the claim before it: {@code …, said West Java police
     * spokesperson Jules Abast.} The cue must follow a comma and the speaker (with an apposition) run to
     * the sentence's end; only in tagged sentences, where a clause is told from a noun phrase by its verb.
     */
    private Optional<Attribution> inverted(Sentence s, PhraseMatcher.Match<CueRule> cue, int lo, SpeakerPhrase phrases) {
        if (!s.tagged() || cue.from() <= lo + 1 || !s.token(cue.from() - 1).is(",")
                || lex.complementizers.at(s.tokens(), cue.to()).isPresent() || !holdsVerb(s, lo, cue.from() - 1)) {
            return Optional.empty();
        }
        int end = SetOffSpeakers.beforeOccasion(s, lex, cue.to(), s.size()); // "said X at a press conference"
        SpeakerPhrase.Cut right = phrases.right(cue.to(), end);
        while (end > right.to() && !s.token(end - 1).isWord()) {
            end--;
        }
        int spoken = right.hasSource() && right.sourceTo() > right.to() ? right.sourceTo() : right.to();
        spoken = SetOffSpeakers.pastShortForms(s, spoken, end); // "said Rina, a spokeswoman for the agency (NDA)."
        boolean toEnd = spoken >= end || SetOffSpeakers.closesInverted(s, lex, spoken, end); // "said Mr Dalang, the head of …"
        if (!phrases.plausible(right) || !toEnd) {
            return Optional.empty();
        }
        CharSpan claim = claimSpan(s, lo, cue.from() - 1);
        return claim.isEmpty() ? Optional.empty() : Optional.of(attributions.of(s, right, cue, false, claim, false));
    }

    /**
     * The sentence-final inverted cue's reading when another reported cue stands before it: {@code The bodies lay near
     * the crater, estimated to be a few metres away, said Rina Wati, the deputy chief.} The speaker named after the
     * last cue at the sentence's end says the whole clause before its comma, the earlier cue's words included; the
     * earlier cue's own reading would take a phrase of the clause for a speaker and the named speaker for its claim.
     * The words after the last cue must open capitalised, as a name or a title does.
     */
    private Optional<Attribution> invertedLast(Sentence s, List<PhraseMatcher.Match<CueRule>> cues, SpeakerPhrase phrases) {
        PhraseMatcher.Match<CueRule> first = null;
        PhraseMatcher.Match<CueRule> last = null;
        for (PhraseMatcher.Match<CueRule> cue : cues) {
            if (cue.value().position() == Position.REPORTED) {
                first = first == null ? cue : first;
                last = cue;
            }
        }
        if (last == null || last == first || !s.tagged() || last.to() >= s.size() || !s.token(last.to()).isCapitalized()) {
            return Optional.empty(); // "…, exposing the country's weakness": a participle's object, no one named
        }
        return inverted(s, last, clauseStart(s, last.from()), phrases);
    }

    /**
     * True when tokens {@code [from, to)} hold a verb in lower case: a clause, which a cue set off after it may report
     * ("…, said X"). A name and its apposition hold none ("Brigadier General X, the army's head of information, confirmed
     * the toll"): the cue after them is their own, its object no speaker.
     */
    private static boolean holdsVerb(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).isWord() && !s.token(i).isCapitalized() && s.token(i).tagIn(java.util.Set.of("VERB", "AUX"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far after a closing quotation mark its cue may stand: {@link #QUOTE_CUE_WINDOW} tokens, or,
     * in a tagged sentence, past the whole noun phrase there ({@code ," a South Korean defence official said}).
     */
    private static int quoteCueWindow(Sentence s, int after) {
        int from = after;
        while (from < s.size() && s.token(from).is(",")) {
            from++;
        }
        if (!s.tagged()) {
            return Math.max(QUOTE_CUE_WINDOW, titleChainEnd(s, from) - after);
        }
        int np = NounPhrases.endAfter(s, from, Math.min(s.size(), from + SpeakerPhrase.MAX_WORDS));
        // an acronym in parentheses inside the phrase goes with it: ," national disaster mitigation
        // agency (BNPB) spokesman Abdul Muhari said
        while (np > from && np + 3 < s.size() && s.token(np).is("(") && s.token(np + 2).is(")")
                && np + 3 - from < SpeakerPhrase.MAX_WORDS) {
            int more = NounPhrases.endAfter(s, np + 3, Math.min(s.size(), from + SpeakerPhrase.MAX_WORDS + 2));
            if (more <= np + 3) {
                break;
            }
            np = more;
        }
        np = SetOffSpeakers.pastApposition(s, np, Math.min(s.size(), from + 2 * SpeakerPhrase.MAX_WORDS));
        return Math.max(QUOTE_CUE_WINDOW, np - after);
    }

    /**
     * Where a chain of capitalised words from {@code from} ends, short forms in parentheses and one comma
     * after it passed: an office and name written out in full before its cue verb ({@code ," Kepala
     * Bidang Humas Polda X Kombes Rina, mengatakan …}).
     */
    private static int titleChainEnd(Sentence s, int from) {
        int i = from;
        int words = 0;
        while (i < s.size() && words < SpeakerPhrase.MAX_TITLE_WORDS) {
            Token t = s.token(i);
            if (t.isWord() && t.isCapitalized()) {
                words++;
                i++;
            } else if (t.is("(") && i + 2 < s.size() && s.token(i + 2).is(")")) {
                i += 3;
            } else {
                break;
            }
        }
        return words > 0 && i < s.size() && s.token(i).is(",") ? i + 1 : i;
    }

    /**
     * True when the clause before a relative source is negated: "tidak ditemukan satu pun informasi dari
     * X yang membenarkan klaim tersebut", "no official source that confirmed it": nobody there confirms.
     */
    private boolean negatedSource(Sentence s, int lo, int source) {
        int from = lo;
        for (int k = source - 1; k > lo; k--) {
            if (s.token(k).is(",")) {
                from = k + 1;
                break;
            }
        }
        return lex.negations.contains(s.tokens(), from, source);
    }

    /**
     * True when a scope word in lower case stands right before the cue at {@code hi} ("untuk merilis", "to confirm"):
     * the cue is what someone is asked or means to say, a purpose, and the words before it are not its speaker
     * ("Ia berjanji akan meminta PT X untuk merilis daftar korban", "the SAR coordinator to ensure …").
     */
    private boolean purpose(Sentence s, int lo, int hi) {
        return hi - 1 > lo && s.token(hi - 1).isWord() && !s.token(hi - 1).isCapitalized()
                && lex.scopeWords.at(s.tokens(), hi - 1, hi).isPresent();
    }

    /**
     * {@code … tuduhan dari X yang menyebutkan}: X, when a source marker stands in the clause; else
     * {@code … pernyataan X yang menyebut …}: X, the capitalised name a record's noun (rules {@code records}) is
     * followed by — whose words the record is, as a speaker phrase opening with a record speaks for the body it names.
     */
    private SpeakerPhrase.Cut relativeSource(Sentence s, int lo, int relative, SpeakerPhrase phrases) {
        for (int i = relative - 1; i >= lo; i--) {
            Optional<PhraseMatcher.Match<String>> src = lex.sourceMarkers.at(s.tokens(), i, relative);
            if (src.isPresent()) {
                return phrases.right(src.get().to(), relative);
            }
        }
        for (int i = relative - 2; i >= lo; i--) {
            Optional<PhraseMatcher.Match<String>> rec = lex.records.at(s.tokens(), i, relative);
            if (rec.isPresent() && rec.get().to() < relative && (i == 0 || !s.token(i).isCapitalized())
                    && s.token(rec.get().to()).isCapitalized()) {
                SpeakerPhrase.Cut named = phrases.right(rec.get().to(), relative);
                return phrases.plausible(named) ? named : null;
            }
        }
        return null;
    }



    /** The last comma in tokens {@code [lo, hi)}, or -1. */
    private static int lastCommaBefore(Sentence s, int lo, int hi) {
        for (int k = hi - 1; k > lo; k--) {
            if (s.token(k).is(",")) {
                return k;
            }
        }
        return -1;
    }

    /** Token index where the clause holding token {@code i} starts (after a colon or semicolon). */
    private static int clauseStart(Sentence s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (s.token(k).is(":") || s.token(k).is(";")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** The claim in tokens {@code [from, to)}, without a closing full stop or trailing comma. */
    static CharSpan claimSpan(Sentence s, int from, int to) {
        while (to > from && (s.token(to - 1).is(".") || s.token(to - 1).is(",") || s.token(to - 1).is("!"))) {
            to--;
        }
        return s.spanOf(from, to);
    }
}
