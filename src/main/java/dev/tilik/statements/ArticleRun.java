package dev.tilik.statements;

import dev.tilik.nlp.Document;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Extraction of one article: finds each sentence's attribution (a quotation spanning several
 * sentences lends its attribution to all of them), then resolves speakers, parties, topics,
 * stances, figures and dates in reading order. Single use, not thread-safe.
 */
final class ArticleRun {
    /** What separates words for {@link #lowerWords}, compiled once (not by {@code split} per call). */
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private final Document doc;
    private final String text;
    private final StatementExtractor.Parts parts;
    /** How many tokens at a sentence's start may hold its subject ("Suara.com - Korea Utara pada …"). */
    private static final int OPENING = 5;

    private final Discourse discourse = new Discourse();
    /** The text's plain tokens, made once: its sentences, its body's dates and its speaker phrases read them. */
    private final SpanTokens tokens;

    ArticleRun(Document doc, StatementExtractor.Parts parts) {
        this.doc = doc;
        this.text = doc.text();
        this.parts = parts;
        this.tokens = SpanTokens.of(text);
    }

    ArticleStatements run() {
        List<Sentence> sentences = sentences();
        Map<Integer, boolean[]> dateMasks = new HashMap<>();
        // Each sentence's dates, found once: its mask and its statements' dates are made from them.
        Map<Integer, List<DateMention>> sentenceDates = new HashMap<>();
        List<Attribution> found = new ArrayList<>();
        // each sentence's cues, scanned once for its attribution and again for that attribution's parts
        Map<Integer, List<PhraseMatcher.Match<dev.tilik.rules.CueRule>>> cues = new HashMap<>();
        for (Sentence s : sentences) {
            List<DateMention> dates = parts.dates().find(text, s.tokens());
            sentenceDates.put(s.index(), dates);
            boolean[] mask = dateMask(s, dates);
            dateMasks.put(s.index(), mask);
            List<PhraseMatcher.Match<dev.tilik.rules.CueRule>> sentenceCues = parts.attributions().cues(s);
            cues.put(s.index(), sentenceCues);
            found.add(parts.attributions().find(s, mask, sentenceCues).orElse(null));
        }
        headlineSpeaker(sentences, found);
        QuoteGroups.spread(sentences, found);
        SignedQuotations.attribute(sentences, found);
        QuoteGroups.uncuedQuotations(sentences, found, s -> parts.lex().pronouns.contains(s.tokens(), 0, s.size()),
                this::recalled);
        CutQuotations.attribute(sentences, found, this::inHeadline, this::recalled);
        QuoteGroups.spread(sentences, found);
        QuoteGroups.creditedBefore(sentences, found, this::namesWhatWasSaid, this::toldNoun, this::inHeadline);
        QuoteGroups.continueFigures(sentences, found, s -> parts.numbers()
                .find(text, s.tokens(), 0, s.size(), dateMasks.get(s.index())).stream()
                .anyMatch(n -> n.counted() != null && !n.inWords()), this::inHeadline);
        ReportedContinuation.spread(sentences, found, s -> s.size() > 2 && parts.lex().continuations.at(s.tokens(), 0, s.size())
                .isPresent(), this::inHeadline);
        ReportedContinuation.pronounSubjects(sentences, found, this::personalPronoun,
                s -> !cues.get(s.index()).isEmpty() || parts.lex().interrogatives.contains(s.tokens(), 0, s.size()),
                this::inHeadline);
        ReportedContinuation.bareOpeners(sentences, found, this::bareOpener, this::inHeadline);
        String dominant = dominantTopic(sentences, found);
        outletHeadline(sentences, found);
        java.util.Set<Integer> narrated = narratedFigures(sentences, found, dateMasks);
        StatementBuilder builder = new StatementBuilder(doc, tokens, parts, discourse, s -> before(sentences, s));
        List<Statement> out = new ArrayList<>();
        Map<Integer, String> lastTopicInParagraph = new HashMap<>();
        // statements opening the article through a pronoun nothing before names, waiting for the first speaker named
        List<Integer> opening = new ArrayList<>();
        boolean named = false;
        for (int k = 0; k < sentences.size(); k++) {
            Attribution a = found.get(k);
            Sentence s = sentences.get(k);
            if (a == null || narrated.contains(k)) {
                builder.narrated(s, dateMasks.get(s.index()));
                if (a != null) {
                    // numbered apart, so the article's statements keep the ids they have without it
                    narratedCount++;
                    out.add(builder.outlet(doc.fileName() + "#n" + narratedCount, s, a, dateMasks.get(s.index()),
                            sentenceDates.get(s.index()), null).asNarrated());
                }
                continue;
            }
            String discourseTopic = lastTopicInParagraph.getOrDefault(s.paragraph(), dominant);
            if (AttributionFinder.isOutlet(a)) {
                out.add(builder.outlet(doc.fileName() + "#" + (out.size() - narratedCount + 1), s, a, dateMasks.get(s.index()),
                        sentenceDates.get(s.index()), discourseTopic));
                continue;
            }
            String previousSubject = k > 0 ? openingParty(sentences.get(k - 1)) : null;
            for (Attribution part : parts.attributions().parts(s, a, cues.get(s.index()))) {
                Statement st = builder.build(doc.fileName() + "#" + (out.size() - narratedCount + 1), s, part, dateMasks.get(s.index()),
                        sentenceDates.get(s.index()),
                        discourseTopic, previousSubject);
                if (!named && builder.unresolved()) {
                    opening.add(out.size());
                } else if (!named && !part.pronoun()) {
                    named = true;
                    cataphora(out, opening, st);
                }
                out.add(st);
                if (st.topic() != null) {
                    lastTopicInParagraph.put(s.paragraph(), st.topic());
                }
            }
        }
        return new ArticleStatements(doc, out, bodyDates());
    }

    /**
     * The tokens of the sentence right before {@code s} — in its paragraph, or closing the paragraph before (a
     * quotation going on in a paragraph of its own) — when it is no headline; null otherwise.
     */
    private List<Token> before(List<Sentence> sentences, Sentence s) {
        int k = s.index() < sentences.size() && sentences.get(s.index()) == s ? s.index() : sentences.indexOf(s);
        if (k <= 0) {
            return null;
        }
        Sentence b = sentences.get(k - 1);
        return inHeadline(b) ? null : b.tokens();
    }

    /**
     * True when the attribution's cue follows a relative marker ("… menjawab pernyataan Y yang menyebut …"): Y's words
     * recalled inside another's sentence, which lend no voice to a quotation after it.
     */
    private boolean recalled(Sentence s, Attribution a) {
        return a.cueFrom() > 0 && parts.lex().relativeMarkers.at(s.tokens(), a.cueFrom() - 1, a.cueFrom()).isPresent();
    }

    /** The length of the singular personal pronoun opening the sentence ("Dia …", "She …"), or 0. */
    private int personalPronoun(Sentence s) {
        return parts.lex().pronouns.at(s.tokens(), 0, s.size())
                .filter(m -> parts.lex().groupPronouns.at(s.tokens(), 0, s.size()).isEmpty())
                .map(m -> m.to() - m.from()).orElse(0);
    }

    /** True when the sentence is (part of) the headline. */
    /**
     * Where the claim starts after a prefix cue opening the sentence with a comma right after it and no source
     * ("Dikatakan, …"): past the comma; 0 when the sentence opens otherwise.
     */
    private int bareOpener(Sentence s) {
        if (s.size() < 3 || !s.token(1).is(",")) {
            return 0;
        }
        return parts.lex().cues.at(s.tokens(), 0, 1)
                .filter(c -> c.value().position() == dev.tilik.rules.CueRule.Position.PREFIX).isPresent() ? 2 : 0;
    }

    private boolean inHeadline(Sentence s) {
        return doc.article().headlineSpan().map(h -> s.span().overlaps(h)).orElse(false);
    }

    /**
     * A page cut from the middle of an article opens with a quotation whose cue has only a clitic or pronoun
     * ("…," imbuhnya.): nothing before names who speaks, and the first speaker the article goes on to name
     * is the one (the copy names them right after, "Sudewo menjelaskan, …").
     */
    private static void cataphora(List<Statement> out, List<Integer> opening, Statement first) {
        for (int i : opening) {
            out.set(i, out.get(i).withSpeaker(first.speaker(), first.party()));
        }
        opening.clear();
    }

    /**
     * True when the claim only names what was said, standing before a passive or source cue: an anaphor
     * ("Demikian", "Hal itu"). A noun with a demonstrative ("Tuduhan tersebut") names one thing the
     * sentence before may only mention, so it credits nothing.
     */
    private boolean namesWhatWasSaid(Sentence s, Attribution a) {
        int[] r = subjectBeforeCue(s, a);
        return r != null && r[1] - r[0] <= 3
                && parts.lex().anaphors.at(s.tokens(), r[0], r[1]).filter(m -> m.to() == r[1]).isPresent();
    }

    /**
     * The noun when the claim is only a noun of telling with a demonstrative standing before a passive or source
     * cue ("Kepastian ini disampaikan oleh X", "Informasi ini …"): it names the act of telling, so it points back
     * at what the sentences before told; otherwise null.
     */
    private String toldNoun(Sentence s, Attribution a) {
        int[] r = subjectBeforeCue(s, a);
        Lexicon lex = parts.lex();
        if (r == null || r[1] - r[0] != 2 || lex.toldNouns.at(s.tokens(), r[0], r[0] + 1).isEmpty()
                || lex.demonstratives.at(s.tokens(), r[0] + 1, r[1]).isEmpty()) {
            return null;
        }
        return s.token(r[0]).lower();
    }

    /** The claim's token range when it opens the sentence and ends before a passive or prefix cue; otherwise null. */
    private static int[] subjectBeforeCue(Sentence s, Attribution a) {
        dev.tilik.rules.CueRule.Position p = a.cue().position();
        if (p != dev.tilik.rules.CueRule.Position.PASSIVE && p != dev.tilik.rules.CueRule.Position.PREFIX
                || a.claim().end() > a.cueSpan().start()) {
            return null;
        }
        int[] r = s.tokenRange(a.claim());
        return r[0] != 0 || r[1] <= r[0] ? null : r;
    }

    /**
     * The headline's {@code X: claim} when nothing else attributes it and X can speak ({@link #canSpeak}): the
     * body attributes statements to X (every word of X in one body speaker: "Basarnas" in "Kepala Basarnas
     * Padang"), or X names a party or holds a title ("Wamenaker: …" over a body that writes the office in full).
     */
    private void headlineSpeaker(List<Sentence> sentences, List<Attribution> found) {
        CharSpan headline = doc.article().headlineSpan().orElse(null);
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (found.get(k) != null || !(headline != null && s.span().overlaps(headline) || subheading(sentences, k))) {
                continue;
            }
            Optional<Attribution> a = parts.attributions().headlineColon(s);
            if (a.isPresent() && canSpeak(s, a.get().speaker(), found)) {
                found.set(k, a.get());
                continue;
            }
            a = parts.attributions().headlineVerb(s);
            if (a.isPresent() && canSpeak(s, a.get().speaker(), found)) {
                found.set(k, a.get());
            }
        }
    }

    /**
     * The headline that nothing attributes, read as the claim of the outlet the file names ({@code source:}): an
     * outlet prints its headline as what happened ("KLB Keracunan, 85 Dapur Ditutup"), and a reader takes it so,
     * so it is compared with its own body and the folder's other claims like any statement. Read last, after the
     * quotations have spread, so no body sentence borrows the outlet as its speaker.
     */
    private void outletHeadline(List<Sentence> sentences, List<Attribution> found) {
        CharSpan headline = doc.article().headlineSpan().orElse(null);
        CharSpan source = doc.article().sourceSpan();
        if (headline == null || source == null) {
            return;
        }
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (found.get(k) == null && s.span().overlaps(headline)) {
                found.set(k, parts.attributions().outlet(s, source).orElse(null));
            }
        }
    }

    private int narratedCount;

    /**
     * The body sentences no one is said to say that give a figure of a counted thing in digits ("Hingga Senin, tercatat
     * 40 rumah rusak"), each read as the claim of the outlet the file names, as its headline is ({@link #outletHeadline}):
     * the outlet reports that figure in its own voice. Only the figures' comparison reads them ({@link Statement#narrated}).
     * Their indices; each one's attribution set in {@code found}.
     */
    private java.util.Set<Integer> narratedFigures(List<Sentence> sentences, List<Attribution> found,
                                                   Map<Integer, boolean[]> dateMasks) {
        CharSpan source = doc.article().sourceSpan();
        java.util.Set<Integer> out = new java.util.HashSet<>();
        if (source == null || source.isEmpty()) {
            return out;
        }
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (found.get(k) != null || inHeadline(s) || subheading(sentences, k) || !countsInDigits(s, dateMasks.get(s.index()))) {
                continue;
            }
            Optional<Attribution> a = parts.attributions().outlet(s, source);
            if (a.isPresent()) {
                found.set(k, a.get());
                out.add(k);
            }
        }
        return out;
    }

    /** True when the sentence gives a figure of a counted thing in digits or as a vague quantity ("61 jenazah", "ratusan rumah"; not "dua orang"). */
    private boolean countsInDigits(Sentence s, boolean[] dateMask) {
        return parts.numbers().find(text, s.tokens(), 0, s.size(), dateMask).stream()
                .anyMatch(n -> (n.counted() != null || n.which() != null) && !n.inWords());
    }

    /**
     * True when a headline verb's subject can be its speaker: the body attributes statements to it, or it
     * names a party or holds a title ("Menkominfo", "Komisaris Sritex", "Pemerintah"). A capitalised phrase
     * alone is no speaker: title case capitalises a topic too ("Kenaikan Suara Jadi Alasan …").
     */
    private boolean canSpeak(Sentence s, CharSpan subject, List<Attribution> found) {
        if (spokenInBody(subject.coveredText(text), found)
                || parts.parties().partyOf(tokens, subject.start(), subject.end()).isPresent()) {
            return true;
        }
        int[] r = s.tokenRange(subject);
        return parts.lex().titles.contains(s.tokens(), r[0], r[1]);
    }

    /**
     * True when sentence {@code k} is a subheading: a paragraph of its own, between others, that ends
     * without a full stop, question or exclamation mark ("Polda Sukadana: Petugas Tidak Mabuk").
     */
    private boolean subheading(List<Sentence> sentences, int k) {
        Sentence s = sentences.get(k);
        boolean alone = (k == 0 || sentences.get(k - 1).paragraph() != s.paragraph())
                && (k + 1 == sentences.size() || sentences.get(k + 1).paragraph() != s.paragraph());
        String words = s.span().coveredText(text).strip();
        return alone && k > 0 && !words.isEmpty() && ".!?\"”'".indexOf(words.charAt(words.length() - 1)) < 0;
    }

    private boolean spokenInBody(String speaker, List<Attribution> found) {
        java.util.Set<String> words = lowerWords(speaker);
        for (Attribution other : found) {
            if (other != null && !other.pronoun() && lowerWords(other.speaker().coveredText(text)).containsAll(words)) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Set<String> lowerWords(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : NON_WORD.split(s.toLowerCase(java.util.Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        boolean inQuote = false;
        int paragraph = -1;
        for (int i = 0; i < doc.sentences().size(); i++) {
            CharSpan span = doc.sentences().get(i);
            if (doc.article().touchesBoilerplate(span)) {
                continue;
            }
            int p = paragraphOf(span.start());
            // a quotation left open at a paragraph's end runs on into the next only when that paragraph's first mark closes
            // it, or that paragraph holds no mark and the quotation runs on over it to a paragraph whose first mark does
            inQuote = inQuote && (p == paragraph || dev.tilik.nlp.QuoteBalance.opensInsideQuotation(text, span.start())
                    || dev.tilik.nlp.QuoteBalance.runsOnUnmarked(text, span.start()));
            paragraph = p;
            List<Token> plain = tokens.of(span.start(), span.end());
            Sentence s = Sentence.of(i, text, span, plain, p, inQuote, doc.tagging());
            inQuote = s.openQuote();
            out.add(s);
        }
        return out;
    }

    /** The party named in a sentence's first {@value #OPENING} tokens (its subject, as news sentences go), or null. */
    private String openingParty(Sentence s) {
        if (s.size() == 0) {
            return null;
        }
        int end = s.token(Math.min(OPENING, s.size()) - 1).end();
        String p = parts.parties().partyOf(tokens, s.span().start(), end).orElse(null);
        return p == null || p.contains("+") ? null : p;
    }

    private int scanned;
    private int newlines;

    /**
     * Paragraph (line) number of {@code offset}; offsets come in increasing order. A line break inside a
     * sentence — after a word or comma, before a word in lower case ("yang dalam hal¶ini hadir") — only
     * wraps the line: copy pasted from a page keeps the page's line ends, and a quotation runs on over them.
     */
    private int paragraphOf(int offset) {
        for (; scanned < offset; scanned++) {
            if (text.charAt(scanned) == '\n' && !wrapped(scanned)) {
                newlines++;
            }
        }
        return newlines;
    }

    /** True when the line break at {@code at} falls inside a sentence (see {@link #paragraphOf}). */
    private boolean wrapped(int at) {
        int before = at - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\r' || text.charAt(before) == '\t')) {
            before--;
        }
        int after = at + 1;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (before < 0 || after >= text.length()) {
            return false;
        }
        char b = text.charAt(before);
        return (Character.isLetter(b) || b == ',') && Character.isLowerCase(text.charAt(after));
    }

    private static boolean[] dateMask(Sentence s, List<DateMention> dates) {
        boolean[] mask = new boolean[s.size()];
        for (DateMention d : dates) {
            for (int i = 0; i < s.size(); i++) {
                mask[i] |= d.span().contains(CharSpan.of(s.token(i).start(), s.token(i).end()));
            }
        }
        return mask;
    }

    /** The topic named most often by attributed sentences; ties go to the first named. */
    private String dominantTopic(List<Sentence> sentences, List<Attribution> found) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            if (found.get(k) == null) {
                continue;
            }
            Sentence s = sentences.get(k);
            Optional<String> t = parts.topics().first(s.tokens(), 0, s.size());
            t.ifPresent(x -> {
                if (counts.merge(x, 1, Integer::sum) == 1) {
                    order.add(x);
                }
            });
        }
        String best = null;
        for (String t : order) {
            if (best == null || counts.get(t) > counts.get(best)) {
                best = t;
            }
        }
        return best;
    }

    /** Every date in the article outside boilerplate. */
    private List<DateMention> bodyDates() {
        List<DateMention> out = new ArrayList<>();
        int from = 0;
        List<CharSpan> cuts = new ArrayList<>(doc.article().boilerplate());
        cuts.sort(null);
        for (CharSpan b : cuts) {
            if (b.start() > from) {
                out.addAll(parts.dates().find(text, tokens.of(from, b.start())));
            }
            from = Math.max(from, b.end());
        }
        if (from < text.length()) {
            out.addAll(parts.dates().find(text, tokens.of(from, text.length())));
        }
        return out;
    }
}
