package dev.tilik.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts the speaker's noun phrase out of the words around a cue, as written: adverbials before it
 * ("Di sisi lain,"), time adverbials (", pada Jumat (18/10),"), via clauses (", seperti dilansir AFP,")
 * and adverbs next to the cue ("dengan tegas", "juga") are left out; appositions stay
 * ("Seoul dan sekutunya, AS"). Channels and "menurut X" sources found on the way are kept aside.
 * The speaker after a cue is {@link SpeakerAfterCue}'s; a phrase before one too long to be a speaker is shortened by
 * {@link LongSpeakerPhrase}.
 */
final class SpeakerPhrase {

    /** Tokens {@code [from, to)} of the speaker; via and source as found beside it (or null / -1). */
    record Cut(int from, int to, String via, int sourceFrom, int sourceTo) {
        boolean isEmpty() {
            return from >= to;
        }

        boolean hasSource() {
            return sourceFrom >= 0 && sourceTo > sourceFrom;
        }
    }

    /** Tags of verbs: a tagged "speaker" holding one is a clause, not a noun phrase. */
    private static final java.util.Set<String> FINITE = java.util.Set.of("VERB", "AUX");

    /** Most words a speaker phrase may have; longer ones are clauses, not speakers. */
    static final int MAX_WORDS = 12;

    /**
     * Most words of a speaker phrase whose every content word is capitalised: an office, its body and a
     * name chained ("Kepala Bidang Rehabilitasi dan Rekonstruksi Badan … Sumatera Barat Ilham Wahab"),
     * which real copy writes out in full; a clause this long has a word in lower case.
     */
    static final int MAX_TITLE_WORDS = 20;

    /** Most words of a name set off after an office ("Kepala Dinas X, Komisaris Besar Rina Wati Saputri"). */
    static final int MAX_NAME_WORDS = 6;

    private final Lexicon lex;
    private final Sentence s;
    private final boolean[] dateToken;
    /** Where a speaker starts after a clause opener written without a comma. */
    private final OpenerSubject opener;

    SpeakerPhrase(Lexicon lex, Sentence s, boolean[] dateToken) {
        this.lex = lex;
        this.s = s;
        this.dateToken = dateToken;
        this.opener = new OpenerSubject(lex, s);
    }

    /** The speaker standing before a cue, in tokens {@code [lo, hi)}. */
    Cut left(int lo, int hi) {
        List<int[]> segments = new ArrayList<>();
        int i = lo;
        while (i < hi) {
            int c = s.nextComma(i, hi);
            if (c > i) {
                segments.add(new int[] {i, c});
            }
            i = c + 1;
        }
        String via = null;
        int srcFrom = -1;
        int srcTo = -1;
        boolean[] keep = new boolean[segments.size()];
        boolean[] opens = new boolean[segments.size()];
        int lastWords = segments.size() - 1; // a time set off after the speaker ("…, (28/2/2025) menyatakan") is no segment of its own
        while (lastWords > 0 && (isTimeOnly(segments.get(lastWords)[0], segments.get(lastWords)[1])
                || degrees(segments.get(lastWords)[0], segments.get(lastWords)[1]))) {
            lastWords--; // nor a degree set off after the name ("…, M.M mengatakan")
        }
        for (int k = 0; k < segments.size(); k++) {
            int[] seg = segments.get(k);
            Optional<PhraseMatcher.Match<String>> v = lex.via.at(s.tokens(), seg[0], seg[1]);
            Optional<PhraseMatcher.Match<dev.tilik.rules.CueRule>> cue = lex.cues.at(s.tokens(), seg[0], seg[1]);
            int inner = innerVia(seg[0], seg[1]);
            int opened = k == lastWords ? opener.after(seg[0], seg[1]) : -1;
            if (inner > seg[0]) {
                seg[0] = inner; // "PT Sukamaju melalui juru bicaranya Rina Wati": the one speaking through it
                keep[k] = true;
                opens[k] = true;
            } else if (opened > seg[0]) {
                boolean contrast = lex.contrasts.at(s.tokens(), seg[0], opened).isPresent();
                seg[0] = opened; // "Sedangkan Sadira mengaku …", "Namun Kapolres menegaskan …"
                keep[k] = true;
                // "Ia tidak merinci …, tetapi Rudi mengklaim …": after a clause of its own, the opener starts the speaker's;
                // after a contrast it always does, whatever verb the clause before holds ("Ia tiba …, namun dokter menyatakan")
                opens[k] = k > 0 && (contrast || holdsVerb(segments.get(k - 1)));
            } else if (v.isPresent()) {
                int nameFrom = v.get().to();
                boolean generic = nameFrom < seg[1] && !s.token(nameFrom).isCapitalized();
                if (generic && k + 2 < segments.size() && s.token(segments.get(k + 1)[0]).isCapitalized()) {
                    k++;
                    via = channelName(segments.get(k)[0], segments.get(k)[1]);
                } else {
                    via = channelName(nameFrom, seg[1]);
                }
            } else if (cue.isPresent() && cue.get().value().position() == dev.tilik.rules.CueRule.Position.PREFIX) {
                srcFrom = cue.get().to();
                srcTo = seg[1];
            } else if (!lex.clauseOpeners.at(s.tokens(), seg[0], seg[1]).isPresent()
                    && !(k < segments.size() - 1 && adverbial(seg[0], seg[1]))
                    && !lex.relativeMarkers.at(s.tokens(), seg[0], seg[1]).isPresent()
                    && !isTimeOnly(seg[0], seg[1])
                    && !NounPhrases.startsWithVerb(s, seg[0], seg[1])
                    && !(k < lastWords && verbClause(seg[0], seg[1]))
                    && !(k < lastWords && SetOffClause.opens(lex, s, seg[0], seg[1]))) {
                keep[k] = true;
            }
        }
        int last = segments.size() - 1;
        while (last >= 0 && !keep[last]) {
            last--;
        }
        if (last > 1 && last == lastWords && last < segments.size() - 1 && placeOfCircumstance(segments, keep, last)) {
            keep[last] = false; // "X, dalam rapat … di kompleks DPR, Jakarta, Kamis (27/6) memaparkan": the city is where
            last -= 2;
            while (last >= 0 && !keep[last]) {
                last--;
            }
        }
        int named = -1; // "dr. Rina Wati, MPH said", "Rudi Hartono, S.H., M.H. mengatakan": degrees, no body one speaks for
        int namedEnd = -1;
        for (int k = last; k > 0 && keep[k - 1] && segments.get(last)[1] - segments.get(k)[0] <= 12; k--) {
            if (!degrees(segments.get(k)[0], segments.get(last)[1])) {
                continue;
            }
            int[] before = segments.get(k - 1);
            int end = nameBeforeDottedDegree(before);
            if (end < 0 && endsWithName(before)) {
                end = before[1];
            }
            if (end > 0) {
                named = k - 1;
                namedEnd = end;
            }
        }
        if (named >= 0) {
            segments.get(named)[1] = namedEnd; // "Budi Santoso S.I.P., M.M": the first degree written onto the name
            for (int k = named + 1; k <= last; k++) {
                keep[k] = false;
            }
            last = named;
        }
        if (last < 0) {
            return new Cut(hi, hi, via, srcFrom, srcTo);
        }
        int first = last;
        while (first > 0 && keep[first - 1] && !opens[first]) {
            first--;
        }
        int[] r = trim(segments.get(first)[0], segments.get(last)[1]);
        if (s.tagged() && first < last && namedSubject(segments.get(first), segments.get(first + 1))) {
            // "Dadan Hindayana, head of the agency that oversees …, said": the name opening the subject speaks, the
            // apposition after it is its source (for the party)
            r = trim(segments.get(first)[0], segments.get(first)[1]);
            if (srcFrom < 0) {
                srcFrom = segments.get(last)[0]; // the apposition next to the cue, as before ("…, or BSSN, said")
                srcTo = segments.get(last)[1];
            }
            return new Cut(r[0], r[1], via, srcFrom, srcTo);
        }
        if (s.tagged()) {
            r = nounPhrase(segments, first, last, r);
        }
        if (r[1] - r[0] > 1 && lex.pronouns.at(s.tokens(), r[1] - 1, r[1]).isPresent()
                && !s.token(r[1] - 1).isCapitalized() && !lex.conjunctions.endingAt(s.tokens(), r[1] - 2, r[1] - 1).isPresent()) {
            r[0] = r[1] - 1; // "Lebih lanjut ia mengatakan", "Hasil olah TKP sementara, ia menyebut": the pronoun speaks
        }
        LongSpeakerPhrase shortened = new LongSpeakerPhrase(this, lex, s);
        r = shortened.nameBeforeClosedClause(r, hi); // "Dedi yang datang bersama … pun meminta"
        r = shortened.withoutRelativeClause(r);
        r = shortened.withoutCircumstance(r);
        r = shortened.toSetOffName(r); // "Agus (55), kakak kandung korban, …, Senin (12/5/2025), menolak
        r = SpokenOccasion.cut(lex, s, this, r); // "Rina Wati dalam keterangan resminya di Jakarta, menyatakan"
        r = SpeakerVerbGroup.cut(lex, s, r); // "Rina sempat mengatakan", "ia akan memastikan"
        return new Cut(r[0], r[1], via, srcFrom, srcTo);
    }

    private static final java.util.regex.Pattern DEGREE =
            java.util.regex.Pattern.compile("[A-Z]{2,5}|([A-Z][A-Za-z]{0,2}\\.)+([A-Z][A-Za-z]{0,3}\\.?)?");

    /**
     * True when tokens {@code [from, to)}, set off after a speaker's name, hold only academic degrees, each between commas ("MPH", "M.Kes",
     * "Sp.PD", "Ph.D", "S.H."): capitals of two to five letters, or abbreviations with a point holding two capitals or
     * more ("Tbk." holds one). Copy writes a body before a person's name ("Kepala BNPB Suharyanto") and a degree after it.
     */
    private boolean degrees(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(s.token(i).text());
        }
        for (String x : b.toString().split(",")) {
            if (x.isEmpty() || x.length() > 8 || !DEGREE.matcher(x).matches() || x.chars().filter(Character::isUpperCase).count() < 2) {
                return false;
            }
        }
        return b.length() > 0;
    }

    /**
     * Where the name ends when {@code seg} closes with a name and a dotted degree written onto it before the comma
     * that sets off the next ("Kepala Dinas Sukamaju Budi Santoso S.I.P., M.M"): the token after the name's last word,
     * or -1. Only a degree holding a point: a short form in capitals after a capitalised word is as often a body
     * ("Juru Bicara KPK").
     */
    private int nameBeforeDottedDegree(int[] seg) {
        StringBuilder tail = new StringBuilder();
        for (int j = seg[1] - 1; j > seg[0] && seg[1] - j <= 6; j--) {
            tail.insert(0, s.token(j).text());
            if (tail.indexOf(".") >= 0 && degrees(j, seg[1]) && s.token(j - 1).text().chars().allMatch(Character::isLetter)
                    && s.token(j - 1).end() < s.token(j).start() && endsWithName(new int[] {seg[0], j})) {
                return j;
            }
        }
        return -1;
    }

    /** True when {@code seg}'s last word is a name's: capitalised, not in capitals, two letters or more. */
    private boolean endsWithName(int[] seg) {
        for (int i = seg[1] - 1; i >= seg[0]; i--) {
            Token t = s.token(i);
            if (t.isWord()) {
                return t.isCapitalized() && !Acronyms.allCaps(t.text()) && t.text().length() >= 2;
            }
        }
        return false;
    }

    /**
     * True when tokens {@code [from, to)}, a segment set off before the speaker's, are a clause opening with a verb and
     * going on in lower case ("Mendengar hal itu, Rina …", "Menanggapi kritik tersebut, Budi …", "Speaking to reporters,
     * Rina …"): what the speaker did first, never the speaker. A name of a verb's shape goes on capitalised ("Megawati
     * Soekarnoputri, …"), an office's word is a title ("Menteri").
     */
    private boolean verbClause(int from, int to) {
        if (to - from < 2 || !s.token(from + 1).isWord() || s.token(from + 1).isCapitalized()) {
            return false;
        }
        Token t = s.token(from);
        return verbShaped(t) || s.tagged() && t.tagIn(FINITE) && lex.titles.at(s.tokens(), from).isEmpty();
    }

    /**
     * True when, in a tagged sentence, the subject before the cue opens with a name set off by a comma and an apposition
     * describing it follows ("Mr Hinsa Siburian, an official who chairs …, said", "Said Iqbal, chairman of …, said"):
     * the name two to {@link #MAX_NAME_WORDS} words, all capitalised, or one the tagger reads as a name with the
     * apposition opening with an article ("Suyoto, a 30-year veteran, said"; one capitalised word may be a
     * common noun opening the sentence, and the tagger may read it as a name: "Rescuers, police and soldiers said"; no adverb, weekday or date: "Last Tuesday, the …"), the
     * apposition opening in lower case, or with an office's title and a word in lower case after it ("Rina Wati, Head of the
     * water board, said"; a list of names, "Seoul, Tokyo and Washington said", goes on capitalised).
     */
    private boolean namedSubject(int[] name, int[] apposition) {
        int words = 0;
        for (int i = name[0]; i < name[1]; i++) {
            Token t = s.token(i);
            if (!t.isWord()) {
                continue;
            }
            if (!t.isCapitalized() || lex.isFunctionWord(t) && t.tagIn(java.util.Set.of("DET", "ADP", "PRON"))
                    || t.tagIn(java.util.Set.of("ADV")) || dateToken[i] || lex.weekdays.contains(t.lower())) {
                return false;
            }
            words++;
        }
        Token next = s.token(apposition[0]);
        boolean oneName = words == 1 && s.token(name[0]).tagIn(java.util.Set.of("PROPN"))
                && next.tagIn(java.util.Set.of("DET"));
        // "X, Chief of the army's information office, confirmed …": an office's title with a capital, a word in lower case after it
        boolean titled = next.isCapitalized() && lex.titles.at(s.tokens(), apposition[0], apposition[0] + 1).isPresent()
                && apposition[0] + 1 < apposition[1] && s.token(apposition[0] + 1).isWord()
                && !s.token(apposition[0] + 1).isCapitalized();
        return (words >= 2 || oneName) && words <= MAX_NAME_WORDS && next.isWord() && (!next.isCapitalized() || titled)
                && !NounPhrases.startsWithVerb(s, apposition[0], apposition[1]);
    }

    /**
     * True when segment {@code k}, kept as a speaker's, is only the town of the occasion set off before it and the time
     * after it ("Menteri X, dalam rapat kerja … di kompleks DPR, Jakarta, Kamis (27/6/2024) memaparkan …"): at most two
     * capitalised words, after a segment opening with a clause opener that was not kept, and an earlier segment was kept,
     * the speaker.
     */
    private boolean placeOfCircumstance(List<int[]> segments, boolean[] keep, int k) {
        int[] seg = segments.get(k);
        int[] before = segments.get(k - 1);
        if (keep[k - 1] || !lex.clauseOpeners.at(s.tokens(), before[0], before[1]).isPresent() || seg[1] - seg[0] > 2) {
            return false;
        }
        for (int i = seg[0]; i < seg[1]; i++) {
            if (!s.token(i).isWord() || !s.token(i).isCapitalized()) {
                return false;
            }
        }
        for (int j = 0; j < k - 1; j++) {
            if (keep[j]) {
                return true;
            }
        }
        return false;
    }

    /** True when the word has a verb's shape in any case ("Memasuki" opening a sentence), a title word aside ("Menteri"). */
    boolean verbShaped(Token t) {
        return t.isWord() && t.text().length() >= 6 && lex.titles.at(s.tokens(), s.tokens().indexOf(t)).isEmpty()
                && lex.verbPrefixes.stream().anyMatch(t.lower()::startsWith);
    }

    /** True when every word in tokens {@code [from, to)} is capitalised (short forms in parentheses and function words aside). */
    boolean titleChain(int from, int to) {
        if (!s.token(from).isCapitalized()) {
            return false;
        }
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            depth += t.is("(") ? 1 : t.is(")") && depth > 0 ? -1 : 0;
            if (t.isWord() && depth == 0 && !t.isCapitalized() && !lex.isFunctionWord(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for words between commas before the speaker's own that are all function words ("Lebih
     * lanjut, Nusron mengatakan", "Kedua, Harli menyebut"): an adverbial, not an apposition ("The
     * official, who …" names someone).
     */
    private boolean adverbial(int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).isWord() && !lex.isFunctionWord(s.token(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the speaker starts when a channel word stands inside the words before the cue and a name
     * or title follows it ("PT Sukamaju melalui Direktur Utama Rina Wati"): an institution speaking
     * through a person; the person speaks. -1 when there is none.
     */
    private int innerVia(int from, int to) {
        if (!s.token(from).isCapitalized() || lex.via.at(s.tokens(), from, to).isPresent()) {
            return -1; // "seperti dikutip Yonhap" is a channel clause, not a body speaking through someone
        }
        for (int i = from + 1; i < to - 1; i++) {
            Optional<PhraseMatcher.Match<String>> v = lex.via.at(s.tokens(), i, to);
            if (v.isPresent() && v.get().to() < to && s.token(v.get().to()).isCapitalized()) {
                return v.get().to();
            }
        }
        return -1;
    }

    /** True when a segment holds a word that looks like a verb: a clause, no part of a speaker's name. */
    private boolean holdsVerb(int[] seg) {
        for (int i = seg[0]; i < seg[1]; i++) {
            if (s.token(i).isWord() && lex.looksLikeVerb(s.token(i)) && lex.pronouns.at(s.tokens(), i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a tagged sentence, where the speaker's noun phrase starts: the noun phrase ending the last
     * segment, and the segments before it as long as each is a whole noun phrase (an apposition,
     * "Seoul and its ally, the United States"). A clause before the phrase is left out
     * ("Kim Jong Un was shown inspecting a factory, state media said"; "an official who spoke
     * on condition of anonymity said"). Unchanged when the words end in no noun phrase.
     */
    private int[] nounPhrase(List<int[]> segments, int first, int last, int[] r) {
        int to = r[1];
        int start = r[1];
        int[] rel = relativeHead(Math.max(r[0], segments.get(last)[0]), to);
        if (rel != null) {
            return rel;
        }
        for (int k = last; k >= first; k--) {
            int lo = Math.max(r[0], segments.get(k)[0]);
            int end = k == last ? to : segments.get(k)[1];
            int np = NounPhrases.startBefore(s, lo, end);
            if (np == end) {
                break;
            }
            if (np > lo) {
                start = k == last ? np : start;
                break;
            }
            start = np;
        }
        return start < to ? new int[] {start, to} : r;
    }

    /** The noun phrase before a relative pronoun in {@code [lo, to)} ("an official who spoke …"), or null. */
    private int[] relativeHead(int lo, int to) {
        for (int i = lo + 1; i < to; i++) {
            if (lex.relativeMarkers.at(s.tokens(), i, i + 1).isPresent() && s.token(i).tagIn(java.util.Set.of("PRON"))) {
                int np = NounPhrases.startBefore(s, lo, i);
                return np < i ? new int[] {np, i} : null;
            }
        }
        return null;
    }

    /**
     * The speaker standing after a cue from token {@code lo}: up to the next comma or the clause end.
     * An apposition after the comma ("Kim Jong Gyu, a North Korean vice foreign minister") is kept
     * aside as the source, for the party.
     * A name set off after the office speaks with it, a prefix cue's too ("Menurut Kepala X, Rina Wati, …": the claim
     * is what follows the name's comma; h9ex9 left it out for a regrouping that nearest-first merging ended).
     */
    Cut right(int lo, int hi) {
        return new SpeakerAfterCue(this, lex, s, dateToken).cut(lo, hi);
    }

    /**
     * True when the phrase is a plausible speaker: some words, not too many, no finite verb, and not
     * only function words ("Sempat Ada" opening a subheading, a sentence's "Tapi"), unless one is a pronoun.
     */
    boolean plausible(Cut c) {
        if (c.isEmpty() || lex.negations.at(s.tokens(), c.from()).isPresent()) {
            return false; // "belum ada satu pun pihak yang membeberkan …", "no one has said": nobody, no speaker
        }
        int words = 0;
        int depth = 0;
        boolean titled = true;
        boolean named = false;
        for (int i = c.from(); i < c.to(); i++) {
            Token t = s.token(i);
            depth += t.is("(") ? 1 : t.is(")") && depth > 0 ? -1 : 0;
            if (t.isWord()) {
                words += depth == 0 ? 1 : 0; // a short form in parentheses, "(Dinkes KBB)", adds no word
                titled &= depth > 0 || t.isCapitalized() || lex.isFunctionWord(t) || Character.isDigit(t.text().charAt(0))
                        || honorific(i);
                named |= !lex.isFunctionWord(t) || lex.pronouns.at(s.tokens(), i).isPresent();
                boolean verb = lex.looksLikeVerb(t) || t.tagIn(FINITE) && !t.isCapitalized();
                if (verb && !lex.pronouns.at(s.tokens(), i).isPresent()) {
                    return false;
                }
            } else if (t.isQuote()) {
                return false;
            }
        }
        Token lastToken = s.token(c.to() - 1);
        return named && words <= (titled ? MAX_TITLE_WORDS : MAX_WORDS) && (lastToken.isWord() || lastToken.is(")"));
    }

    /**
     * True when the word at {@code i} is a role word written in lower case right before a capitalised word: an
     * honorific of a profession before a name ("dr Sari Andini", "drg. Lina"), which an office-body-name chain
     * holds as it holds the name ("Kepala Bidang … Dinas Kesehatan Kabupaten Lintang (Dinkes Lintang) dr Sari Andini").
     */
    private boolean honorific(int i) {
        int next = i + 1 < s.size() && s.token(i + 1).is(".") ? i + 2 : i + 1;
        return lex.roles.contains(s.token(i).lower()) && next < s.size() && s.token(next).isWord()
                && s.token(next).isCapitalized();
    }

    int[] trim(int from, int to) {
        boolean changed = true;
        while (changed && from < to) {
            changed = false;
            Optional<PhraseMatcher.Match<String>> lead = lex.speakerTrim.at(s.tokens(), from, to);
            if (lead.isPresent() && lead.get().to() < to) {
                from = lead.get().to();
                changed = true;
            }
            Optional<PhraseMatcher.Match<String>> tail = lex.speakerTrim.endingAt(s.tokens(), from, to);
            if (tail.isEmpty()) {
                tail = lex.negations.endingAt(s.tokens(), from, to);
            }
            if (tail.isPresent() && tail.get().from() > from) {
                to = tail.get().from();
                changed = true;
            }
            if (to - from > 1 && dateToken[to - 1]) {
                while (to > from && (dateToken[to - 1] || isTimeWord(to - 1))) {
                    to--;
                }
                changed = true;
            }
            int paren = datedInParentheses(from, to);
            if (paren > from) {
                to = paren; // "ujar Dudung (13/5/2025)", "Agus (55)": when, or how old, never the name
                changed = true;
            }
            while (from < to && isPunct(to - 1) && !s.token(to - 1).is(")")) {
                to--;
                changed = true;
            }
            while (from < to && isPunct(from) && !s.token(from).is("(")) {
                from++;
                changed = true;
            }
        }
        return new int[] {from, to};
    }

    /**
     * Where a date or an age in parentheses closing tokens {@code [from, to)} opens, written right after a capitalised
     * word ("Dudung (13/5/2025)", "Agus (55)"): copy dates a quotation or gives a person's age so, after the name. A
     * date is what the date reader marks; an age a number of one to three digits alone. -1 when there is none.
     */
    private int datedInParentheses(int from, int to) {
        if (to - from < 4 || !s.token(to - 1).is(")")) {
            return -1;
        }
        int open = to - 2;
        while (open > from && !s.token(open).is("(") && !s.token(open).is(")")) {
            open--;
        }
        if (open <= from || !s.token(open).is("(") || open + 1 >= to - 1 || !s.token(open - 1).isWord()
                || !s.token(open - 1).isCapitalized()) {
            return -1;
        }
        boolean dated = false;
        for (int i = open + 1; i < to - 1; i++) {
            dated |= dateToken[i];
            if (!dateToken[i] && !isPunct(i)) {
                String w = s.token(i).text();
                boolean age = to - open == 3 && w.length() <= 3 && w.chars().allMatch(Character::isDigit);
                if (!age) {
                    return -1;
                }
                dated = true;
            }
        }
        return dated ? open : -1;
    }

    /** True when tokens {@code [from, to)} hold nothing but a date or time words and punctuation ("Sunday.", "on Monday"). */
    boolean timeOnly(int from, int to) {
        return from < to && isTimeOnly(from, to);
    }

    private boolean isTimeOnly(int from, int to) {
        boolean anyDate = false;
        for (int i = from; i < to; i++) {
            if (dateToken[i]) {
                anyDate = true;
            } else if (!isTimeWord(i) && !isPunct(i)) {
                return false;
            }
        }
        return anyDate;
    }

    boolean isTimeWord(int i) {
        return lex.timeWords.at(s.tokens(), i, i + 1).isPresent();
    }

    private boolean isPunct(int i) {
        return !s.token(i).isWord();
    }

    /** A channel's name: the abbreviation in parentheses when there is one ("… (KCNA)" → KCNA). */
    String channelName(int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (s.token(i).is("(") && s.token(i + 2).is(")")) {
                return s.token(i + 1).text();
            }
        }
        int[] r = trim(from, to);
        if (r[0] >= r[1]) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = r[0]; i < r[1]; i++) {
            Token t = s.token(i);
            if (b.length() > 0 && t.isWord()) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }
}
