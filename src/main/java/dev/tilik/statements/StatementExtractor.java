package dev.tilik.statements;

import dev.tilik.language.LanguageProfile;
import dev.tilik.language.LanguageProfiles;
import dev.tilik.nlp.Document;
import dev.tilik.rules.LanguageRules;
import dev.tilik.rules.Rules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The statements stage: from a {@link Document} (sentences outside boilerplate) to the attributed
 * statements of the article and every date in its body. Rules are compiled once here; each
 * {@link #extract} call keeps its own state, so one extractor may serve several threads.
 * An article in a language without rules yields no statements and no dates.
 */
public final class StatementExtractor {

    /** One language's compiled parts. */
    record Parts(Lexicon lex, AttributionFinder attributions, StanceClassifier stances, PartyResolver parties,
                 NumberExtractor numbers, DateExtractor dates, TopicMatcher topics, ContentWords content) {
    }

    private final Map<String, Parts> byLanguage = new HashMap<>();
    /** The words the institution pass reads, every language joined (a folder mixes them). */
    private final Institutions.Words institutionWords;
    /** The words the kin pass reads, every language joined. */
    private final FamilySpeakers.Words familyWords;
    /** A group an event befalls to its survivors' name, and the relative markers, every language joined. */
    private final Map<String, String> survivors;
    private final java.util.Set<String> relativeMarkers;
    private final java.util.Set<String> ruleParties;

    public StatementExtractor(Rules rules) {
        Objects.requireNonNull(rules, "rules");
        ruleParties = java.util.Set.copyOf(rules.parties().parties().keySet());
        java.util.List<LanguageRules> all = new java.util.ArrayList<>();
        LanguageProfiles profiles = LanguageProfiles.of(rules);
        for (LanguageProfile profile : profiles.coveredProfiles()) {
            all.add(profile.rules());
            byLanguage.put(profile.code(), parts(profile, rules, profiles.first()));
        }
        institutionWords = institutionWords(all);
        familyWords = familyWords(all);
        survivors = joinedMap(all, dev.tilik.rules.SyntaxWords::survivors);
        relativeMarkers = joinedSet(all, dev.tilik.rules.SyntaxWords::relativeMarkers);
    }

    private static FamilySpeakers.Words familyWords(List<LanguageRules> all) {
        return new FamilySpeakers.Words(joinedMap(all, dev.tilik.rules.SyntaxWords::kin),
                joinedSet(all, dev.tilik.rules.SyntaxWords::kinOwners), joinedSet(all, dev.tilik.rules.SyntaxWords::kinDeterminers),
                joinedMap(all, dev.tilik.rules.SyntaxWords::people), joinedSet(all, dev.tilik.rules.SyntaxWords::kinOthers));
    }

    /** The words the institution pass reads, every language of the rules joined. */
    Institutions.Words institutionWords() {
        return institutionWords;
    }

    private static Institutions.Words institutionWords(List<LanguageRules> all) {
        java.util.function.Function<java.util.function.Function<dev.tilik.rules.SyntaxWords, List<String>>, java.util.Set<String>>
                joined = f -> joinedSet(all, f);
        return new Institutions.Words(joined.apply(dev.tilik.rules.SyntaxWords::roles),
                joined.apply(dev.tilik.rules.SyntaxWords::rolePrefixes), joined.apply(dev.tilik.rules.SyntaxWords::titles),
                union(joined.apply(dev.tilik.rules.SyntaxWords::institutionSuffixes), joined.apply(dev.tilik.rules.SyntaxWords::stateForms)),
                joined.apply(dev.tilik.rules.SyntaxWords::stateForms),
                joined.apply(dev.tilik.rules.SyntaxWords::placeMarkers), joined.apply(dev.tilik.rules.SyntaxWords::scopeWords),
                joined.apply(dev.tilik.rules.SyntaxWords::conjunctions), units(all), joinedMap(all, dev.tilik.rules.SyntaxWords::heads),
                joined.apply(dev.tilik.rules.SyntaxWords::ministries), joined.apply(dev.tilik.rules.SyntaxWords::ministerPrefixes),
                joinedMap(all, dev.tilik.rules.SyntaxWords::ministers), joined.apply(dev.tilik.rules.SyntaxWords::demonstratives),
                joinedMap(all, dev.tilik.rules.SyntaxWords::people),
                joined.apply(dev.tilik.rules.SyntaxWords::relations),
                java.util.List.copyOf(joined.apply(dev.tilik.rules.SyntaxWords::nicknameOpeners)),
                java.util.List.copyOf(joined.apply(dev.tilik.rules.SyntaxWords::nicknameClosers)),
                joined.apply(dev.tilik.rules.SyntaxWords::placeLinks), joined.apply(dev.tilik.rules.SyntaxWords::organisationWords),
                joined.apply(dev.tilik.rules.SyntaxWords::organisationNouns), bodyKinds(all),
                joinedMap(all, dev.tilik.rules.SyntaxWords::ranks), unitHeads(all),
                joined.apply(dev.tilik.rules.SyntaxWords::ministerWords), joinedMap(all, dev.tilik.rules.SyntaxWords::portfolios),
                joined.apply(dev.tilik.rules.SyntaxWords::functionalAreas), joinedMap(all, dev.tilik.rules.SyntaxWords::placeWords),
                joined.apply(dev.tilik.rules.SyntaxWords::records), joined.apply(dev.tilik.rules.SyntaxWords::regionWords),
                joined.apply(dev.tilik.rules.SyntaxWords::divisionWords), joined.apply(dev.tilik.rules.SyntaxWords::pressUnits),
                joined.apply(dev.tilik.rules.SyntaxWords::politicianNouns));
    }

    /**
     * One of the syntax words' maps, every covered language's joined, its keys lower case: the nouns naming people who
     * speak for no institution with the group each names, the head titles with the body each heads, the minister titles
     * with how their ministries' short forms open.
     */
    /** One list of words of every language's syntax rules, lower case. */
    private static java.util.Set<String> joinedSet(List<LanguageRules> all,
                                                   java.util.function.Function<dev.tilik.rules.SyntaxWords, List<String>> f) {
        java.util.Set<String> out = new java.util.HashSet<>();
        all.forEach(lr -> f.apply(lr.statements().syntax()).forEach(w -> out.add(w.toLowerCase(java.util.Locale.ROOT))));
        return java.util.Set.copyOf(out);
    }

    private static Map<String, String> joinedMap(List<LanguageRules> all,
                                                 java.util.function.Function<dev.tilik.rules.SyntaxWords, Map<String, String>> f) {
        Map<String, String> out = new HashMap<>();
        all.forEach(lr -> f.apply(lr.statements().syntax()).forEach((k, v) -> out.putIfAbsent(k.toLowerCase(java.util.Locale.ROOT), v)));
        return Map.copyOf(out);
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return java.util.Set.copyOf(out);
    }

    /** The place markers that are administrative units, written capitalised in the rules ("Kabupaten", "Regency"). */
    /** The nouns naming a kind of body, every covered language's joined, lower case, with how such bodies' short forms open. */
    private static Map<String, List<String>> bodyKinds(List<LanguageRules> all) {
        Map<String, List<String>> out = new HashMap<>();
        all.forEach(lr -> lr.statements().syntax().bodyKinds().forEach((k, v) -> out.putIfAbsent(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v))));
        return Map.copyOf(out);
    }

    /** The head parts of one-word offices, every covered language's joined, as written ("Dan" → "Ko"). */
    private static Map<String, String> unitHeads(List<LanguageRules> all) {
        Map<String, String> out = new HashMap<>();
        all.forEach(lr -> lr.statements().syntax().unitHeads().forEach(out::putIfAbsent));
        return Map.copyOf(out);
    }

    private static java.util.Set<String> units(List<LanguageRules> all) {
        java.util.Set<String> out = new java.util.HashSet<>();
        all.forEach(lr -> lr.statements().syntax().placeMarkers().stream().filter(m -> Character.isUpperCase(m.charAt(0)))
                .forEach(m -> out.add(m.toLowerCase(java.util.Locale.ROOT))));
        return java.util.Set.copyOf(out);
    }

    /** How the evaluation compares parties as institutions, with the short forms {@code texts} define. */
    public PartyNames partyNames(List<String> texts) {
        return partyNames(FolderNames.Read.of(FolderNames.tokens(texts), institutionWords));
    }

    /**
     * How the evaluation compares parties: {@link #partyNames(List)} with the level each place is mostly written with,
     * so a body written with or without its level word is one ({@link PartyNames#sameBody}). Tilik's analysis never asks it.
     */
    public PartyNames evaluationPartyNames(List<String> texts) {
        return partyNames(texts).withUsualLevels(institutionWords.units(), texts);
    }

    private PartyNames partyNames(FolderNames.Read read) {
        return new PartyNames(read.acronyms(), institutionWords.roles(), institutionWords.suffixes(), read.places(),
                FolderNames.joined(read.tokens()), institutionWords.placeMarkers(), institutionWords.organisationWords());
    }

    /** A covered language's compiled parts, from its profile: its rules, word forms and stop words. */
    private static Parts parts(LanguageProfile profile, Rules rules, LanguageProfile glossaryTarget) {
        LanguageRules lr = profile.rules();
        Lexicon lex = new Lexicon(lr, profile.stopWords());
        ContentWords content = ContentWords.of(profile, ruleWords(lr), lr.statements().glossary(), glossaryTarget.wordForms(),
                lr.statements().loanSpellings(), profile.code().equals(glossaryTarget.code()));
        return new Parts(lex, new AttributionFinder(lex, profile.wordForms()), new StanceClassifier(lex),
                new PartyResolver(rules.parties(), lex), new NumberExtractor(lr.numbers(), lr.statements().negations(),
                        lr.statements().syntax().conjunctions(), lr.statements().syntax().relativeMarkers(),
                        lr.statements().syntax().passivePrefixes(), content),
                new DateExtractor(lr.dates()),
                new TopicMatcher(lr.statements(), profile.wordForms()), content);
    }

    /**
     * The folder-level pass, after every article is extracted: a speaker's name words spelled as the folder mostly
     * writes them ({@link SpeakerSpellings}), then a person named without a party in one
     * article takes the party the same name has, unambiguously, elsewhere in the folder
     * ({@link FolderSpeakers}). Returns the articles in the same order.
     */
    public List<ArticleStatements> acrossFolder(List<ArticleStatements> withNarration) {
        // The outlets' narrated figures take no part in the folder's passes: they come back as they were read.
        Narrations narration = Narrations.of(withNarration);
        List<ArticleStatements> extracted = narration.without(withNarration);
        // The folder's places and short forms, read once (by the first name that meets two parties, two spellings of one
        // body, else by the institutions' pass), from the texts alone: begun on the other core before the respelling,
        // which would otherwise leave it idle.
        List<List<Token>> texts = FolderNames.tokens(extracted.stream().map(a -> a.document().text()).toList());
        SideTask<FolderNames.Read> folderRead = SideTask.start(() -> FolderNames.Read.of(texts, institutionWords), "tilik-folder-read");
        // One person's name written one way first, so the passes below meet it as one ({@link SpeakerSpellings}).
        List<ArticleStatements> articles = SpeakerSpellings.respell(extracted);
        Map<String, String> languageOf = new HashMap<>();
        articles.forEach(a -> languageOf.put(a.fileName(), a.document().language().language()));
        java.util.function.Function<Statement, ClaimWords.Language> wordsOf = claimWords(languageOf);
        // The propositions' reads and clusters look at no speaker or party: made beside the parties' resolution, on the
        // other core; only their end, which reads parties, waits for it.
        SideTask<Propositions.Clusters> clusters = SideTask.start(
                () -> Propositions.cluster(articles, wordsOf, Propositions.reads(articles, wordsOf)), "tilik-propositions");
        java.util.function.Supplier<FolderNames.Read> read = folderRead::join;
        java.util.function.Supplier<PartyNames> names = memo(() -> partyNames(read.get()));
        java.util.function.Function<Statement, String> personOf = s -> {
            Parts parts = byLanguage.get(languageOf.get(s.fileName()));
            return parts == null ? null : parts.parties().personName(s.speaker(), 0, s.speaker().length()).orElse(null);
        };
        // A person met again by a rank and a name's part or by a short form is named in full, as the folder first does.
        List<ArticleStatements> named = SecondMentions.resolve(articles, personOf, read.get().acronyms(), read.get().places(),
                institutionWords);
        List<ArticleStatements> withParties = FolderSpeakers.resolve(named, personOf, (a, b) -> names.get().oneBody(a, b));
        withParties = Institutions.resolve(withParties, institutionWords, s -> s.party() != null
                && java.util.Arrays.stream(s.party().split("\\+")).allMatch(p -> ruleParties.contains(p.strip())), texts, read);
        // A speaker for no institution naming their own kin speaks for the family, as the folder names it.
        withParties = FamilySpeakers.resolve(withParties, texts, familyWords, personOf);
        // A victim who speaks came through: the group's survivors, when the folder names them.
        withParties = Survivors.resolve(withParties, texts, survivors, relativeMarkers);
        return narration.restored(Propositions.finish(withParties, wordsOf, clusters.join()));
    }

    /** {@code made}'s value, made once, on first asking. */
    static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> made) {
        java.util.concurrent.atomic.AtomicReference<T> value = new java.util.concurrent.atomic.AtomicReference<>();
        return () -> value.updateAndGet(v -> v != null ? v : made.get());
    }

    /** Each statement's language's claim words, by its file's language ({@code languageOf}: file name → code). */
    java.util.function.Function<Statement, ClaimWords.Language> claimWords(Map<String, String> languageOf) {
        Map<String, ClaimWords.Language> words = new HashMap<>();
        byLanguage.forEach((code, parts) -> words.put(code, ClaimWords.of(parts.content(), parts.lex(), parts.topics())));
        return s -> words.get(languageOf.get(s.fileName()));
    }

    /** Words that say how something is claimed, never what: cue words, negations, pronouns. */
    private static java.util.Set<String> ruleWords(LanguageRules lr) {
        java.util.Set<String> words = new java.util.HashSet<>();
        lr.statements().cues().forEach(c -> words.addAll(List.of(c.word().split("\\s+"))));
        lr.statements().negations().forEach(n -> words.addAll(List.of(n.split("\\s+"))));
        lr.statements().pronouns().forEach(n -> words.addAll(List.of(n.split("\\s+"))));
        return words;
    }

    public ArticleStatements extract(Document doc) {
        Objects.requireNonNull(doc, "doc");
        Parts parts = byLanguage.get(doc.language().language());
        if (parts == null) {
            return new ArticleStatements(doc, List.of(), List.of());
        }
        return new ArticleRun(doc, parts).run();
    }
}
