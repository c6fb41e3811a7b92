package dev.tilik.statements;

import dev.tilik.model.Stance;
import dev.tilik.nlp.Document;
import dev.tilik.text.CharSpan;
import java.util.List;
import java.util.Optional;

/**
 * Turns one sentence's attribution into a {@link Statement}: resolves a pronoun to its antecedent,
 * names the party (own aliases, else the antecedent's, else the party this person's name had
 * earlier, else the apposition's or "menurut" source's, else the channel's, else, for a description
 * without a name and naming no unknown entity, that of a recent speaker sharing its word, else, for
 * a titled official named without a country, the party the previous sentence opens with), picks the topic (the first the claim
 * or sentence names; the discourse topic when the claim only refers back, "klaim ini"), and
 * classifies the stance. Not thread-safe: one per article run.
 */
final class StatementBuilder {
    /** A run of white space in a speaker, compiled once (not by {@code replaceAll} per statement). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** How far after a reference noun ("rumor") its demonstrative ("tersebut") may stand. */
    private static final int REFERENCE_WINDOW = 6;
    /** How far before a reference noun its demonstrative may stand ("these are groundless rumours"). */
    private static final int DEMONSTRATIVE_BEFORE = 3;

    private final Document doc;
    private final String text;
    /** The article's sentences' tokens, made once: a speaker phrase's tokens are read from them, not made again. */
    private final SpanTokens tokens;
    private final StatementExtractor.Parts parts;
    private final TopicMatcher topics;
    private final Discourse discourse;
    private final TitleHolders titleHolders;
    private final PersonDescriptions descriptions;
    /** True when the last statement built has a pronoun for its speaker that nothing before it names. */
    private boolean unresolved;
    /** The tokens of the sentence before a sentence, in its paragraph or closing the one before, or null. */
    private final java.util.function.Function<Sentence, List<Token>> before;

    StatementBuilder(Document doc, SpanTokens tokens, StatementExtractor.Parts parts, Discourse discourse,
                     java.util.function.Function<Sentence, List<Token>> before) {
        this.before = before;
        this.doc = doc;
        this.text = doc.text();
        this.tokens = tokens;
        this.parts = parts;
        this.topics = parts.topics();
        this.discourse = discourse;
        this.titleHolders = new TitleHolders(parts.lex());
        this.descriptions = new PersonDescriptions(parts.lex());
    }

    /**
     * @param dates           the sentence's dates, found once for it (its mask is made from them)
     * @param previousSubject the party the previous sentence opens with ("Korea Utara pada Kamis
     *                        menanggapi …"), or null: a titled official named without a country in
     *                        the next sentence ("…," ujar Wakil Menteri Luar Negeri Kim Jong Gyu) speaks
     *                        for it
     */
    Statement build(String id, Sentence s, Attribution a, boolean[] dateMask, List<DateMention> dates, String discourseTopic,
                    String previousSubject) {
        PartyResolver pr = parts.parties();
        CharSpan phrase = a.speaker();
        String speaker = SPACES.matcher(phrase.coveredText(text)).replaceAll(" ");
        // a record's phrase speaks for the body it names ("Laporan Dinkes Wetan" for Dinkes Wetan), read as a speaker
        List<Token> said = tokens.of(phrase.start(), phrase.end());
        int held = a.pronoun() ? -1 : Records.holder(said, parts.lex().records.at(said, 0).isPresent());
        CharSpan sp = held < 0 ? phrase : new CharSpan(said.get(held).start(), phrase.end());
        String person = held >= 0 ? null : pr.personName(tokens, sp.start(), sp.end()).orElse(null);
        if (person != null && parts.lex().bodyKinds.contains(person.split(" ")[0].toLowerCase(java.util.Locale.ROOT))) {
            // "Manajemen X memutuskan …": capitalised words opened by a kind of body name that body, no person a later
            // "kata dia" could take
            person = null;
        }
        String party = pr.partyOf(tokens, sp.start(), sp.end()).orElse(null);
        List<Token> spoken = tokens.of(sp.start(), sp.end());
        boolean oneName = !a.pronoun() && party == null && oneName(spoken);
        Optional<Discourse.Mention> fuller = oneName ? discourse.personNamed(spoken.get(0).text()) : Optional.empty();
        boolean named = oneName && a.source() != null && described(tokens.of(a.source().start(), a.source().end()));
        boolean humanAntecedent = !a.group();
        unresolved = false;
        // "Politikus Partai X ini menyebut …": a description made definite by a demonstrative names a person met before
        // "Kapolres mengatakan" after "Kapolres Sukamaju AKBP Rina Wulandari": the one holder of the bare title
        // "Bupati Sukamaju ini" after "Bupati Sukamaju Rina Wati": the place after the title is no name of its own
        Optional<Discourse.Mention> holder = a.pronoun() || held >= 0
                || person != null && titleHolders.placedTitle(spoken) == null ? Optional.empty()
                : titleHolders.holder(spoken, discourse.heard());
        if (holder.isEmpty() && !a.pronoun() && held < 0 && person == null) {
            // "presiden mengatakan" after "perintah Presiden Rudi Hartono agar …": the one holder the narration named
            holder = titleHolders.namedBefore(spoken, tokens.of(0, s.span().start()), this::namesPerson).map(this::heldBy);
        }
        if (holder.isEmpty() && !a.pronoun() && held < 0 && oneName(spoken)) {
            // "kata Rudiono" after "Presiden Rudi Hartono (Rudiono)": the full name its bracketed short form was written after
            holder = BracketedShortForm.fullName(spoken.get(0).text(), tokens.of(0, s.span().start()), parts.lex(), pr)
                    .map(this::personMet);
        }
        if (holder.isEmpty() && !a.pronoun() && held < 0 && person != null) {
            // "kata Menkeu Rina" after "Menteri Keuangan Rina Wati Saputri …": the title and the full name the text wrote
            holder = titleHolders.firstNameBefore(spoken, tokens.of(0, s.span().start()), this::namesPerson)
                    .map(name -> withFullName(sp, spoken, name));
        }
        if (holder.isPresent()) {
            speaker = holder.get().speaker();
            person = holder.get().person();
            party = party != null ? party : holder.get().party();
            fuller = holder;
        }
        boolean described = !a.pronoun() && held < 0 && holder.isEmpty() && descriptions.describedPerson(spoken);
        if (a.pronoun() || described) {
            boolean personal = a.pronoun() && said.size() == 1 && parts.lex().pronouns.at(said, 0).isPresent();
            Optional<Discourse.Mention> ante = discourse.antecedent(a.group(), personal);
            if (a.pronoun() && !a.group()) {
                ante = discourse.notNamedIn(ante, tokens.of(a.claim().start(), a.claim().end()));
            }
            if (described) {
                // a person met again by one word of their name ("Bahlil said", "Noel menyampaikan") is a person too
                ante = ante.filter(m -> m.human() && m.person() != null || oneName(Tokens.of(m.speaker(), 0, m.speaker().length())));
                if (ante.isEmpty()) {
                    // "But Sudewo, the regent of Pati, chose …. ¶ "…," said the regent": named once, in an apposition
                    ante = appositionHolder(spoken, tokens.of(0, s.span().start()));
                }
            }
            if (ante.isPresent() && ante.get().person() == null) {
                // "… the regent responded …. ¶ "…," he said": the description the pronoun stands for, named in an apposition
                String d = ante.get().speaker();
                Optional<Discourse.Mention> apposed = appositionHolder(Tokens.of(d, 0, d.length()), tokens.of(0, s.span().start()));
                ante = apposed.isPresent() ? apposed : ante;
            }
            unresolved = a.pronoun() && ante.isEmpty();
            if (ante.isPresent()) {
                speaker = ante.get().speaker();
                person = ante.get().person();
                party = ante.get().party();
                humanAntecedent = ante.get().human();
            }
        }
        if (party == null) {
            party = discourse.partyOf(person).orElse(null);
        }
        if (party == null && a.source() != null) {
            party = pr.partyOf(tokens, a.source().start(), a.source().end())
                    .or(() -> s.tagged() ? pr.acronymOf(tokens, a.source().start(), a.source().end()) : Optional.empty())
                    .orElse(null); // "Rina Wati, spokeswoman for the …, or BAKN, said"
        }
        if (party == null && a.via() != null) {
            party = pr.partyOf(a.via(), 0, a.via().length()).orElse(null);
        }
        if (party == null && !a.pronoun() && person == null && !pr.namesUnknown(tokens, sp.start(), sp.end())) {
            party = discourse.partyOfDescription(speaker).orElse(null);
        }
        List<Token> speakerTokens = tokens.of(sp.start(), sp.end());
        boolean titled = parts.lex().titles.contains(speakerTokens, 0, speakerTokens.size());
        if (party == null && !a.pronoun() && person != null && titled) {
            party = previousSubject;
        }
        if (party == null && !a.pronoun()) {
            party = pr.institutionOf(tokens, sp.start(), sp.end()).orElse(null);
        }
        if (party == null && !a.pronoun() && person == null) {
            party = discourse.partyOfFirstName(speakerTokens).orElse(null);
        }
        // "kata Habib" after "Ketua Komisi X Rina Habib": one word ending a person's phrase met before is that person
        boolean human = person != null || titled && titledBeyondArticle(speakerTokens) || named || oneName && fuller.isEmpty()
                && discourse.endsPersonSpoken(spoken.get(0).text());
        if (!human && oneName && held < 0 && fuller.isEmpty() && descriptions.bareName(spoken, tokens.of(0, s.span().start()), text)) {
            // "Pati Regent Sudewo …. Sudewo insisted …. He even …": a person the article named after a title, speaking by
            // one word of the name, is the person a later pronoun takes
            human = true;
        }
        // a person met again by one word of their name is, for a later pronoun, the person met before; a
        // pronoun nothing before it names stands for no one a later pronoun could take
        if (!unresolved) {
            // a title's holder met with no party goes on speaking for the party the title gave ("Bupati X ini")
            Discourse.Mention h = holder.orElse(null);
            Optional<Discourse.Mention> heard = h != null && h.party() == null && party != null
                    ? Optional.of(new Discourse.Mention(h.speaker(), party, h.person(), h.human())) : fuller;
            discourse.add(heard.orElse(new Discourse.Mention(speaker, party, person, a.pronoun() ? humanAntecedent : human)));
        }
        return claimed(id, s, a, speaker, party, dateMask, dates, discourseTopic);
    }

    /**
     * The speaker {@code sp}, a title and a first name, written with the full name the text gave before
     * ({@link TitleHolders#firstNameBefore}): its words up to the first name, then the name.
     */
    private Discourse.Mention withFullName(CharSpan sp, List<Token> spoken, CharSpan name) {
        PartyResolver pr = parts.parties();
        Token first = spoken.stream().filter(Token::isWord).reduce((x, y) -> y).orElseThrow();
        String written = SPACES.matcher(text.substring(sp.start(), first.start()) + name.coveredText(text)).replaceAll(" ");
        return new Discourse.Mention(written, pr.partyOf(tokens, sp.start(), sp.end()).orElse(null),
                pr.personName(tokens, name.start(), name.end()).orElse(null), true);
    }

    /** The person a title and the name after it in the narration name ({@link TitleHolders#namedBefore}). */
    private Discourse.Mention heldBy(CharSpan span) {
        PartyResolver pr = parts.parties();
        return new Discourse.Mention(SPACES.matcher(span.coveredText(text)).replaceAll(" "),
                pr.partyOf(tokens, span.start(), span.end()).orElse(null),
                pr.personName(tokens, span.start(), span.end()).orElse(null), true);
    }

    /**
     * True when a title and the words after it name a person: a name of two words or more ("Presiden Rudi Hartono"), or
     * one set off after the title's place ("Bupati Wetan, Sutarno"); "Police Brutality" names none.
     */
    private boolean namesPerson(CharSpan span) {
        return parts.parties().personName(tokens, span.start(), span.end()).isPresent()
                || span.coveredText(text).contains(",");
    }

    /** The latest speaker or subject heard who is the person {@code name}, else that person as named. */
    private Discourse.Mention personMet(String name) {
        List<Discourse.Mention> heard = discourse.heard();
        for (int i = heard.size() - 1; i >= 0; i--) {
            if (name.equals(heard.get(i).person())) {
                return heard.get(i);
            }
        }
        return new Discourse.Mention(name, null, name, true);
    }

    /**
     * True when a title the speaker holds is more than a function word: "The" opens English title chains ("The
     * Minister"), but "The public" names no one a singular pronoun could stand for.
     */
    private boolean titledBeyondArticle(List<Token> tokens) {
        return parts.lex().titles.findAll(tokens, 0, tokens.size()).stream()
                .anyMatch(m -> m.to() - m.from() > 1 || !parts.lex().isFunctionWord(tokens.get(m.from())));
    }

    /**
     * The headline no one is said to say, as its outlet's own claim: the outlet (the name the file gives it,
     * {@code a.speaker()}) is the speaker, with no party (an outlet is no party to what a party says, and never
     * a person), and a pronoun later in the article never stands for it (the discourse does not hear it).
     */
    Statement outlet(String id, Sentence s, Attribution a, boolean[] dateMask, List<DateMention> dates, String discourseTopic) {
        unresolved = false;
        String speaker = SPACES.matcher(a.speaker().coveredText(text)).replaceAll(" ").strip();
        return claimed(id, s, a, speaker, null, dateMask, dates, discourseTopic);
    }

    /** The statement of a claim whose speaker and party are resolved: its topic, stance and figures. */
    private Statement claimed(String id, Sentence s, Attribution a, String speaker, String party, boolean[] dateMask,
                              List<DateMention> dates, String discourseTopic) {
        CharSpan phrase = a.speaker();
        int[] claim = s.tokenRange(a.claim());
        Optional<String> inClaim = topics.first(s.tokens(), claim[0], claim[1]);
        Optional<String> lexical = inClaim;
        if (lexical.isEmpty()) {
            lexical = topics.first(s.tokens(), 0, s.size());
        }
        boolean refersBack = refersBack(s, claim[0], claim[1]);
        boolean saysSomething = !refersBack && contentWords(s, claim[0], claim[1]) > 0;
        boolean ownWords = saysSomething && !subjectPointsBack(s, claim[0], claim[1]);
        boolean ownContent = lexical.isEmpty() && discourseTopic == null && saysSomething;
        String topic = ownContent ? null
                : refersBack || lexical.isEmpty() ? orElse(discourseTopic, lexical.orElse(null)) : lexical.get();
        boolean topicInClaim = !refersBack && inClaim.isPresent();
        boolean namesTopic = lexical.isPresent() || refersBack || ownContent || topics.namesEvent(s.tokens(), claim[0], claim[1]);
        StanceClassifier.Judgement judged = parts.stances().classify(s, a, claim[0], claim[1], topics,
                namesTopic, topicInClaim, a.claim().coveredText(text));
        if (!namesTopic && ownWords && judged.stance() == Stance.OTHER) {
            Stance onTopic = parts.stances().classify(s, a, claim[0], claim[1], topics, true, false,
                    a.claim().coveredText(text)).stance();
            if (onTopic == Stance.ASSERT) {
                // words of its own under a topic an earlier sentence named: an assertion, held back from the comparisons
                judged = new StanceClassifier.Judgement(Stance.OTHER, StanceBasis.OWN_WORDS, "own-words");
            } else if (onTopic == Stance.DENY) {
                // the same words denying ("bukan untuk X, melainkan Y"): held back as well, shown as the denial
                judged = new StanceClassifier.Judgement(Stance.OTHER, StanceBasis.OWN_WORDS_DENIED, "own-words-denied");
            }
        }
        StanceTrace.decided(doc.fileName(), a.claim().start(), judged.rule(), judged.stance());
        List<NumberMention> numbers = parts.numbers().find(text, s.tokens(), claim[0], claim[1], dateMask,
                before.apply(s));
        String cue = a.cueSpan().coveredText(text);
        return new Statement(id, doc.fileName(), s.span(), a.claim(), speaker, phrase, party, cue, a.cueSpan(),
                a.quote(), a.via(), judged.stance(), topic, numbers, dates, judged.basis());
    }

    /** The person the article names in an apposition before a definite description ({@link PersonDescriptions#appositionName}). */
    private Optional<Discourse.Mention> appositionHolder(List<Token> spoken, List<Token> before) {
        return descriptions.appositionName(spoken, before).map(span -> {
            Discourse.Mention m = heldBy(span);
            return new Discourse.Mention(m.speaker(), m.party(), m.person() != null ? m.person() : m.speaker(), true);
        });
    }

    /**
     * True when the statement last built speaks through a pronoun or cue clitic that nothing before it
     * names ("…," imbuhnya. opening a page cut from the middle of an article).
     */
    boolean unresolved() {
        return unresolved;
    }

    /**
     * True when the speaker is one capitalised word that is no short form and no title ("kata
     * Sutrisno, ayah korban"): met before as a word of a speaker's full name ("Wati" after "Menteri
     * Rina Wati"), that person, for a later pronoun; with a description set off after it
     * ({@link #described}), a person met by one name, who a later pronoun may stand for as much as a
     * titled one.
     */
    private boolean oneName(List<Token> speaker) {
        if (speaker.size() != 1 || !speaker.get(0).isWord() || !speaker.get(0).isCapitalized()) {
            return false;
        }
        String w = speaker.get(0).text();
        return w.length() > 2 && !w.equals(w.toUpperCase(java.util.Locale.ROOT))
                && parts.lex().titles.at(speaker, 0, 1).isEmpty() && parts.lex().pronouns.at(speaker, 0, 1).isEmpty();
    }

    /** True when an apposition opens with a word in lower case: a description of a person ("ayah korban", "warga setempat"). */
    private static boolean described(List<Token> apposition) {
        return !apposition.isEmpty() && apposition.get(0).isWord() && !apposition.get(0).isCapitalized();
    }

    /**
     * Notes the person a sentence that is no statement names as its subject, for a pronoun met before
     * anyone speaks: the words before its first lower-case content word or relative marker, when they
     * are a plausible speaker holding a title and a person's name ("Wakil Menteri X angkat bicara.").
     */
    void narrated(Sentence s, boolean[] dateMask) {
        Lexicon lex = parts.lex();
        if (describedOpening(s)) {
            return;
        }
        int v = 0;
        while (v < s.size() && !(s.token(v).isWord() && !s.token(v).isCapitalized() && !lex.isFunctionWord(s.token(v)))
                && lex.relativeMarkers.at(s.tokens(), v, v + 1).isEmpty()) {
            v++;
        }
        if (v == 0 || v >= s.size() || lex.interrogatives.at(s.tokens(), 0).isPresent()
                || discourse.namesLatestPerson(s.tokens())) {
            // a question about someone ("Apakah X akan …, Y tak menanggapi") or a sentence still about the last
            // speaker names no new subject a pronoun could take
            return;
        }
        // Only a titled subject is remembered, and its title lies before v: a sentence with none is left
        // before the speaker phrase is cut, which reads the sentence's tags (made lazily, and costly).
        if (!lex.titles.contains(s.tokens(), 0, v)) {
            if (!titleAfterClause(s)) {
                namedOpening(s);
            }
            return;
        }
        SpeakerPhrase phrases = new SpeakerPhrase(lex, s, dateMask);
        SpeakerPhrase.Cut cut = phrases.left(0, v);
        if (!phrases.plausible(cut) || lex.pronouns.at(s.tokens(), cut.from(), cut.to()).isPresent()) {
            return;
        }
        CharSpan sp = s.spanOf(cut.from(), cut.to());
        String person = parts.parties().personName(tokens, sp.start(), sp.end()).orElse(null);
        if (person != null && lex.titles.contains(s.tokens(), cut.from(), cut.to())) {
            String party = parts.parties().partyOf(tokens, sp.start(), sp.end()).orElse(null);
            discourse.addSubject(new Discourse.Mention(SPACES.matcher(sp.coveredText(text)).replaceAll(" "), party, person, true));
        }
    }

    /** Most words of the description after a person classifier kept as the speaker ({@link #describedOpening}). */
    private static final int DESCRIPTION_WORDS = 3;

    /**
     * Notes the subject of a sentence that is no statement when it opens with a word counting one person (rules
     * {@code personClassifiers}: "Seorang anak perempuan yang … memprotes pernyataan Kristomei."): the person described
     * is the subject a singular pronoun opening the next sentence continues, whoever the sentence names as its object
     * ({@link Discourse#addDescribed}). The speaker is the classifier and the nouns after it, up to a relative marker,
     * a comma, a capitalised word or a verb's prefix, at most {@value #DESCRIPTION_WORDS} of them. Tag-free.
     *
     * @return true when a subject was noted
     */
    private boolean describedOpening(Sentence s) {
        Lexicon lex = parts.lex();
        Optional<PhraseMatcher.Match<String>> c = lex.personClassifiers.at(s.tokens(), 0);
        if (c.isEmpty()) {
            return false;
        }
        int from = c.get().to();
        int end = from;
        while (end < s.size() && end - from < DESCRIPTION_WORDS && s.token(end).isWord() && !s.token(end).isCapitalized()
                && lex.relativeMarkers.at(s.tokens(), end, end + 1).isEmpty() && !lex.looksLikeVerb(s.token(end))) {
            end++;
        }
        if (end == from) {
            return false;
        }
        CharSpan sp = s.spanOf(0, end);
        discourse.addDescribed(new Discourse.Mention(SPACES.matcher(sp.coveredText(text)).replaceAll(" "), null, null, true));
        return true;
    }

    /** Most tokens the clause before a bare title's comma may run ({@link #titleAfterClause}). */
    private static final int CLAUSE_TOKENS = 20;

    /**
     * Notes the subject of a sentence that is no statement when a clause closed by a comma comes first and a bare
     * title follows it, an article or a demonstrative beside it, before a verb in lower case ("When asked about the
     * levy, the regent replied …", "Saat ditanya soal pajak itu, Bupati menjawab …"): the one person the article named
     * holding that title ({@link TitleHolders}), else the title as written, is the subject a pronoun after it takes,
     * as a titled subject opening the sentence is. Tag-free: read from the tokens alone.
     *
     * @return true when a subject was noted
     */
    private boolean titleAfterClause(Sentence s) {
        Lexicon lex = parts.lex();
        int comma = -1;
        boolean clause = false;
        for (int i = 1; i < s.size() && i <= CLAUSE_TOKENS; i++) {
            Token t = s.token(i);
            if (t.is(",")) {
                comma = i;
                break;
            }
            clause |= t.isWord() && !t.isCapitalized() && !lex.isFunctionWord(t);
        }
        if (comma < 0 || !clause) {
            return false;
        }
        int from = comma + 1;
        int title = from;
        while (title < s.size() && title - from < 2 && s.token(title).isWord() && !s.token(title).isCapitalized()
                && lex.isFunctionWord(s.token(title))) {
            title++;
        }
        Optional<PhraseMatcher.Match<String>> m = lex.titles.at(s.tokens(), title);
        if (m.isEmpty() || lex.isFunctionWord(s.token(m.get().to() - 1))) {
            // an article the rules also hold as a title ("The") is no title of its own
            return false;
        }
        int end = m.get().to();
        while (end < s.size() && lex.demonstratives.at(s.tokens(), end, end + 1).isPresent()) {
            end++;
        }
        if (end >= s.size()) {
            return false;
        }
        Token verb = s.token(end);
        if (!verb.isWord() || verb.isCapitalized() || lex.isFunctionWord(verb)
                || lex.relativeMarkers.at(s.tokens(), end, end + 1).isPresent()
                || lex.pronouns.at(s.tokens(), end, end + 1).isPresent()) {
            return false;
        }
        Optional<Discourse.Mention> holder = titleHolders.holder(s.tokens().subList(title, end), discourse.heard());
        if (holder.isPresent()) {
            discourse.addSubject(holder.get());
            return true;
        }
        CharSpan sp = s.spanOf(from, end);
        String party = parts.parties().partyOf(tokens, sp.start(), sp.end()).orElse(null);
        discourse.addSubject(new Discourse.Mention(SPACES.matcher(sp.coveredText(text)).replaceAll(" "), party, null, true));
        return true;
    }

    /** Most words a bare name opening a narration sentence may have. */
    private static final int NAME_WORDS = 4;

    /**
     * Notes a sentence that is no statement opening with a person's bare name set off by a comma, a bracket or a
     * relative marker ("Rina Wati, who has …", "Rina Wati (45) …", "Rina Wati yang …"): two to four capitalised words,
     * no function word, title, pronoun, short form or party among them; a personal pronoun after it is that person's
     * ({@link Discourse#addNamed}). Tag-free: read from the tokens alone.
     */
    private void namedOpening(Sentence s) {
        Lexicon lex = parts.lex();
        int e = 0;
        while (e < s.size() && e <= NAME_WORDS && s.token(e).isWord() && s.token(e).isCapitalized()
                && !s.token(e).isNumber() && !lex.isFunctionWord(s.token(e))) {
            e++;
        }
        if (e < 2 || e > NAME_WORDS || e >= s.size()) {
            return;
        }
        String next = s.token(e).text();
        if (!next.equals(",") && !next.equals("(") && lex.relativeMarkers.at(s.tokens(), e, e + 1).isEmpty()
                || lex.pronouns.at(s.tokens(), 0, e).isPresent()) {
            return;
        }
        CharSpan sp = s.spanOf(0, e);
        PartyResolver pr = parts.parties();
        String person = pr.personName(tokens, sp.start(), sp.end()).orElse(null);
        if (person != null && person.split(" ").length == e && pr.partyOf(tokens, sp.start(), sp.end()).isEmpty()
                && pr.institutionOf(tokens, sp.start(), sp.end()).isEmpty()) {
            discourse.addNamed(new Discourse.Mention(person, null, person, true));
        }
    }

    /**
     * How many content words the claim has. In an article no topic lexicon speaks to, a claim with
     * words of its own takes its proposition from the folder ({@link Propositions}) and asserts it;
     * where a lexicon topic is the article's subject, a claim that does not name it keeps it as
     * before (and takes no position on it: other) unless the folder pass finds that topic is not
     * what the folder is about.
     */
    private int contentWords(Sentence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (parts.content().isContent(s.token(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * True when the claim points back to an earlier claim: a reference noun with a demonstrative
     * after it ("klaim ini", "rumor … tersebut") or shortly before it ("these … rumours", "any such
     * transfers").
     */
    /** How many tokens a claim's subject may run before a demonstrative that makes it point back. */
    private static final int SUBJECT_WORDS = 4;

    /**
     * True when the claim's subject points back at a kind of thing said before ("keputusan semacam itu berada di
     * bawah …", "such decisions rest with …", rules {@code kindReferences}): the claim speaks of such things in
     * general, no words of its own on what was told. A subject pointing back at the thing told ("Tawuran itu masalah
     * kecil", "Informasi ini cukup …") says something of it: its own words, asserted (on the seven sets the gold read
     * all such claims as assertions or denials, none as other; docs/ACCURACY.md, branch h24so24).
     */
    private boolean subjectPointsBack(Sentence s, int from, int to) {
        Lexicon lex = parts.lex();
        for (int i = from; i < Math.min(to, from + SUBJECT_WORDS); i++) {
            if (lex.demonstratives.at(s.tokens(), i, i + 1).isPresent() && !partOfAdverb(s, i)) {
                return lex.kindReferences.at(s.tokens(), i, i + 1).isPresent()
                        || i > from && lex.kindReferences.at(s.tokens(), i - 1, i).isPresent();
            }
        }
        return false;
    }

    private boolean refersBack(Sentence s, int from, int to) {
        Lexicon lex = parts.lex();
        for (PhraseMatcher.Match<String> m : lex.referenceNouns.findAll(s.tokens(), from, to)) {
            for (int i = m.from() - 1; i >= Math.max(from, m.from() - DEMONSTRATIVE_BEFORE); i--) {
                if (s.token(i).is(",")) {
                    break;
                }
                if (lex.demonstratives.at(s.tokens(), i, i + 1).isPresent() && !partOfAdverb(s, i)) {
                    return true;
                }
            }
            for (int i = m.to(); i < Math.min(to, m.to() + REFERENCE_WINDOW); i++) {
                if (s.token(i).is(",")) {
                    break;
                }
                if (lex.demonstratives.at(s.tokens(), i, i + 1).isPresent() && !partOfAdverb(s, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "ini" in "baru-baru ini" or "saat ini" is time, not a reference. */
    private boolean partOfAdverb(Sentence s, int i) {
        return i > 0 && parts.lex().timeWords.at(s.tokens(), i - 1, i + 1).isPresent();
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }
}
