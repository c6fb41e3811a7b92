package dev.tilik.statements;

import dev.tilik.text.Chars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The folder pass that makes a speaker's party the institution they speak for, read from the folder
 * itself (any story; {@code rules/parties.json} is not needed). A statement whose party the rules
 * name keeps it. Otherwise, from the speaker phrase:
 * <ol>
 * <li>an institution the folder defines ({@link Acronyms}: "Kejaksaan Agung (Kejagung)"), long or
 * short form, the last one named and not after a scope word ("di kantor …"): "Kepala Pusat
 * Penerangan Hukum Kejaksaan Agung, Harli Siregar" and "Kapuspenkum Kejagung Harli" both speak for
 * Kejagung;</li>
 * <li>else the office the text gives, roles stripped ("Kepala", "Juru Bicara", "VP Corporate
 * Communication", "spokesman"), a "Ka" + office title read as the office ("Kadishub" → Dishub),
 * legal forms dropped ("PT Pertamina (Persero)" → Pertamina), the person's name dropped; nothing left
 * (a bare title) → no institution; a one-word office made of a head part and its unit ("Dandim" → Kodim, rules
 * {@code unitHeads}) is the unit, a police or army unit named after the divisions inside it that unit, and a rank's
 * service mark ("Mayjen TNI") no body; a minister or ministry named in English is the ministry the folder defines
 * ({@link Ministries#named});</li>
 * <li>a region after the institution is kept when the folder uses the word as a place ("Kabupaten
 * Agam", "di Sumbar", or right after a body a head title heads, "Polda Wetan"): "BPBD Sumbar" and "BPBD Agam"
 * are two institutions.</li>
 * </ol>
 * A speaker who speaks for no institution speaks for the people the text's own noun names ({@link PeopleGroups}:
 * "warga", "teman korban", "keluarga Rina"). Then a person's institution is carried to their statements that have none ("Qohar" after
 * "Direktur Penyidikan Jampidsus Kejagung, Abdul Qohar"), when the person has one institution across
 * the folder; a short name ("Fadjar") is the one fuller name of the folder holding it. Pure.
 *
 * <p>This class reads one speaker phrase; its folder passes are classes of their own: {@link Nicknames} (a person's
 * short form), {@link PersonNames} (the name in a phrase), {@link Ministries} (a minister's title or portfolio → the
 * ministry), {@link Appositions} (offices the text gives people), {@link Carrying} (a person's institution to their
 * other statements) and {@link BackReferences} (a bare title, a group's bare noun, a definite description); what it
 * reads in one phrase beside its offices, too: {@link ServiceUnits} (police and military units, ranks' service marks),
 * {@link CompanyNames} (legal forms, companies' names) and {@link BodyNames} (a body's numbered unit and region).
 */
final class Institutions {
    /**
     * The folder-wide words the pass reads (every language the rules cover, joined: a folder mixes them).
     *
     * @param roles        role words, lower case
     * @param rolePrefixes prefixes that make a title from an office ("ka")
     * @param titles       title and office words, lower case (never part of a person's name)
     * @param suffixes     legal and state forms, lower case: dropped from an institution's name
     * @param stateForms   state forms among them ("ri"), lower case: never a company's mark
     * @param placeMarkers words before a place name, lower case
     * @param scopeWords   words after which a name is not the speaker's ("di", "dalam"), lower case
     * @param connectives  lower-case words inside an institution's name ("dan", "and")
     * @param units        place markers naming an administrative unit ("kabupaten", "regency"), lower case: the
     *                     capitalised words after one make one place ("Kabupaten Bandung Kulon")
     * @param heads        head titles, lower case, and the body each heads ({@link Offices})
     * @param ministries   words naming a ministry before its portfolio, lower case ("kementerian")
     * @param ministerPrefixes a one-word minister's title is one of these and the ministry's short form ("men"), lower case
     * @param ministers    a minister's title word, lower case, and how its ministry's short form opens ("menteri" → "Kemen")
     * @param demonstratives words that make a noun definite ("tersebut", "this"), lower case
     * @param people       nouns naming people who speak for no institution, lower case, and the group each names
     *                     ({@link PeopleGroups})
     * @param relations    people nouns naming a relation to a person ("keluarga", "ayah", "teman"), lower case: a name
     *                     right after one is whose relation it is
     * @param nicknameOpeners words a person's nickname is written right after ("disapa"), lower case ({@link Nicknames})
     * @param nicknameClosers words written right after a person's nickname ("sapaan akrabnya"), lower case
     * @param placeLinks   words joining a place to the unit or head title before it ("of"), lower case: a place only there
     * @param organisationWords words naming a kind of organisation inside its name ("partai", "institute"), lower case
     *                     ({@link Organisations})
     * @param organisationNouns nouns written right before an organisation's name ("lsm", "ngo"), lower case
     * @param bodyKinds    a noun naming a kind of body, lower case, and how the short forms of such bodies open ("polisi" →
     *                     "Polda", "Polres"): {@link BackReferences#kindBack}
     * @param ranks        a police or military rank or the service mark after one, lower case, and the noun of
     *                     {@code bodyKinds} naming the kind of body its holder serves ("akbp" → "polisi", "tni" → "tentara")
     * @param unitHeads    the head part of a one-word office as written ("Ka", "Dan") and how the unit it heads opens in
     *                     its place ("Dan" → "Ko": "Dandim" heads the Kodim)
     * @param ministerWords words naming a minister or a ministry in copy that names portfolios in its own words ("minister",
     *                     "ministry"), lower case
     * @param portfolios   a portfolio's word in such copy, lower case, and the word the ministry's name holds for it in the
     *                     first language ("transport" → "Perhubungan"): {@link Ministries#named}
     * @param placeWords   a word of a place's name in another language, lower case, and the first language's word for it
     *                     ("west" → "Barat"; "" for none): {@link BackReferences#kindBack}
     * @param functionalAreas the area of work a role word is written with ("operasional", "operations"), lower case: right
     *                     next to a role word part of the role ("Direktur Operasional X" speaks for X), elsewhere a word
     * @param regionWords  words inside a place's name ("utara", "dki", "kepulauan"), lower case: a head title's region
     *                     written with one is whole up to it ({@link Offices})
     * @param divisionWords words a division's name opens with ("kantor", "direktorat"), lower case: a division the folder
     *                     writes right after its parent speaks for the parent ({@link ParentBodies})
     * @param pressUnits   words naming a press or information office ("penerangan"), lower case: such a unit speaks for
     *                     the body written right after it ({@link PressUnits})
     * @param politicianNouns nouns for a politician written before a party's name and a person's ("politikus"), lower
     *                     case ({@link Appositions})
     */
    record Words(Set<String> roles, Set<String> rolePrefixes, Set<String> titles, Set<String> suffixes,
                 Set<String> stateForms, Set<String> placeMarkers, Set<String> scopeWords, Set<String> connectives, Set<String> units,
                 Map<String, String> heads, Set<String> ministries, Set<String> ministerPrefixes, Map<String, String> ministers, Set<String> demonstratives, Map<String, String> people,
                 Set<String> relations, List<String> nicknameOpeners, List<String> nicknameClosers,
                 Set<String> placeLinks, Set<String> organisationWords, Set<String> organisationNouns,
                 Map<String, List<String>> bodyKinds, Map<String, String> ranks, Map<String, String> unitHeads,
                 Set<String> ministerWords, Map<String, String> portfolios, Set<String> functionalAreas, Map<String, String> placeWords,
                 Set<String> records, Set<String> regionWords, Set<String> divisionWords, Set<String> pressUnits,
                 Set<String> politicianNouns) {
    }

    private final Words words;
    private final Acronyms acronyms;
    private final Set<String> places;
    /** Every capitalised word of the folder: an office read out of a title must be one ("Kapolda" → Polda, never "Kantor" → Ntor). */
    private final Set<String> capitalised;

    /** Offices the rules' titles are made of ("Kapolda" → Polda, "Kadishub" → Dishub): never a person's name. */
    private final Set<String> offices = new HashSet<>();

    private final Offices heads;
    private final ServiceUnits units;
    private final CompanyNames companies;
    private final BodyNames bodies;
    private final PeopleGroups people;
    private final Ministries ministries;
    private final PersonNames names;
    private final BackReferences back;
    /** Short forms the folder defines for a person's name ("Kang Dedi Mulyana (KDM)"): the person, never an institution. */
    private final Map<String, List<String>> nicknames = new HashMap<>();
    /**
     * Short forms the folder defines in brackets after their long forms, a region after them, that {@link Acronyms}
     * does not read ("Dinas Penanggulangan Kebakaran dan Penyelamatan (Gulkarmat) DKI Jakarta").
     */
    private final BracketedBodies bracketed;
    /** Institutions the folder joins by a slash ("ATR/BPN"), each half to the whole. */
    private final Map<String, String> joined;
    private Institutions(Words words, Acronyms acronyms, Set<String> places, Set<String> atOnly, Set<String> capitalised,
                         Set<String> companies, Map<String, String> joined) {
        for (String title : words.titles()) {
            for (String p : words.rolePrefixes()) {
                if (title.length() > p.length() + 3 && title.startsWith(p) && !words.roles().contains(title)) {
                    String rest = title.substring(p.length());
                    offices.add(Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
                }
            }
        }
        this.words = words;
        this.acronyms = acronyms;
        this.places = places;
        this.capitalised = capitalised;
        this.heads = new Offices(words, acronyms, places, atOnly);
        this.units = new ServiceUnits(words, acronyms, capitalised, heads::isPlace);
        this.companies = new CompanyNames(words, acronyms, places, companies, heads::isPlace);
        this.bodies = new BodyNames(words, acronyms, places, heads, this.companies, new ForceUnits(words, acronyms, units));
        this.people = new PeopleGroups(words, places);
        this.joined = joined;
        this.ministries = new Ministries(words, acronyms, heads);
        this.names = new PersonNames(words, acronyms, ministries, places, companies, offices, nicknames);
        this.back = new BackReferences(words, acronyms, heads, this::defined, this.companies::company);
        this.bracketed = new BracketedBodies(words, acronyms, places, heads::isPlace, nicknames::containsKey, this::scoped);
    }

    /**
     * @param ruleParty true when a statement's party comes from the rules' world knowledge (kept as it is)
     */
    static List<ArticleStatements> resolve(List<ArticleStatements> articles, Words w, Predicate<Statement> ruleParty) {
        List<List<Token>> texts = FolderNames.tokens(articles.stream().map(a -> a.document().text()).toList());
        return resolve(articles, w, ruleParty, texts, () -> FolderNames.Read.of(texts, w));
    }

    /**
     * As {@link #resolve(List, Words, Predicate)}, on the folder's {@code texts} (tokens) and its places and
     * short forms as {@code read} gives them (read once, shared with the passes before this one).
     */
    static List<ArticleStatements> resolve(List<ArticleStatements> articles, Words w, Predicate<Statement> ruleParty,
                                           List<List<Token>> texts, java.util.function.Supplier<FolderNames.Read> folderRead) {
        // Companies' names and slash-joined forms need nothing the places or short forms find: read on the other core meanwhile.
        Set<String> persons = oneWordSpeakers(articles);
        SideTask<Set<String>> companies = SideTask.start(() -> FolderNames.companies(texts, w, persons), "tilik-folder-companies");
        SideTask<Map<String, String>> joined = SideTask.start(() -> FolderNames.joined(texts), "tilik-folder-joined");
        FolderNames.Read names = folderRead.get();
        Set<String> capitalised = names.capitalised();
        Set<String> places = names.places();
        Acronyms acronyms = names.acronyms();
        Institutions in = new Institutions(w, acronyms, places, names.atOnly(), capitalised, companies.join(), joined.join());
        in.nicknames.putAll(Nicknames.of(articles, texts, ruleParty, w, acronyms, places, in::personName));
        in.bracketed.read(texts); // before the side tasks below read it
        in.ministries.readCoordinated(texts); // likewise
        // The offices the text gives people are read beside the speakers' loop, on the other core: both only read what is
        // made by now, and each keeps what it finds (the bodies a phrase names one before another, {@link #institution}).
        Appositions read = new Appositions(in, w, in.people, in.heads);
        SideTask<Appositions.Given> given = SideTask.start(() -> read.given(texts), "tilik-folder-appositions");
        Organisations organisations = new Organisations(w, places, texts);
        ParentBodies parents = ParentBodies.of(texts, acronyms, w, in.heads::isPlace);
        // A body the folder names right before another in a speaker phrase, to that other, the body it is part of
        // ("Informasi dan Komunikasi Publik Kemenkominfo": IKP → Kemenkominfo); a name for which the folder gives both
        // ({@link Carrying}) speaks for the whole. The first pair met in folder order is kept.
        Map<String, String> partOf = new HashMap<>();
        Map<Statement, String> party = new java.util.IdentityHashMap<>();
        Map<Statement, List<String>> name = new java.util.IdentityHashMap<>();
        for (int k = 0; k < articles.size(); k++) {
            for (Statement s : articles.get(k).statements()) {
                if (ruleParty.test(s)) {
                    continue;
                }
                List<Token> tokens = Tokens.of(s.speaker(), 0, s.speaker().length());
                int held = Records.holder(tokens, Records.opens(tokens, w.records()));
                tokens = held < 0 ? tokens : tokens.subList(held, tokens.size()); // "data sementara BPBD X" speaks for BPBD X
                String p = in.ministries.named(tokens);
                p = p != null ? p : in.ministries.coordinating(tokens, in.personName(tokens), persons); // "Menteri Koordinator …"
                p = p != null ? p : in.institution(tokens, s.party(), partOf);
                String parent = parents.parentIn(tokens);
                p = parent != null ? parent : p; // "Kepala Kantor SAR Wetan" where the folder writes "Basarnas Kantor SAR Wetan"
                p = p != null ? p : in.shortFormBody(tokens); // "Disnakertrans Wetan menegaskan …": the body itself speaks
                List<Token> named = afterLeadClause(tokens);
                if (p == null && named != tokens) {
                    p = in.institution(named, null, partOf);
                }
                if (p == null) {
                    p = in.back.described(tokens, texts.get(k), s.sentence().start());
                }
                if (p == null || !in.defined(p) || w.organisationNouns().contains(p.toLowerCase(Locale.ROOT))) {
                    // Nothing the folder defines names whom they speak for: an organisation named by a proper name, in
                    // the phrase or in the office the article pass read for it ("Rudi" after "Sekjen Partai X, Rudi").
                    String organisation = organisations.of(tokens, in.personName(tokens));
                    if (organisation == null && s.party() != null) {
                        List<Token> office = Tokens.of(s.party(), 0, s.party().length());
                        organisation = organisations.of(office, List.of());
                    }
                    p = organisation != null ? organisation : p;
                }
                List<Token> cut = in.nameAfter(p, tokens);
                p = in.runOnIntoName(p, tokens); // "… Aliansi Warga Wetan Bersatu Sutarno Wijaya": the body ends before the name
                p = in.ministries.ofPortfolio(tokens, p, texts); // "Menteri BUMN Budi": Kementerian BUMN
                PeopleGroups.Group group = p == null ? in.people.of(tokens) : null;
                party.put(s, group != null ? group.name() : p);
                List<String> person = group != null ? in.personName(tokens.subList(group.end(), tokens.size())) : List.of();
                if (!person.isEmpty() && whoseRelation(tokens, group.end(), person.get(0), w)) {
                    person = List.of(); // "Agus Setiawan, kakak kandung dari almarhum Rustiawan": Rustiawan is whose brother
                }
                // A group's phrase names a person only after its noun or in an apposition ("Budi, warga Wetan"), never
                // by the words that say which of them ("Indonesian authorities").
                boolean apposition = tokens.stream().anyMatch(x -> x.is(","));
                name.put(s, !person.isEmpty() ? person : group == null || apposition ? in.personName(cut) : List.of());
            }
        }
        // A portfolio a minister's title named in the folder is the ministry for a speaker whose phrase does not write it
        // ("ujar Erick" under "Menteri BUMN Erick Thohir": the office the article read for him, "BUMN").
        party.replaceAll((s, p) -> p == null ? null : in.ministries.ministry(in.ministries.portfolio(p, s.speaker())));
        Appositions.Given offices = given.join();
        new Carrying(in::defined, partOf).carry(party, name, offices.appositions(), offices.narrated());
        Predicate<String> people = p -> w.people().containsKey(p.split(" ")[0].toLowerCase(Locale.ROOT))
                || w.people().containsValue(p.toLowerCase(Locale.ROOT));
        OwnArticleNames.carry(articles, name, party, people);
        // A one-name speaker whose article writes the name in full as someone else is no namesake's.
        OwnArticleNames.namesakes(articles, texts, name, party, people);
        articles.forEach(a -> in.back.titledBack(a.statements(), party));
        List<Statement> folder = articles.stream().flatMap(a -> a.statements().stream()).toList();
        articles.forEach(a -> in.back.groupBack(a.statements(), folder, party));
        articles.forEach(a -> in.back.kindBack(a.statements(), folder, party));
        // A one-name speaker given a group is the person their article writes in full, as the folder groups them.
        OwnArticleNames.narrated(articles, texts, name, party, people);
        party.replaceAll((s, p) -> p == null ? null : in.joined.getOrDefault(p, p));
        BlendedBodies.complete(party, in::isPlace); // "SAR Wetan" beside "Basarnas": Basarnas Wetan
        RegionalBodies.complete(folder, party, in::isPlace, RegionalBodies.statesOwn(texts, w.stateForms()));
        ParentBodies.divisionsOfParties(party, w.divisionWords());
        PressUnits.complete(party, texts, acronyms, w);
        Set<String> nameWords = new HashSet<>();
        name.values().forEach(nameWords::addAll);
        FullerForms.complete(party, texts, acronyms, nameWords, w, partOf);
        OneBodyOneName.complete(party, new PartyNames(acronyms, w.roles(), w.suffixes(), places, in.joined, w.placeMarkers(),
                w.organisationWords()));
        // A person still given none takes the body their statements give at two levels, as most of them write it.
        Carrying.levelled(party, name);
        List<ArticleStatements> out = new ArrayList<>();
        for (ArticleStatements a : articles) {
            List<Statement> statements = new ArrayList<>();
            boolean changed = false;
            for (Statement s : a.statements()) {
                if (!party.containsKey(s) || java.util.Objects.equals(party.get(s), s.party()) || s.outletsOwn()) {
                    // an outlet's headline speaks for no party (Statement#outletsOwn)
                    statements.add(s);
                    continue;
                }
                statements.add(s.withParty(party.get(s)));
                changed = true;
            }
            out.add(changed ? new ArticleStatements(a.document(), statements, a.dates()) : a);
        }
        return out;
    }

    /**
     * True when the name opening with {@code first} after a group's words ending at {@code end} is whose relation the group's
     * noun names, not the speaker: the group's last noun of people is a noun of relation and no comma stands between it and
     * the name ("kakak kandung dari almarhum Rustiawan"; after a comma, "Teman korban, Akbar", the name is the speaker's).
     */
    private static boolean whoseRelation(List<Token> tokens, int end, String first, Words w) {
        int noun = end - 1;
        while (noun >= 0 && !(tokens.get(noun).isWord() && w.people().containsKey(tokens.get(noun).lower()))) {
            noun--;
        }
        if (noun < 0 || !w.relations().contains(tokens.get(noun).lower())) {
            return false;
        }
        for (int i = end; i < tokens.size(); i++) {
            if (tokens.get(i).is(",")) {
                return false;
            }
            if (tokens.get(i).text().equals(first)) {
                return true;
            }
        }
        return false;
    }

    /** The speakers the folder names by one capitalised word that is no short form ("Rina" in "kata Rina"): people met again. */
    private static Set<String> oneWordSpeakers(List<ArticleStatements> articles) {
        Set<String> out = new HashSet<>();
        for (ArticleStatements a : articles) {
            for (Statement s : a.statements()) {
                String sp = s.speaker();
                if (!sp.isEmpty() && sp.indexOf(' ') < 0 && Character.isUpperCase(sp.charAt(0)) && !Acronyms.allCaps(sp)
                        && Chars.all(sp, Character::isLetter)) {
                    out.add(sp);
                }
            }
        }
        return out;
    }

    /**
     * The speaker phrase after a clause that opens it and ends at a comma ("Atas tindakan ini, Ketua Komisi III DPR
     * Budi": the clause has a lower-case word after its first), or the phrase itself; a comma between a title and
     * a name ("Kepala Dinas Kesehatan Wetan, Rina") ends no clause.
     */
    static List<Token> afterLeadClause(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).is(",")) {
                boolean clause = false;
                for (int k = 1; k < i; k++) {
                    Token x = t.get(k);
                    clause |= x.isWord() && !x.isNumber() && !x.isCapitalized() && x.text().length() >= 3;
                }
                return clause && i + 1 < t.size() && t.get(i + 1).isWord() && t.get(i + 1).isCapitalized() ? t.subList(i + 1, t.size()) : t;
            }
        }
        return t;
    }

    /**
     * The institution of one speaker phrase, or null; {@code textParty} is the one the article pass read. A body the
     * phrase names right before another goes into {@code partOf}, to the other, unless it holds that body already.
     */
    String institution(List<Token> t, String textParty, Map<String, String> partOf) {
        String last = null;
        int lastStart = -1;
        int lastEnd = -1;
        int head = head(t);
        for (int i = 0; i < head; i++) {
            Optional<Map.Entry<String, Integer>> m = ministries.bodyAt(t, i);
            if (m.isEmpty() && !scoped(t, i)) {
                // A body a head title heads, with its region, is the unit a division before it belongs to
                // ("Kabid Propam Polda Wetan" speaks for Polda Wetan).
                int n = heads.titleAt(t, i);
                if (n > 0) {
                    String body = heads.bodyAt(t, i, n, personName(t));
                    return body.isEmpty() ? null : body;
                }
                // A one-word office or a police or military unit ({@link ServiceUnits#at}): the unit speaks.
                ServiceUnits.Named unit = units.at(t, i);
                if (unit != null) {
                    return bodies.named(t, i, unit.name(), unit.end());
                }
            }
            boolean restated = m.isPresent() && m.get().getKey().equals(last) && i > 0 && t.get(i - 1).is("(");
            if (m.isPresent() && !scoped(t, i) && !isPlace(m.get().getKey()) && !restated && !nicknames.containsKey(m.get().getKey())) {
                if (last != null && companies.unitAfter(t, lastEnd) != null) {
                    break;
                }
                if (last != null && lastEnd == i && !last.equals(m.get().getKey())) {
                    partOf.putIfAbsent(last, m.get().getKey());
                }
                last = m.get().getKey();
                lastStart = i;
                lastEnd = i + m.get().getValue();
                i = lastEnd - 1;
            }
        }
        if (last != null) {
            return bodies.named(t, lastStart, last, lastEnd);
        }
        int bracket = bracketed.beforeRegion(t, head);
        if (bracket >= 0) {
            return bodies.named(t, bracket, t.get(bracket).text(), bracket + 1);
        }
        List<String> person = personName(t);
        if (companies.legalForm(t) || person.isEmpty() && t.stream().anyMatch(x -> companies.word(x.text()))) {
            return cleaned(t.subList(0, head), person);
        }
        String headText = t.isEmpty() || head == t.size() ? null : t.get(head).text();
        boolean inHead = textParty != null && (headText == null || Tokens.of(textParty, 0, textParty.length()).stream()
                .noneMatch(x -> x.isWord() && t.subList(head, t.size()).stream().anyMatch(y -> y.text().equals(x.text()))
                        && t.subList(0, head).stream().noneMatch(y -> y.text().equals(x.text()))));
        if (t.subList(0, head).stream().anyMatch(x -> words.roles().contains(x.lower()))) {
            return cleaned(t.subList(0, head), person);
        }
        if (inHead && !textParty.isBlank() && !textParty.contains("+")) {
            List<Token> office = Tokens.of(textParty, 0, textParty.length());
            // A head title the article pass read with its region ("Bupati Wetan" for "Rina" met after "Bupati Wetan,
            // Rina") is the body it heads, as the title written in the phrase would be.
            int n = heads.titleAt(office, 0);
            String body = n > 0 ? heads.bodyAt(office, 0, n, person) : "";
            if (!body.isEmpty()) {
                return body;
            }
            String kept = cleaned(office, person);
            return kept == null || bareTitle(kept) ? null : kept;
        }
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (FolderNames.isAcronym(x) && !roman(x) && !words.roles().contains(x.lower()) && !words.suffixes().contains(x.lower())
                    && !acronyms.isRole(x.text()) && !scoped(t, i) && !nextToDot(t, i) && !isPlace(x.text()) && !units.rankMark(t, i)
                    && !words.regionWords().contains(x.lower())
                    && !nicknames.containsKey(x.text()) && (i < head || !endsName(t, i))) {
                return bodies.named(t, i, x.text(), i + 1);
            }
        }
        return null;
    }

    /**
     * The body a speaker phrase is, named by a short form the folder never defines, opening it: an office the rules'
     * titles are made of ("Dishub" from "Kadishub"), or a word opening with the unit a one-word office heads
     * ("Disnakertrans" after "Kadis", rules {@code unitHeads}) with only the folder's places after it ("Disnakertrans
     * Wetan", "Dinkes Kabupaten Wetan") — so that a one-word name ("Dismas mengatakan") stays a person. Null otherwise.
     */
    String shortFormBody(List<Token> t) {
        int at = 0;
        while (at < t.size() && !(t.get(at).isWord() && t.get(at).isCapitalized())) {
            at++;
        }
        if (at == t.size() || at > 0 && t.subList(0, at).stream().anyMatch(x -> x.isWord() && !x.isCapitalized() && !x.isNumber()
                && !words.suffixes().contains(x.lower()))) {
            return null;
        }
        String w = t.get(at).text();
        boolean office = offices.contains(w);
        boolean unit = !office && words.unitHeads().values().stream().anyMatch(o -> o.length() >= 3 && w.length() > o.length() + 2
                && w.startsWith(o) && Character.isLowerCase(w.charAt(o.length())));
        if (!office && !unit || acronyms.idOf(w).isPresent() || nicknames.containsKey(w)) {
            return null;
        }
        boolean placed = false;
        for (int i = at + 1; i < t.size(); i++) {
            Token x = t.get(i);
            if (!x.isWord() || words.placeMarkers().contains(x.lower())) {
                continue;
            }
            if (!places.contains(x.text()) && !isPlace(x.text()) && !words.regionWords().contains(x.lower())) {
                return null;
            }
            placed = true;
        }
        return office || placed ? bodies.named(t, at, w, at + 1) : null;
    }

    /**
     * A title the article pass read for a person, with no body in it: title words alone, or with one word of the person's
     * name the pass kept ("Minister" for "Deputy Minister of Wetan, Rina Wati", "Minister Rina" for "Health Minister Rina
     * Sari Wati"), never a place or a body the folder defines. It names no body, so the person's institution is carried
     * from where the folder gives it ({@link Carrying}).
     */
    private boolean bareTitle(String office) {
        if (defined(office)) {
            return false;
        }
        int other = 0;
        for (String w : office.split(" ")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (words.titles().contains(lower) || words.roles().contains(lower)) {
                continue;
            }
            if (places.contains(w) || isPlace(w) || acronyms.idOf(w).isPresent() || ++other > 1) {
                return false;
            }
        }
        String first = office.split(" ")[0].toLowerCase(Locale.ROOT);
        return words.titles().contains(first);
    }

    /**
     * An office the article pass read, roles, legal forms and the person's name taken out
     * ("VP Corporate Communication Pertamina Fadjar" → Pertamina; "Kepala Pusat Penerangan Hukum" →
     * Pusat Penerangan Hukum; "VP Corporate" → none).
     */
    private String cleaned(List<Token> t, List<String> person) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (!x.isWord() || roleArea(t, i)) {
                continue;
            }
            if (x.isCapitalized() && scoped(t, i) && (places.contains(x.text()) || isPlace(x.text()))) {
                continue; // where the speaker was, never whom they speak for ("Cak Budi di Jakarta")
            }
            Optional<Map.Entry<String, Integer>> m = ministries.bodyAt(t, i);
            if (m.isPresent() && isPlace(m.get().getKey())) {
                kept.add(m.get().getKey());
                i += m.get().getValue() - 1;
                continue;
            }
            if (m.isPresent()) {
                return bodies.named(t, i, m.get().getKey(), i + m.get().getValue());
            }
            if (i > 0 && t.get(i - 1).is("(") && i + 1 < t.size() && t.get(i + 1).is(")") && acronyms.idOf(x.text()).isPresent()) {
                continue; // the short name the folder gives the company just named ("PT Kain Wetan Tbk (Wekain)")
            }
            if (ServiceUnits.rankWord(t, i, words.ranks())) {
                continue; // a rank is the person's, never the body's ("Kepala Staf … Jenderal Rina", "Laksamana Pertama Rina")
            }
            if (FolderNames.isAcronym(x) && !roman(x) && !words.roles().contains(x.lower()) && !words.suffixes().contains(x.lower()) && !acronyms.isRole(x.text())
                    && !isPlace(x.text()) && !nicknames.containsKey(x.text()) && !nextToDot(t, i) && !units.rankMark(t, i)
                    && !words.regionWords().contains(x.lower())) {
                // A short form inside a company's division names the division ("Direktur Network dan IT Solution Tirta
                // Wetan"): the company speaks.
                String company = companies.after(t, i + 1, person);
                if (company != null) {
                    return company;
                }
                // A body's own short form ends the description of the unit inside it ("Staf Kesiswaan SMKN 4 Wetan" → SMKN 4 Wetan),
                // the short forms written right after it part of its name ("TNI AL").
                int k = i + 1;
                while (k < t.size() && FolderNames.isAcronym(t.get(k)) && !words.roles().contains(t.get(k).lower())
                        && !words.suffixes().contains(t.get(k).lower()) && !isPlace(t.get(k).text())) {
                    k++;
                }
                String name = t.subList(i, k).stream().map(Token::text).collect(java.util.stream.Collectors.joining(" "));
                return bodies.named(t, i, name, k);
            }
            if (words.placeMarkers().contains(x.lower()) && !kept.isEmpty()) {
                continue;
            }
            if (!kept.isEmpty() && companies.legalFormAt(t, i)) {
                // A company named by its legal form: the words before it are an office inside it ("Kacab PT Kain Wetan"),
                // a body the folder defines named there being read above ("SPSI PT Kain Wetan").
                kept.clear();
                continue;
            }
            if (i > 0 && !kept.isEmpty() && words.ministers().containsKey(t.get(i - 1).lower() + " " + x.lower())) {
                kept.add(x.text()); // a minister's title of two words, never a role ("Menteri Koordinator")
                continue;
            }
            int role = acronyms.roleAt(t, i);
            if (role > 0) {
                i += role - 1;
                continue;
            }
            String office = officeOf(x);
            if (office != null) {
                kept.add(office);
            } else if (!words.roles().contains(x.lower()) && !words.suffixes().contains(x.lower()) && !(roman(x) && kept.isEmpty())
                    && !acronyms.isRole(x.text()) && !person.contains(x.text()) && (x.isCapitalized()
                    || words.connectives().contains(x.lower()) && !kept.isEmpty())) {
                kept.add(x.text());
            }
        }
        while (!kept.isEmpty() && words.connectives().contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))) {
            kept.remove(kept.size() - 1);
        }
        if (kept.isEmpty() || kept.stream().allMatch(k -> acronyms.longOf(k).isPresent() && isPlace(k))) {
            return null;
        }
        String joined = String.join(" ", kept);
        return acronyms.idOf(joined).orElse(joined);
    }

    /**
     * Whether token {@code i} names the area of work of a role word right next to it, other areas and connectives
     * between ("Operasional" in "Direktur Operasional X", "Keuangan" in "Direktur Keuangan dan Umum", "Operations" in
     * "Operations Director"): part of the role, never the body. The same word away from a role word is an ordinary
     * word ("Kementerian Keuangan").
     */
    boolean roleArea(List<Token> t, int i) {
        if (!words.functionalAreas().contains(t.get(i).lower())) {
            return false;
        }
        return roleBeside(t, i, -1) || roleBeside(t, i, 1);
    }

    /** Whether the first word from token {@code i} in direction {@code step}, areas and connectives passed over, is a role word. */
    private boolean roleBeside(List<Token> t, int i, int step) {
        for (int k = i + step; k >= 0 && k < t.size(); k += step) {
            Token y = t.get(k);
            if (!y.isWord()) {
                return false;
            }
            if (words.roles().contains(y.lower())) {
                return true;
            }
            if (!words.functionalAreas().contains(y.lower()) && !words.connectives().contains(y.lower())) {
                return false;
            }
        }
        return false;
    }

    /** "Kadishub" → "Dishub", "Kapolda" → "Polda": a title word made of a role prefix and an office. */
    private String officeOf(Token x) {
        if (!words.titles().contains(x.lower()) || words.roles().contains(x.lower())) {
            return null;
        }
        for (String p : words.rolePrefixes()) {
            String rest = x.text().length() > p.length() + 3 && x.lower().startsWith(p) ? x.text().substring(p.length()) : null;
            if (rest != null && Character.isLowerCase(rest.charAt(0))) {
                String office = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
                return capitalised.contains(office) ? office : null;
            }
        }
        return null;
    }

    /** A short form the folder defines for a place ("Sumatera Barat (Sumbar)"): a region, never an institution. */
    private boolean isPlace(String id) {
        return heads.isPlace(id);
    }

    /** Most words of a person's name a body read from a speaker phrase may have run on into. */
    private static final int RUN_ON_WORDS = 2;

    /**
     * A party read from a speaker phrase that runs past a body the folder defines into the person's name written right
     * after it with no comma between ("Korlap Donasi Aksi dari Aliansi Warga Wetan Bersatu Sutarno Wijaya" read "Aliansi
     * Warga Wetan Bersatu Sutarno"): the defined body, by its id. A party cut by one or two words at most, the name going on
     * with a capitalised word right after them in the phrase, none of them a place (a region is the body's); a party the
     * folder defines, or one no defined long form ends inside, is left as it is.
     */
    String runOnIntoName(String p, List<Token> tokens) {
        int k = runOnWords(p, tokens);
        if (k == 0) {
            return p;
        }
        String[] w = p.split(" ");
        return acronyms.idOf(String.join(" ", java.util.Arrays.copyOf(w, w.length - k))).orElseThrow();
    }

    /** How many words of a person's name the party {@code p} ran on into ({@link #runOnIntoName}), or 0. */
    private int runOnWords(String p, List<Token> tokens) {
        if (p == null || defined(p)) {
            return 0;
        }
        String[] w = p.split(" ");
        for (int k = 1; k <= RUN_ON_WORDS && w.length - k >= 2; k++) {
            String[] tail = java.util.Arrays.copyOfRange(w, w.length - k, w.length);
            if (java.util.Arrays.stream(tail).anyMatch(x -> isPlace(x) || places.contains(x))) {
                return 0;
            }
            if (acronyms.idOf(String.join(" ", java.util.Arrays.copyOf(w, w.length - k))).isPresent() && nameGoesOn(tokens, tail)) {
                return k;
            }
        }
        return 0;
    }

    /**
     * The speaker phrase's words from the first word of the person's name the party {@code p} ran on into ({@link
     * #runOnIntoName}), or the whole phrase when it ran on into none.
     */
    List<Token> nameAfter(String p, List<Token> tokens) {
        int k = runOnWords(p, tokens);
        if (k == 0) {
            return tokens;
        }
        String[] w = p.split(" ");
        String[] tail = java.util.Arrays.copyOfRange(w, w.length - k, w.length);
        for (int i = 0; i + k < tokens.size(); i++) {
            if (tokens.get(i).text().equals(tail[0]) && nameGoesOn(tokens.subList(i, i + k + 1), tail)) {
                return tokens.subList(i, tokens.size());
            }
        }
        return tokens;
    }

    /** The words {@code tail} stand together in {@code tokens} with a capitalised word right after them. */
    private static boolean nameGoesOn(List<Token> tokens, String[] tail) {
        for (int i = 0; i + tail.length < tokens.size(); i++) {
            boolean at = true;
            for (int j = 0; j < tail.length && at; j++) {
                at = tokens.get(i + j).text().equals(tail[j]);
            }
            Token next = tokens.get(i + tail.length);
            if (at && next.isWord() && next.isCapitalized() && !next.isNumber()) {
                return true;
            }
        }
        return false;
    }

    /** The person's name in a speaker phrase ({@link PersonNames}). */
    List<String> personName(List<Token> t) {
        return names.of(t);
    }

    /** An institution the folder defines, with or without its region ("Kejagung", "BPBD Sumbar"). */
    boolean defined(String party) {
        String[] w = party.split(" ");
        if (w.length >= 3 && (roman(w[1]) || w[1].length() <= 2 && w[1].chars().allMatch(Character::isDigit))) {
            return defined(party.substring(w[0].length() + w[1].length() + 2));
        }
        if (acronyms.idOf(party).isPresent() || words.heads().containsValue(party.split(" ")[0])
                || bracketed.contains(party.split(" ")[0])) {
            return true;
        }
        int space = party.indexOf(' ');
        return space > 0 && acronyms.idOf(party.substring(0, space)).isPresent();
    }

    /**
     * Where the speaker phrase's head ends: at the first lower-case word of three letters or more
     * that is no connective or head title ("regent" is part of it; "Qohar dalam konferensi pers di kantor Kejaksaan RI", "Diketahui, kasus
     * itu … oleh Kejagung"): what follows is a clause about the speaker, not who they speak for.
     */
    int head(List<Token> t) {
        for (int i = 1; i < t.size(); i++) {
            Token x = t.get(i);
            if (x.isWord() && !x.isNumber() && !x.isCapitalized() && x.text().length() >= 3
                    && !words.connectives().contains(x.lower()) && heads.titleAt(t, i) == 0 && !honorific(t, i)
                    && !titleLink(t, i, words)) {
                return i;
            }
        }
        return t.size();
    }

    /**
     * Token {@code i} is a lower-case word between two role or title words, part of one title ("tugas" in "Pelaksana
     * tugas Kepala Dinas …", "sementara" in "Penjabat sementara Bupati …"): no clause, no end of a name's search.
     */
    static boolean titleLink(List<Token> t, int i, Words words) {
        return i > 0 && i + 1 < t.size() && t.get(i).isWord() && !t.get(i).isCapitalized() && titled(t.get(i - 1), words)
                && titled(t.get(i + 1), words);
    }

    private static boolean titled(Token x, Words words) {
        return x.isWord() && x.isCapitalized() && (words.roles().contains(x.lower()) || words.titles().contains(x.lower()));
    }

    /** Token {@code i} is a profession's honorific written in lower case before a capitalised name ("drg Rina"). */
    private boolean honorific(List<Token> t, int i) {
        return words.roles().contains(t.get(i).lower()) && i + 1 < t.size() && t.get(i + 1).isWord() && t.get(i + 1).isCapitalized();
    }

    boolean scoped(List<Token> t, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (words.scopeWords().contains(t.get(k).lower()) && !t.get(k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /**
     * In the clause after the head, an acronym ending a name or a figure ("Sapa Pagi Kompas TV", "13.00 WIB", "Komisi
     * VII DPR") is that name's.
     */
    private static boolean endsName(List<Token> t, int i) {
        Token before = i > 0 ? t.get(i - 1) : null;
        return before != null && before.isWord() && (before.isNumber() || roman(before) || before.isCapitalized() && !FolderNames.isAcronym(before));
    }

    /** A number in Roman numerals ("Komisi VII"): part of the name it ends, never a short form. */
    static boolean roman(Token x) {
        return roman(x.text());
    }

    static boolean roman(String s) {
        return !s.isEmpty() && s.length() <= 4 && s.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0);
    }

    /** A unit's number as a name writes it, in Roman numerals or one or two digits ("Komisi III", "SMKN 4"): never a year. */
    static boolean unitNumber(String s) {
        return roman(s) || !s.isEmpty() && s.length() <= 2 && s.chars().allMatch(Character::isDigit);
    }

    /**
     * A territorial unit's number as the military writes it: three or four digits opening with a nought ("Kodim 0712",
     * "Korem 071"), which no year, date or count is written with.
     */
    static boolean territorialNumber(String s) {
        return (s.length() == 3 || s.length() == 4) && s.charAt(0) == '0' && s.chars().allMatch(Character::isDigit);
    }

    private static boolean nextToDot(List<Token> t, int i) {
        return i > 0 && t.get(i - 1).is(".") || i + 1 < t.size() && t.get(i + 1).is(".");
    }

}
