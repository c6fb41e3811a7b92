package dev.tilik.statements;

import dev.tilik.rules.CueRule;
import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.StatementRules;
import dev.tilik.rules.SyntaxWords;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One language's statement rules compiled into phrase matchers, built once per extractor. */
final class Lexicon {
    final String language;
    final StatementRules rules;
    final PhraseMatcher<CueRule> cues;
    final PhraseMatcher<String> negations;
    final PhraseMatcher<String> conditionals;
    final PhraseMatcher<String> hedges;
    final PhraseMatcher<String> noComment;
    final PhraseMatcher<String> dismissals;
    final PhraseMatcher<String> occurrences;
    /** Negations that only say "not yet" ("belum"): see {@link #denies}. */
    final PhraseMatcher<String> pending;
    private final PhraseMatcher<String> notYet;
    /** Words of finding that after a "not yet" say who is still missing ("belum ditemukan"): see {@link #notYet}. */
    private final PhraseMatcher<String> stillMissing;
    /** Words of having or being able that, right after a negation, make it a lack stated ("tidak punya", "tidak bisa"). */
    final PhraseMatcher<String> lacks;
    final PhraseMatcher<String> appeals;
    /** Words opening a clause of another rank inside a claim ("karena", "because"). */
    final PhraseMatcher<String> clauseBreaks;
    /** Negations that deny whatever they negate in the claim's own predicate ("tidak akan", "never"). */
    final PhraseMatcher<String> firmNegations;
    /** Verbs a speaker negates of themselves to state a lack, not to rule out an act ("kami tidak menerima gaji"). */
    final PhraseMatcher<String> negativeFacts;
    /** Words opening a question a claim leaves open inside what it says ("… apakah dia akan rilis atau tidak"). */
    final PhraseMatcher<String> openQuestions;
    /** Words opening a quoted question ("bagaimana", "ke mana", "why"): {@link Questions}. */
    final PhraseMatcher<String> interrogatives;
    /**
     * Words never naming a proposition in its label, lower case ({@link PropositionLabel}): the rules' {@code labelStops},
     * and the number rules' multipliers, magnitudes and currencies ("juta dolar" names no claim).
     */
    final Set<String> labelStops;
    /** The language's money words ("dolar", "US$", "ringgit"): from its number rules. */
    final PhraseMatcher<String> currencies;
    /** Words setting what is so against what was negated ("melainkan", "but rather"). */
    final PhraseMatcher<String> contrasts;
    /** Negations that, after a comma closing what is so, only say what it is not ("…, bukan karena …", "…, not …"). */
    final PhraseMatcher<String> corrections;
    /** Plain negations of what a thing is ("bukan"): on the claim's own predicate they deny, stating no lack. */
    final PhraseMatcher<String> identityNegations;
    final PhraseMatcher<String> emphatic;
    /** Cues of criticism whose object is what is criticised ("mengkritik", "mengecam"; none in English, where no criticism is a cue). */
    final PhraseMatcher<String> criticisms;
    /** Verbs of asking (rules {@code asks}) and the words opening the question they report ({@code askedQuestions}). */
    final PhraseMatcher<String> asks;
    final PhraseMatcher<String> askedQuestions;
    /** Words that make what a negated verb of telling leaves unsaid a detail left open ("tanggal pasti", rules {@code openDetails}). */
    final PhraseMatcher<String> openDetails;
    /** Verbs of perceiving (rules {@code perceptionVerbs}): right after a pronoun at a claim's head, its frame, no content word. */
    final PhraseMatcher<String> perceptionVerbs;
    /** Nouns of an act of telling (rules {@code toldNouns}): with a demonstrative before a passive cue, the sentences before. */
    final PhraseMatcher<String> toldNouns;
    /** Auxiliaries making a cue verb after them passive (rules {@code passiveAuxiliaries}: "was", "been"): {@link WeakCues}. */
    final PhraseMatcher<String> passiveAuxiliaries;
    /** Phrases of not accepting (rules {@code labelRefusals}) and the passive verbs of naming they refuse ({@code namings}). */
    final PhraseMatcher<String> labelRefusals;
    final PhraseMatcher<String> namings;
    /** Speech verbs in the bare form a wish takes before them ("saya ingin sampaikan bahwa …", rules {@code bareSpeechVerbs}). */
    final PhraseMatcher<String> bareSpeechVerbs;
    /** Cues that question, doubt or accuse, in lower case ("mempertanyakan", "questioned"): what an answer denies. */
    final java.util.Set<String> doubts;
    final PhraseMatcher<String> refusals;
    /** Words by which a speaker assures or commits ("memastikan", "berkomitmen untuk", "assure"). */
    final PhraseMatcher<String> assurances;
    /** Words of a wish, feeling or request ("berharap", "kecewa", "hope"). */
    final PhraseMatcher<String> wishes;
    /** Words saying an act is done ("sudah", "telah"): a wish after one is a request made, reported. */
    final PhraseMatcher<String> completed;
    /** Set phrases holding a hedge word that do not hedge ("sesegera mungkin"). */
    final PhraseMatcher<String> notHedges;
    final PhraseMatcher<String> pronouns;
    final PhraseMatcher<String> groupPronouns;
    final PhraseMatcher<String> via;
    final PhraseMatcher<String> complementizers;
    final PhraseMatcher<String> clauseOpeners;
    final PhraseMatcher<String> speakerTrim;
    /** Words of a verb group after a speaker's name (rules {@code auxiliaries}: "sempat", "lantas"). */
    final PhraseMatcher<String> auxiliaries;
    final PhraseMatcher<String> scopeWords;
    final PhraseMatcher<String> conjunctions;
    final PhraseMatcher<String> relativeMarkers;
    /** Words saying what a thing is (rules {@code copulas}: "adalah", "is"), read after a relative marker. */
    final PhraseMatcher<String> copulas;
    /** Words counting one person before a noun (rules {@code personClassifiers}: "seorang", "salah seorang"). */
    final PhraseMatcher<String> personClassifiers;
    final PhraseMatcher<String> sourceMarkers;
    final PhraseMatcher<String> referenceNouns;
    final PhraseMatcher<String> demonstratives;
    final PhraseMatcher<String> kindReferences;
    /** Words opening a clause that grants something (rules {@code concessives}: "meskipun", "although", "while"). */
    final PhraseMatcher<String> concessives;
    final PhraseMatcher<String> anaphors;
    /** Nouns of a record that can be a sentence's source, and the words opening one (rules {@code records}, {@code recordOpeners}). */
    final PhraseMatcher<String> records;
    final PhraseMatcher<String> recordOpeners;
    /** Words between a record's noun and the body it comes from (rules {@code recordSources}: "dari", "oleh"). */
    final PhraseMatcher<String> recordSources;
    /** Words opening a sentence that goes on with the account reported before it (rules {@code continuations}). */
    final PhraseMatcher<String> continuations;
    /** Verbs of speaking that introduce a quotation after a comma (rules {@code quoteIntroducers}). */
    final PhraseMatcher<String> quoteIntroducers;
    /** Words closing a quotation right after its mark, no cue elsewhere (rules {@code quoteClosers}). */
    final PhraseMatcher<String> quoteClosers;
    /** The clitics that stand for a person: those the language's pronouns end with ("nya" of "dirinya", "pihaknya"). */
    final List<String> personClitics;
    final PhraseMatcher<String> firstPersons;
    final PhraseMatcher<String> timeWords;
    final List<String> verbPrefixes;
    /**
     * Prefixes of a passive verb (rules {@code passivePrefixes}: "di"), read on a clause set off before a speaker and on a
     * claim's word, whose verb's root it writes whole ({@link HiddenRoots}).
     */
    final List<String> passivePrefixes;

    /** Shortest passive verb read ("diakui"); shorter words opening with the prefix are names or nouns ("dia", "diri"). */
    static final int PASSIVE_LETTERS = 6;

    /** True when {@code t} has a passive verb's shape: a prefix of {@link #passivePrefixes} opening a word of six letters or more. */
    boolean passiveShaped(Token t) {
        return t.isWord() && passiveShaped(t.text());
    }

    /** True when a word written {@code surface} has a passive verb's shape, as {@link #passiveShaped(Token)} reads a token. */
    boolean passiveShaped(String surface) {
        String lower = surface.toLowerCase(java.util.Locale.ROOT);
        return surface.length() >= PASSIVE_LETTERS && passivePrefixes.stream().anyMatch(lower::startsWith);
    }
    final PhraseMatcher<String> titles;
    /** Words naming what a person does for an institution ("Ketua", "Direktur", "spokesman"), lower case. */
    final Set<String> roles;
    /** Capitalised words naming a kind of organisation inside its name ("Partai", "Lembaga"), lower case. */
    final Set<String> organisationWords;
    /** Nouns naming a kind of body ("polisi", "manajemen", "perusahaan"; rules {@code bodyKinds}), lower case. */
    final Set<String> bodyKinds;
    /** The titles of a region's head ("Bupati", "Regent", "Governor"; rules {@code heads}, keys), lower case. */
    final Set<String> headTitles;
    /** The articles that make a noun phrase definite ("the"; rules {@code definiteArticles}), lower case. */
    final Set<String> definiteArticles;
    final Set<String> modalConditionals;
    /** The language's abbreviations that never end a sentence, lower case, without their dot ("dr", "jl"). */
    final Set<String> abbreviations;
    /** Words qualifying a figure ("sekitar", "at least"): from the language's number rules. */
    final PhraseMatcher<String> figureQualifiers;
    /** The language's function words (its profile's stop words): never a name on their own. */
    final dev.tilik.language.StopWords stopWords;
    /** The language's weekday names, lower case ("minggu", "monday"): from its date rules. */
    final Set<String> weekdays;
    /** Words before a place name ("di", "Kabupaten", "in", "Province"), lower case: from the syntax rules. */
    final Set<String> placeMarkers;

    Lexicon(LanguageRules lr) {
        this(lr, dev.tilik.language.StopWords.none());
    }

    Lexicon(LanguageRules lr, dev.tilik.language.StopWords stopWords) {
        this.stopWords = stopWords;
        weekdays = Set.copyOf(lr.dates().weekdays().keySet());
        language = lr.language();
        rules = lr.statements();
        SyntaxWords sx = rules.syntax();
        List<String> cl = sx.clitics();
        Map<String, CueRule> cueMap = new HashMap<>();
        rules.cues().forEach(c -> cueMap.putIfAbsent(c.word(), c));
        boolean lemmas = rules.cueLemmas();
        FirstWords first = new FirstWords(); // one lookup of a token for all the matchers below
        cues = first.add(lemmas ? new PhraseMatcher<>(cueMap, cl).withLemmas() : new PhraseMatcher<>(cueMap, cl));
        negations = first.add(PhraseMatcher.of(rules.negations(), cl));
        conditionals = first.add(PhraseMatcher.of(rules.conditionals(), cl));
        hedges = first.add(PhraseMatcher.of(rules.hedges(), cl));
        noComment = first.add(lemmas ? PhraseMatcher.of(rules.noComment(), cl).withLemmas() : PhraseMatcher.of(rules.noComment(), cl));
        dismissals = first.add(PhraseMatcher.of(rules.dismissals(), cl));
        occurrences = first.add(PhraseMatcher.of(rules.occurrences(), cl));
        pending = first.add(PhraseMatcher.of(rules.pending(), cl));
        notYet = first.add(PhraseMatcher.of(rules.notYet(), cl));
        stillMissing = first.add(PhraseMatcher.of(rules.stillMissing(), cl));
        lacks = first.add(PhraseMatcher.of(rules.lacks(), cl));
        appeals = first.add(PhraseMatcher.of(rules.appeals(), cl));
        clauseBreaks = first.add(PhraseMatcher.of(rules.clauseBreaks(), List.of()));
        firmNegations = first.add(PhraseMatcher.of(rules.firmNegations(), List.of()));
        openQuestions = first.add(PhraseMatcher.of(rules.openQuestions(), List.of()));
        interrogatives = first.add(PhraseMatcher.of(rules.interrogatives(), List.of()));
        java.util.List<String> stops = new java.util.ArrayList<>(rules.labelStops());
        stops.addAll(lr.numbers().multipliers().keySet());
        stops.addAll(lr.numbers().magnitudes().keySet());
        stops.addAll(lr.numbers().currencies());
        labelStops = Set.copyOf(stops.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
        currencies = first.add(PhraseMatcher.of(lr.numbers().currencies(), List.of()));
        negativeFacts = first.add(lemmas ? PhraseMatcher.of(rules.negativeFacts(), cl).withLemmas() : PhraseMatcher.of(rules.negativeFacts(), cl));
        contrasts = first.add(PhraseMatcher.of(rules.contrasts(), List.of()));
        corrections = first.add(PhraseMatcher.of(rules.corrections(), List.of()));
        identityNegations = first.add(PhraseMatcher.of(rules.identityNegations(), List.of()));
        emphatic = first.add(lemmas ? PhraseMatcher.of(rules.emphatic(), cl).withLemmas() : PhraseMatcher.of(rules.emphatic(), cl));
        criticisms = first.add(lemmas ? PhraseMatcher.of(rules.criticisms(), cl).withLemmas() : PhraseMatcher.of(rules.criticisms(), cl));
        asks = first.add(lemmas ? PhraseMatcher.of(rules.asks(), cl).withLemmas() : PhraseMatcher.of(rules.asks(), cl));
        askedQuestions = first.add(PhraseMatcher.of(rules.askedQuestions(), List.of()));
        openDetails = first.add(PhraseMatcher.of(rules.openDetails(), List.of()));
        perceptionVerbs = first.add(PhraseMatcher.of(rules.perceptionVerbs(), List.of()));
        toldNouns = first.add(PhraseMatcher.of(rules.toldNouns(), List.of()));
        passiveAuxiliaries = first.add(PhraseMatcher.of(rules.passiveAuxiliaries(), List.of()));
        labelRefusals = first.add(PhraseMatcher.of(rules.labelRefusals(), cl));
        namings = first.add(PhraseMatcher.of(rules.namings(), cl));
        bareSpeechVerbs = first.add(PhraseMatcher.of(rules.bareSpeechVerbs(), cl));
        doubts = rules.doubts().stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        refusals = first.add(lemmas ? PhraseMatcher.of(rules.refusals(), cl).withLemmas() : PhraseMatcher.of(rules.refusals(), cl));
        assurances = first.add(lemmas ? PhraseMatcher.of(rules.assurances(), cl).withLemmas() : PhraseMatcher.of(rules.assurances(), cl));
        wishes = first.add(lemmas ? PhraseMatcher.of(rules.wishes(), cl).withLemmas() : PhraseMatcher.of(rules.wishes(), cl));
        notHedges = first.add(PhraseMatcher.of(rules.notHedges(), cl));
        completed = first.add(PhraseMatcher.of(rules.completed(), List.of()));
        modalConditionals = Set.copyOf(rules.modalConditionals().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        pronouns = first.add(PhraseMatcher.of(rules.pronouns(), List.of()));
        groupPronouns = first.add(PhraseMatcher.of(sx.groupPronouns(), List.of()));
        via = first.add(PhraseMatcher.of(rules.via(), cl));
        complementizers = first.add(PhraseMatcher.of(sx.complementizers(), List.of()));
        clauseOpeners = first.add(PhraseMatcher.of(sx.clauseOpeners(), List.of()));
        speakerTrim = first.add(PhraseMatcher.of(sx.speakerTrim(), List.of()));
        auxiliaries = first.add(PhraseMatcher.of(sx.auxiliaries(), List.of()));
        scopeWords = first.add(PhraseMatcher.of(sx.scopeWords(), List.of()));
        conjunctions = first.add(PhraseMatcher.of(sx.conjunctions(), List.of()));
        relativeMarkers = first.add(PhraseMatcher.of(sx.relativeMarkers(), List.of()));
        copulas = first.add(PhraseMatcher.of(sx.copulas(), List.of()));
        personClassifiers = first.add(PhraseMatcher.of(sx.personClassifiers(), List.of()));
        sourceMarkers = first.add(PhraseMatcher.of(sx.sourceMarkers(), List.of()));
        referenceNouns = first.add(PhraseMatcher.of(sx.referenceNouns(), cl));
        demonstratives = first.add(PhraseMatcher.of(sx.demonstratives(), List.of()));
        kindReferences = first.add(PhraseMatcher.of(sx.kindReferences(), List.of()));
        concessives = first.add(PhraseMatcher.of(sx.concessives(), List.of()));
        anaphors = first.add(PhraseMatcher.of(sx.anaphors(), List.of()));
        records = first.add(PhraseMatcher.of(sx.records(), cl));
        recordOpeners = first.add(PhraseMatcher.of(sx.recordOpeners(), List.of()));
        recordSources = first.add(PhraseMatcher.of(sx.recordSources(), List.of()));
        continuations = first.add(PhraseMatcher.of(sx.continuations(), List.of()));
        quoteIntroducers = first.add(PhraseMatcher.of(sx.quoteIntroducers(), List.of()));
        quoteClosers = first.add(PhraseMatcher.of(sx.quoteClosers(), cl));
        personClitics = cl.stream().filter(c -> rules.pronouns().stream()
                .anyMatch(p -> p.length() > c.length() && p.endsWith(c))).toList();
        firstPersons = first.add(PhraseMatcher.of(sx.firstPersons(), List.of()));
        timeWords = first.add(PhraseMatcher.of(sx.timeWords(), List.of()));
        verbPrefixes = sx.verbPrefixes();
        passivePrefixes = sx.passivePrefixes();
        titles = first.add(PhraseMatcher.of(sx.titles(), List.of()));
        placeMarkers = Set.copyOf(sx.placeMarkers().stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
        roles = Set.copyOf(sx.roles().stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
        organisationWords = Set.copyOf(sx.organisationWords().stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
        bodyKinds = Set.copyOf(sx.bodyKinds().keySet().stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
        headTitles = Set.copyOf(sx.heads().keySet().stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
        definiteArticles = Set.copyOf(sx.definiteArticles().stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
        figureQualifiers = first.add(PhraseMatcher.of(List.copyOf(lr.numbers().qualifiers().keySet()), List.of()));
        abbreviations = Set.copyOf(lr.sentences().abbreviations().stream()
                .map(a -> a.toLowerCase(Locale.ROOT).replaceAll("\\.$", "")).distinct().toList());
    }

    /**
     * True when a negation match can deny: not one inside a phrase that only says something has not
     * happened yet, no longer holds, must not be, or is to be avoided ("masih belum ditemukan", "tidak
     * lagi beroperasi", "tidak boleh ditutup", "agar tidak terjadi", "has not yet", "no longer"; a
     * phrase may start up to two words before the negation), though a longer negation starting with it
     * does ("belum pernah").
     */
    boolean denies(List<Token> tokens, PhraseMatcher.Match<String> negation) {
        for (int i = Math.max(0, negation.from() - 2); i < negation.to(); i++) {
            if (pending.at(tokens, i, tokens.size()).filter(p -> p.to() >= negation.to()).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a negation match that does not deny ({@link #denies}) says of an event that it has not
     * happened yet: a "not yet" phrase ("belum", "belum ada", "not yet") right before the event's own
     * word ("belum ada izin", "belum dibuka"). Not before a function word ("belum dapat
     * menemukan", "belum juga": what cannot be done yet, or how long), nor in a relative clause ("yang
     * belum teridentifikasi": a noun phrase, not the claim), nor a negation that no longer holds, must
     * not be or is to be avoided; nor a no-comment phrase ("belum tahu hasil …", "belum mendapat
     * informasi …": what the speaker does not know yet, not that the event has not happened); nor a word of finding
     * ({@code stillMissing}: "lima warga belum ditemukan", "have not yet been found"): who is still missing, a state
     * reported, read as "yang belum ditemukan" is, not a finding others report and this claim denies.
     */
    boolean notYet(List<Token> tokens, PhraseMatcher.Match<String> negation) {
        if (negation.from() > 0 && relativeMarkers.at(tokens, negation.from() - 1, tokens.size()).isPresent()) {
            return false;
        }
        if (noComment.at(tokens, negation.from(), tokens.size()).isPresent()) {
            return false;
        }
        for (int i = Math.max(0, negation.from() - 2); i <= negation.from(); i++) {
            var phrase = notYet.at(tokens, i, tokens.size()).filter(p -> p.to() >= negation.to());
            if (phrase.isPresent()) {
                int next = phrase.get().to();
                return next < tokens.size() && tokens.get(next).isWord() && !isFunctionWord(tokens.get(next))
                        && stillMissing.at(tokens, next, tokens.size()).isEmpty();
            }
        }
        return false;
    }

    /** How many function words may stand between a firm negation and the act it rules out ("bukan niat kami untuk menutup"). */
    private static final int BEFORE_ACT = 3;

    /**
     * The act a firm negation at {@code from} rules out ({@code firmNegations} longer than its negation word, then, past at
     * most {@value #BEFORE_ACT} function words, a verb: "tidak bermaksud merampas", "tidak memiliki niat untuk menantang",
     * "tidak ada niat dari kami untuk merampas", "tidak pernah ikut"): the verb's index; -1 when none before {@code to}.
     */
    int ruledOutAct(List<Token> tokens, int from, int to) {
        var firm = firmNegations.at(tokens, from, to);
        var neg = negations.at(tokens, from, to);
        if (firm.isEmpty() || neg.isEmpty() || firm.get().to() <= neg.get().to()) {
            return -1;
        }
        int end = firm.get().to();
        for (int j = end; j < to && j <= end + BEFORE_ACT && tokens.get(j).isWord(); j++) {
            if (looksLikeVerb(tokens.get(j))) {
                return j;
            }
            if (!isFunctionWord(tokens.get(j))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when the firm negation at {@code from} rules out an intent or a plan: the phrase ends on a word of its own
     * ("tidak bermaksud", "bukan niat", "tidak ada rencana"), not a function word ("tidak akan", "tidak pernah").
     */
    boolean intentRuledOut(List<Token> tokens, int from, int to) {
        var firm = firmNegations.at(tokens, from, to);
        return firm.isPresent() && !isFunctionWord(tokens.get(firm.get().to() - 1)) && ruledOutAct(tokens, from, to) > 0;
    }

    private static final java.util.Set<String> VERB_MODIFIERS = java.util.Set.of("ADV", "AUX");

    /**
     * True for a word that may stand between a subject and its verb without being a verb of its own: a
     * function word ("sangat", "are") or an adverb or auxiliary by its tag ("deeply"). "Saya paham warga
     * ingin …": "paham" is the speaker's verb, the wish is another subject's.
     */
    boolean modifiesVerb(Token w) {
        return isFunctionWord(w) || w.tagIn(VERB_MODIFIERS);
    }

    /** True for a function word of the language, in any case ("Sempat", "lebih", "Tapi"). */
    boolean isFunctionWord(Token t) {
        return t.isWord() && stopWords.contains(t.lower());
    }

    /** True when {@code t} is a lower-case word that looks like a finite verb ("memanggil"). */
    boolean looksLikeVerb(Token t) {
        if (!t.isWord() || t.isCapitalized() || t.text().length() < 6) {
            return false;
        }
        String lower = t.lower();
        return verbPrefixes.stream().anyMatch(lower::startsWith);
    }
}
