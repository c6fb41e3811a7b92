package dev.tilik.statements;

import java.util.List;

/**
 * Where a negation in a claim stands and what it governs: the claim's own predicate (the first clause,
 * after at most a subject: "Pemerintah tidak akan membayar tebusan"), or a subordinate clause, a relative
 * clause or a noun phrase after it ("…, karena tidak ada cadangan", "tenant yang tidak melakukannya",
 * "…, bukan 67 orang") that is part of what is asserted; a word of occurrence or a topic event within
 * {@value #REACH} words of it ("tidak terjadi", "tidak pernah mengirimkan tentara"); and a negation an
 * assurance governs ("memastikan tidak ada PHK"). It says where the negation is; {@link StanceClassifier}
 * decides what stance that makes.
 */
final class NegationScope {
    /** How many words after a negation it still scopes over. */
    static final int REACH = 3;

    /** How many words may stand before a negation of the claim's own predicate: its subject. */
    static final int SUBJECT_WORDS = 5;

    /** How many words a negation may stand after the assurance that governs it ("memastikan agar para buruh di pabrik itu tidak …"). */
    static final int ASSURED_SCOPE = 8;

    /** The negation of a claim's own predicate: its first token, how many words stand before it, the token after it. */
    record Predicate(int at, int wordsBefore, int after) {
    }

    /** How many words a time adverbial opening a claim may hold before the comma that closes it ("Hingga saat ini,"). */
    private static final int TIME_LEAD_WORDS = 4;

    /** A phrase found in a claim's first clause, and how many words stand before it there. */
    record Clause(PhraseMatcher.Match<String> match, int wordsBefore) {
    }

    private final Lexicon lex;

    NegationScope(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The negation of the claim's own predicate; null when none. It is the first negation in the claim's first
     * clause, after at most {@value #SUBJECT_WORDS} words ("Pemerintah tidak akan membayar", "ini bukan PDN,
     * tapi …", "Our attack did not carry …"). A lead word may open the claim before a comma or a clause break
     * ("Ternyata, tidak ada", "Tapi penyidik menemukan tidak seperti itu"); past it, a comma, a relative marker
     * or a clause break ("karena", "agar", "but") ends the first clause. A claim opening with a clause break and
     * holding a comma opens with a subordinate clause ("Kalau …, …", "Sekalipun … tidak kita cabut, tetapi …"):
     * none. A negation that denies nothing ({@link Lexicon#denies}: "belum", "tidak lagi", "tidak hanya") or
     * only counts a figure ("bukan 67 orang") is none.
     */
    Predicate ofPredicate(List<Token> t, int from, int to) {
        Clause neg = inFirstClause(t, from, to, lex.negations, SUBJECT_WORDS);
        if (neg == null) {
            return null;
        }
        return lex.denies(t, neg.match()) && !countsFigure(t, neg.match().to(), to)
                ? new Predicate(neg.match().from(), neg.wordsBefore(), neg.match().to()) : null;
    }

    /**
     * The first phrase of {@code m} in the claim's first clause, after at most {@code maxWords} words; null
     * when none. A lead word may open the claim before a comma or a clause break ("Ternyata, tidak ada");
     * past it, a comma, a relative marker or a clause break ends the first clause. A claim opening with a
     * clause break and holding a comma opens with a subordinate clause ("Kalau …, …"): none. A time adverbial is no
     * subordinate clause, at the claim's start or after its subject ("Saat ini perusahaan tidak …", "Hingga saat ini,
     * pemerintah tidak …", "Warga sampai kini tidak …", {@link #timeAdverbial}): a comma closing one at the start opens
     * the clause, its subject counted from there.
     */
    Clause inFirstClause(List<Token> t, int from, int to, PhraseMatcher<String> m, int maxWords) {
        int words = 0;
        boolean timeLead = false;
        for (int i = from; i < to; i++) {
            Token w = t.get(i);
            if (!w.isWord()) {
                if (timeLead && w.is(",") && words <= TIME_LEAD_WORDS) {
                    // "Hingga saat ini, pemerintah tidak …": the comma only closes the time adverbial opening the claim
                    timeLead = false;
                    words = 0;
                    continue;
                }
                if (words > 1 && (w.is(",") || w.isClauseEnd())) {
                    return null;
                }
                continue;
            }
            var found = m.at(t, i, to);
            if (found.isPresent()) {
                return new Clause(found.get(), words);
            }
            var brk = lex.clauseBreaks.at(t, i, to);
            boolean time = timeAdverbial(t, i, to);
            if (timeLead && words > 0 && !time && !ofTimeAdverbial(t, i, to)) {
                timeLead = false; // "Kini warga kembali, …": a subject and its verb, no time adverbial
            }
            if (words == 0 && time) {
                timeLead = true; // "Saat ini Sritex tidak …", "Sampai kini, …": a time adverbial, no subordinate clause
            }
            if (brk.isPresent() && !time && words == 0 && commaAfter(t, brk.get().to(), to)) {
                return null;
            }
            if (words > 0 && (brk.isPresent() && !time || lex.relativeMarkers.at(t, i, to).isPresent())) {
                return null;
            }
            if (++words > maxWords) {
                return null;
            }
        }
        return null;
    }

    /**
     * Where the claim's main clause starts: after an adverbial opening it with a clause break and set off by a
     * comma ("setelah perundingan kemarin, direksi berjanji untuk tidak …", "karena itu, kami memastikan tidak …");
     * else {@code from}.
     */
    int mainClause(List<Token> t, int from, int to) {
        int i = from;
        while (i < to && !t.get(i).isWord()) {
            i++;
        }
        if (i >= to || lex.clauseBreaks.at(t, i, to).isEmpty() || timeAdverbial(t, i, to)) {
            return from;
        }
        for (int k = i + 1; k < to; k++) {
            if (t.get(k).is(",")) {
                return k + 1;
            }
            if (t.get(k).isClauseEnd()) {
                return from;
            }
        }
        return from;
    }

    /**
     * True when a clause break at {@code i} only opens a time adverbial, no clause: a time word itself ("saat ini") or
     * a break right before one ("hingga saat ini tidak ada …", "sampai kini belum …").
     */
    private boolean timeAdverbial(List<Token> t, int i, int to) {
        if (lex.timeWords.at(t, i, to).isPresent()) {
            return true;
        }
        var brk = lex.clauseBreaks.at(t, i, to);
        return brk.isPresent() && brk.get().to() < to && lex.timeWords.at(t, brk.get().to(), to).isPresent();
    }

    /**
     * True for a word that may go on a time adverbial: a time word, a demonstrative ("saat ini", "sore ini"), a figure or a
     * capitalised word (a date: "Senin (1/12)", "Juni").
     */
    private boolean ofTimeAdverbial(List<Token> t, int i, int to) {
        Token w = t.get(i);
        return w.isNumber() || w.isCapitalized() || lex.timeWords.at(t, i, to).isPresent()
                || lex.demonstratives.at(t, i, to).isPresent();
    }

    /** How many tokens before a conjunction a negation it joins another to may start ("tak kooperatif dan tak …"). */
    private static final int COORDINATED = 3;

    /** How many words before a cue a clause break may follow it and still only open what is said ("menegaskan bahwa …"). */
    private static final int CUE_BEFORE_BREAK = 3;

    /**
     * True when the phrase starting at {@code at} stands in the claim's own clause. It does not in an opening
     * subordinate clause set off by a comma ("Karena tidak ada cadangan, …": it stands before the main clause), past a
     * clause break opening a clause of another rank ("… terjadi karena tidak ada cadangan", "meminta agar tambang tidak
     * ditutup", "…, namun banyak tenant yang tidak …") or right after a relative marker ("tindakan yang tak kooperatif":
     * the relative clause's own predicate), and a negation joined by a conjunction to one just before stands where
     * that one does ("yang tak kooperatif dan tak transparan"). A time word opening the claim ("Hingga kini tidak ada …"), a relative
     * clause the subject holds ("data yang dipegang peretas tidak akan dijual"), a conjunction joining subjects ("Polisi
     * dan tentara tidak terlibat") and a clause break right after a cue, which only opens what is said ("kami tegaskan
     * bahwa tidak …"), leave it the claim's own; so does a comma, which may close a lead or an apposition as well as
     * what the claim said.
     */
    boolean inOwnClause(List<Token> t, int from, int to, int at) {
        int main = mainClause(t, from, to);
        if (at < main || lex.relativeMarkers.endingAt(t, Math.max(main, at - 1), at).isPresent()) {
            return false;
        }
        var joined = at - 1 > main ? lex.conjunctions.endingAt(t, at - 1, at) : java.util.Optional.<PhraseMatcher.Match<String>>empty();
        if (joined.isPresent()) {
            // "yang tak kooperatif dan tak transparan": a negation joined to one just before shares its clause
            var earlier = lex.negations.findAll(t, Math.max(main, joined.get().from() - COORDINATED), joined.get().from());
            if (!earlier.isEmpty()) {
                return inOwnClause(t, from, to, earlier.get(0).from());
            }
        }
        int words = 0;
        for (int i = main; i < at; i++) {
            if (!t.get(i).isWord()) {
                continue;
            }
            if (words > 0 && breaksClause(t, main, to, i)) {
                return false;
            }
            words++;
        }
        return true;
    }

    /**
     * True when a clause break at {@code i} opens a clause of another rank: not a conjunction, which may join
     * subjects ("Polisi dan tentara tidak …"), nor a break right after a cue, which only opens what is said
     * ("kami tegaskan bahwa …").
     */
    private boolean breaksClause(List<Token> t, int main, int to, int i) {
        return lex.clauseBreaks.at(t, i, to).isPresent() && lex.conjunctions.at(t, i, to).isEmpty() && !timeAdverbial(t, i, to)
                && lex.cues.endingAt(t, Math.max(main, i - CUE_BEFORE_BREAK), i).isEmpty();
    }

    private static final java.util.Set<String> VERB = java.util.Set.of("VERB");

    /** How many words the clause before a correction must hold: it says what is so ("sifatnya wajib, bukan …"). */
    private static final int SAID_BEFORE_CORRECTION = 2;

    /**
     * True when the negation at {@code at} only corrects what the clause before it says ({@code corrections}: "dipicu oleh
     * senggolan motor, bukan karena tawuran", "sifatnya wajib, bukan pilihan", "caused by the heat, not by the fuel"): it
     * stands right after a comma, the word after it is no verb (a verb negated there is a predicate of its own, "…, bukan
     * merupakan bagian dari …"), and the claim's main clause before that comma holds at least {@value
     * #SAID_BEFORE_CORRECTION} words, no negation and no other comma (one would open an apposition or a relative clause
     * the comma closes: "Pulau X, yang disorot karena …, bukan bagian …").
     */
    boolean corrects(List<Token> t, int from, int to, int at) {
        var c = lex.corrections.at(t, at, to);
        if (c.isEmpty() || at - 1 < from || !t.get(at - 1).is(",")) {
            return false;
        }
        int next = c.get().to();
        if (next >= to || !t.get(next).isWord() || lex.looksLikeVerb(t.get(next)) || t.get(next).tagIn(VERB)) {
            return false;
        }
        int words = 0;
        for (int i = mainClause(t, from, to); i < at - 1; i++) {
            Token w = t.get(i);
            if (!w.isWord()) {
                if (w.is(",") || w.isClauseEnd()) {
                    return false;
                }
                continue;
            }
            if (lex.negations.at(t, i, to).isPresent()) {
                return false;
            }
            words++;
        }
        return words >= SAID_BEFORE_CORRECTION;
    }


    /**
     * True when a negation that can rule something out stands within {@value #ASSURED_SCOPE} words from
     * {@code from}, no comma, clause end or relative marker before it: what an assurance ending at {@code from}
     * governs. A negation that only says "not yet" ({@code pending}) or "nobody who" (a relative marker right
     * after it) is none.
     */
    boolean governed(List<Token> t, int from, int to) {
        int words = 0;
        for (int i = from; i < to && words <= ASSURED_SCOPE; i++) {
            Token w = t.get(i);
            if (!w.isWord()) {
                if (w.is(",") || w.isClauseEnd()) {
                    return false;
                }
                continue;
            }
            var neg = lex.negations.at(t, i, to);
            if (neg.isPresent()) {
                return lex.pending.at(t, i, to).isEmpty() && lex.relativeMarkers.at(t, neg.get().to(), to).isEmpty();
            }
            if (lex.relativeMarkers.at(t, i, to).isPresent()) {
                return false;
            }
            words++;
        }
        return false;
    }

    /**
     * A negation scoping over a word saying that something happened or that someone had a part in
     * it ({@code occurrences}): "tidak ada keterlibatan X dalam …", "mereka tidak terlibat", "tidak
     * terjadi pencampuran", "X was not involved", "no adulteration has occurred". A negation itself negated
     * a few words before ("bukan tidak …"), one that denies nothing ({@link Lexicon#denies}), one outside the
     * claim's own clause ({@link #inOwnClause}: "… gagal karena tidak terjadi …") or a comma between leaves it.
     */
    boolean overOccurrence(List<Token> t, int from, int to) {
        for (PhraseMatcher.Match<String> neg : lex.negations.findAll(t, from, to)) {
            if (lex.negations.endingAt(t, Math.max(from, neg.from() - 3), neg.from()).isPresent() || !lex.denies(t, neg)
                    || !inOwnClause(t, from, to, neg.from())) {
                continue;
            }
            for (int i = neg.to(); i < Math.min(to, neg.to() + REACH); i++) {
                if (t.get(i).is(",")) {
                    break;
                }
                if (lex.occurrences.at(t, i, to).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A negation of two words or more ending the claim's own clause: a thing said not to be there, or never to have been
     * ("Ternyata, tidak ada.", "surat itu tidak ada"); it denies what its proposition claims. Not a one-word "no"
     * ("kesimpulan kami ya tidak": the claim's own words say what it answers, too few to meet its proposition), one that
     * denies nothing ({@link Lexicon#denies}: "belum ada", "sudah tidak ada"), one negated just before ("bukan tidak"),
     * one after a conjunction ("baik … maupun tidak"), nor one outside the claim's own clause ({@link #inOwnClause}).
     */
    boolean endsClause(List<Token> t, int from, int to) {
        for (PhraseMatcher.Match<String> neg : lex.negations.findAll(t, from, to)) {
            int next = neg.to();
            if (next - neg.from() < 2 || next < to && !t.get(next).is(",") && !t.get(next).isClauseEnd()) {
                continue;
            }
            if (lex.denies(t, neg) && lex.negations.endingAt(t, Math.max(from, neg.from() - 3), neg.from()).isEmpty()
                    && (neg.from() == from || lex.conjunctions.endingAt(t, neg.from() - 1, neg.from()).isEmpty())
                    && inOwnClause(t, from, to, neg.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negation in the claim's own clause ({@link #inOwnClause}) scoping over a topic event or term within {@value #REACH}
     * words ("tidak pernah mengirimkan tentara"; not "…, bukan pengiriman tentara", "… yang tidak mengirimkan tentara").
     * As for an occurrence, a negation that denies nothing ({@link Lexicon#denies}: "belum pulih", "bukan semata-mata",
     * "tidak akan tinggal diam") or only corrects the clause before it ({@link #corrects}: "ini penyesuaian tarif, bukan
     * kenaikan pajak") leaves it.
     */
    boolean overEvent(List<Token> t, int from, int to, TopicMatcher topics) {
        for (PhraseMatcher.Match<String> neg : lex.negations.findAll(t, from, to)) {
            if (!lex.denies(t, neg) || corrects(t, from, to, neg.from()) || !inOwnClause(t, from, to, neg.from())) {
                continue;
            }
            for (int i = neg.to(); i < Math.min(to, neg.to() + REACH); i++) {
                if (topics.isEventOrTopic(t, i, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a token of {@code [from, to)} is a comma (also {@link FigureScope}'s opening whole before its part). */
    static boolean commaAfter(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** True when a figure stands within two words from {@code i}: "bukan 67 orang", "not 30". */
    private static boolean countsFigure(List<Token> t, int i, int to) {
        for (int j = i; j < Math.min(to, i + 2); j++) {
            if (t.get(j).isNumber()) {
                return true;
            }
        }
        return false;
    }
}
