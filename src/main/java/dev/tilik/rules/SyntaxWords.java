package dev.tilik.rules;

import java.util.List;

/**
 * Grammar words of one language that attribution needs. All matched as whole words, case-insensitively.
 *
 * @param clitics         suffixes that may follow a word without changing it ("nya", "lah", "pun")
 * @param complementizers words introducing reported content ("bahwa", "that")
 * @param clauseOpeners   a comma-separated segment before the speaker starting with one of these is an
 *                        adverbial, not the speaker ("soal", "di sisi lain", "dalam", "however")
 * @param speakerTrim     words trimmed from either end of a speaker ("juga", "pun", "sendiri", "dengan tegas")
 * @param auxiliaries     words of a verb group between a subject and its verb ("sempat", "lantas", "belum", "akan"): written
 *                        in lower case after a name or a pronoun at a speaker's end, they and what follows them are the
 *                        clause's, never the speaker's ("Rina sempat", "Budi belum dapat")
 * @param scopeWords      a party alias right after one of these does not name the speaker's party
 *                        ("urusan Rusia", "di PBB")
 * @param conjunctions    words joining co-speakers ("dan", "and"): a composite party
 * @param relativeMarkers a cue right after one of these is a relative clause ("laporan yang menyebut")
 * @param sourceMarkers   inside a relative clause's head, these introduce its source ("tuduhan dari X")
 * @param verbPrefixes    a lower-case word starting with one of these is a verb ("me" in Indonesian):
 *                        a "speaker" holding one is a clause, not a noun phrase
 * @param passivePrefixes a word starting with one of these and going on in lower case opens a passive clause ("di" in
 *                        Indonesian: "Dikonfirmasi terpisah, Rina …"): set off before a speaker, never the speaker;
 *                        in a claim, a word opening with one writes its verb's root whole ("diamankan": "aman")
 * @param groupPronouns   pronouns that prefer a collective antecedent ("mereka", "they")
 * @param referenceNouns  nouns that refer back to a claim ("klaim", "rumor", "report")
 * @param demonstratives  words that make a reference definite ("ini", "tersebut", "this")
 * @param kindReferences  words that make a demonstrative point back at a kind, not at the thing just told ("semacam
 *                        itu", "such"): a claim whose subject so points back speaks of such things in general
 * @param concessives     words opening a clause that grants something ("meskipun", "walaupun", "although", "while"): a hedge
 *                        inside it qualifies what is granted, not the speaker's claim
 * @param timeWords       words that may stand beside a date in a time adverbial ("pada", "lalu", "on")
 * @param titles          capitalised words of offices and bodies, never part of a person's name
 *                        ("Wakil", "Menteri", "Presiden", "Kementerian", "Minister")
 * @param roles           words naming what a person does for an institution, never the institution
 *                        itself ("Kepala", "Juru", "Bicara", "Direktur", "VP", "Corporate", "spokesman"):
 *                        "Kepala Pusat Penerangan Hukum Kejaksaan Agung" speaks for Kejaksaan Agung
 * @param rolePrefixes    a title word made of one of these and an office ("Ka" + "polda") names that office
 * @param institutionSuffixes legal forms of a company that do not change which institution is meant ("PT",
 *                        "Persero", "Tbk"): "PT Pertamina (Persero)" is Pertamina; written as an acronym
 *                        or in parentheses they mark a company
 * @param stateForms      a state's form after a body's name ("RI", "Republik Indonesia"): dropped like a
 *                        legal form, but never a company's mark ("Menteri KP RI Darmawan" names a person)
 * @param placeMarkers    words before a place name ("Kabupaten", "Kota", "di", "in"): a capitalised word
 *                        met after one of them in the folder is a place, so "BPBD Sumbar" keeps its region
 * @param anaphors        words standing for a whole claim said just before ("itu", "ini", "that", "it"):
 *                        heading a negation or dismissal ("itu tidak mungkin", "that is not true"), they
 *                        answer the sentence before
 * @param heads           an office that heads a body, and that body's short name ("Bupati" → "Pemkab",
 *                        "Kapolsek" → "Polsek"; the long forms of a government too, "Pemerintah Kabupaten"
 *                        → "Pemkab"): "Bupati Sukamaju" speaks for "Pemkab Sukamaju", the region from
 *                        the words after the title (or before it, in English: "Sukamaju regent")
 * @param ministries     words naming a ministry before its portfolio ("Kementerian"): a speaker's institution
 *                        that is a portfolio ("KP", of "Menteri Kelautan dan Perairan (KP) Darmawan") is the
 *                        ministry the folder names by it ("Kementerian Kelautan dan Perairan", KKP)
 * @param ministerPrefixes a minister's title written as one word is one of these and the ministry's short form, its own
 *                        prefix aside ("Men" in "Menkominfo", "Mendagri"): such a title speaks for the ministry the folder
 *                        names by that short form ("Kominfo", "Kemendagri"), never for itself
 * @param ministers      a minister's title word, and how the short form of that minister's ministry opens ("Menteri" →
 *                        "Kemen"): a short form the folder defines for a minister ("Menteri Perdagangan (Mendag)", "Wakil
 *                        Menteri Ketenagakerjaan (Wamenaker)") speaks for the ministry — the one the folder names
 *                        "Kementerian" + the portfolio or by the rest of the title ("Kemnaker"), else the short form made
 *                        from the title's ("Mendag" → "Kemendag") — never for itself
 * @param people         a noun naming people who speak for no institution, and the group it names ("warga" →
 *                        "warga", "ayah" → "keluarga", "driver" → "sopir"): a speaker described so speaks for that
 *                        group ("Teman korban, Budi" → "teman korban", "warga Desa Wetan" → "warga Desa Wetan")
 * @param relations      people nouns naming a relation to a person ("keluarga", "ayah", "teman", "family"): a name
 *                        right after one is whose relation it is ("keluarga Rina" speaks for Rina's family)
 * @param nicknameOpeners a person's nickname is written right after one of these ("disapa", "dipanggil", "nicknamed"):
 *                        "Rina Wulandari, yang akrab disapa Ririn" makes "Ririn" that person wherever the folder quotes her
 * @param nicknameClosers written right after a person's nickname ("sapaan akrabnya"): "Ririn, sapaan akrabnya, …"
 * @param placeLinks      words joining a place to the administrative unit or head title before it ("of" in "Regency of
 *                        Sukamaju", "Regent of Sukamaju"): a capitalised word after one is a place only there, never after
 *                        any other word ("the resignation of Rina" names no place)
 * @param organisationWords capitalised words naming a kind of organisation inside its name, before the rest ("Partai",
 *                        "Aliansi") or after it ("Institute", "Foundation"): "Sekjen Partai Wetan Raya Budi" speaks for
 *                        "Partai Wetan Raya", "Direktur Eksekutif Wetan Research Institute" for "Wetan Research Institute"
 * @param organisationNouns nouns written right before an organisation's name ("LSM", "organisasi", "NGO"): the
 *                        capitalised words after one in the folder name an organisation, which a speaker naming it speaks for
 * @param bodyKinds       a noun naming a kind of body, and how the short forms of the bodies of that kind open ("polisi" →
 *                        "Polda", "Polres", …): a speaker named by the noun alone ("pihak kepolisian", "the police") speaks
 *                        for the one body of that kind the article's speakers speak for, else the folder's most named
 * @param ranks          a police or military rank, or the service mark written after one ("AKBP", "Kolonel", "Pol",
 *                        "TNI"), and the noun of {@code bodyKinds} naming the kind of body its holder serves ("polisi",
 *                        "tentara"): a speaker named by a rank and a name and no body ("AKBP Rina") speaks for the one body
 *                        of that kind the article's speakers speak for; a service mark after a rank names no body of its own
 * @param unitHeads      the head part of a one-word office ("Ka", "Dan", "Pang") and the letters the name of the unit it
 *                        heads opens with in its place ("Dan" → "Ko": "Dandim" heads the "Kodim"; "Ka" → "": "Kabasarnas"
 *                        heads the "Basarnas"): such a title speaks for the unit when the folder or {@code bodyKinds} know it
 * @param ministerWords  words naming a minister or a ministry in a language whose copy names portfolios in its own
 *                        words ("minister", "ministry"): with a portfolio of {@code portfolios}, the ministry the folder names
 * @param portfolios     a portfolio's word in that language and the word the first language's ministry's name holds for it
 *                        ("transport" → "Perhubungan", "energy" → "Energi"): "Indonesia's transport ministry" speaks for the
 *                        ministry the folder defines as "Kementerian Perhubungan (Kemenhub)"
 * @param functionalAreas the area of a company's or an office's work a role word is written with ("Operasional" in
 *                        "Direktur Operasional", "Operations" in "Operations Director"): right next to a role word, part
 *                        of the role, never the body; elsewhere an ordinary word ("Kementerian Keuangan")
 * @param records        nouns naming a record that can be the source of what a sentence says, a document or a body's
 *                        words written down ("data", "laporan", "keterangan", "hasil", "report", "figures", "statement"):
 *                        a speaker phrase opening with one speaks for the body it names after it ("data sementara BPBD
 *                        Lereng" for BPBD Lereng), as a person's office would
 * @param recordOpeners   words opening a sentence's source when a record follows them ("dalam", "berdasarkan", "in
 *                        the", "based on"): "Dalam keterangan tertulis Polres X, tiga orang …" says what the record says
 * @param recordSources   words between a record's noun and the body it comes from ("dari", "oleh"): "Berdasarkan data
 *                        sementara dari BPBD X, …", "Dari data yang dirilis X, …" (the word opening the sentence too)
 *                        says what that body's record says ({@code statements.RecordAttributions}); none in English,
 *                        whose sets write no such sentence
 * @param otherWords      words marking the rest of a set ("lain", "lainnya", "other", "others"): a denial holding one
 *                        ("tidak menemukan pasien lain", "the other two were not tested") speaks of others than those
 *                        told, and only a claim about others too answers it ({@code findings.DenialQuestions#ofOthers})
 * @param otherIdioms     phrases in which such a word marks no set ("di sisi lain", "dengan kata lain", "on the other hand")
 * @param bodilyHarms     words of a harm to a body ("luka", "terluka", "hurt"): a denial whose negation reaches
 *                        one before any content word and with no relative marker before it ("tidak ada luka", "tidak
 *                        sampai terluka", "was not hurt") tells what befell one body, not how many were harmed, and
 *                        answers no count's question ({@code findings.DenialQuestions#ofABody})
 * @param continuations   words opening a sentence that goes on with what the sentence before reported ("sehingga",
 *                        "sebab", "meski begitu", "therefore"): after "X menjelaskan, …" in the same paragraph it is X's
 *                        reported speech too ({@code statements.ReportedContinuation})
 * @param placeWords     a word of a place's name in a language other than the first and the first language's word for it
 *                        ("West" → "Barat", "Java" → "Jawa"; "" for a word naming no place, "Regional"): "West Java police"
 *                        speaks for the one police body of the folder whose place is "Jawa Barat" ("Polda Jabar")
 * @param regionWords     words standing inside a place's name in the first language: a compass point after its proper
 *                        name ("Utara", "Barat") or a word opening it ("DKI", "Kepulauan"): a region written after a head
 *                        title with one is whole up to it ("Wali Kota Wetan Utara Rina" → "Pemkot Wetan Utara")
 * @param pressUnits      words naming a press or information office ("Penerangan"): such a unit speaks for the body the
 *                        folder writes right after it ({@code statements.PressUnits})
 * @param politicianNouns nouns for a politician written right before a party's name and a person's ("Politikus",
 *                        "Politisi"): "Politikus Wetan Rudi Hartanto" gives Rudi Hartanto the party Wetan
 *                        ({@code statements.Appositions})
 * @param definiteArticles the articles that make a noun phrase definite ("the"; never "a"): "said the regent" is the
 *                        person the article named before, as "Jenderal bintang empat itu" is ({@code
 *                        statements.StatementBuilder}); Indonesian makes a description definite by a demonstrative
 * @param divisionWords   words a division's name opens with ("Kantor", "Direktorat", "Office"): a division the folder
 *                        writes right after the body it belongs to ("Basarnas Kantor SAR Wetan") speaks for that body
 *                        wherever a speaker phrase names it ({@code statements.ParentBodies})
 * @param quoteIntroducers verbs of speaking that are no cue of their own but introduce a quotation after a comma ("menjawab",
 *                        "berbicara", "continued"): "Rina menjawab singkat, "…"" is Rina's quotation, a manner word between
 *                        allowed ({@code statements.IntroducedQuotations})
 * @param quoteClosers    words that are no cue of their own but close a quotation right after its mark
 *                        ("tutup"): '"…," tutup Rina' is Rina's quotation ({@code statements.ClosedQuotations})
 * @param kin            a noun naming a kinsman, and the group a kinsman speaks for ("anak" → "keluarga", "son" →
 *                        "keluarga"): a speaker for no institution whose words name their own kin speaks for the family
 * @param kinOwners      words owning a kin noun, written after it or as its clitic ("saya", "nya"): "anak saya", "suaminya"
 * @param kinDeterminers words owning a kin noun, written before it ("my", "her"): "my son"
 * @param copulas         words saying what a thing is ("adalah", "merupakan", "is"): a relative clause opening with one
 *                        right after a claim's subject says who the subject is, not what the claim says of it
 * @param firstPersons    the speaker speaking of themselves ("saya", "kami", "I", "we"): heading a quoted
 *                        claim before a stance verb ("Kami membenarkan …"), the verb is the speaker's stance
 * @param survivors       a group an event befalls to its survivors' name ("korban" → "korban selamat"): one of the
 *                        group who speaks, in a folder naming its survivors, speaks for them ({@code statements.Survivors})
 * @param kinOthers       owners of a kin noun in the third person ("nya", "her"): inside the speaker's own quoted words
 *                        they own someone else's kin, never the speaker's ({@code statements.FamilySpeakers})
 * @param personClassifiers words counting one person before a noun ("seorang", "salah seorang"): a sentence opening
 *                        with one has a person for its subject, described, not named ({@code statements.StatementBuilder})
 */
public record SyntaxWords(
        List<String> clitics,
        List<String> complementizers,
        List<String> clauseOpeners,
        List<String> speakerTrim,
        List<String> auxiliaries,
        List<String> scopeWords,
        List<String> conjunctions,
        List<String> relativeMarkers,
        List<String> sourceMarkers,
        List<String> verbPrefixes,
        List<String> passivePrefixes,
        List<String> groupPronouns,
        List<String> referenceNouns,
        List<String> demonstratives,
        List<String> kindReferences,
        List<String> concessives,
        List<String> timeWords,
        List<String> titles,
        List<String> roles,
        List<String> rolePrefixes,
        List<String> institutionSuffixes,
        List<String> stateForms,
        List<String> placeMarkers,
        List<String> anaphors,
        List<String> firstPersons,
        java.util.Map<String, String> heads,
        List<String> ministries,
        List<String> ministerPrefixes,
        java.util.Map<String, String> ministers,
        java.util.Map<String, String> people,
        List<String> relations,
        List<String> nicknameOpeners,
        List<String> nicknameClosers,
        List<String> placeLinks,
        List<String> organisationWords,
        List<String> organisationNouns,
        java.util.Map<String, List<String>> bodyKinds,
        java.util.Map<String, String> ranks,
        java.util.Map<String, String> unitHeads,
        List<String> ministerWords,
        java.util.Map<String, String> portfolios,
        List<String> functionalAreas,
        java.util.Map<String, String> placeWords,
        List<String> records,
        List<String> recordOpeners,
        List<String> continuations,
        List<String> regionWords,
        List<String> divisionWords,
        List<String> quoteIntroducers,
        List<String> quoteClosers,
        java.util.Map<String, String> kin,
        List<String> kinOwners,
        List<String> kinDeterminers,
        List<String> copulas,
        java.util.Map<String, String> survivors,
        List<String> kinOthers,
        List<String> pressUnits,
        List<String> personClassifiers,
        List<String> politicianNouns,
        List<String> definiteArticles,
        List<String> recordSources,
        List<String> otherWords,
        List<String> otherIdioms,
        List<String> bodilyHarms) {

    public SyntaxWords {
        clitics = copy(clitics);
        complementizers = copy(complementizers);
        clauseOpeners = copy(clauseOpeners);
        speakerTrim = copy(speakerTrim);
        auxiliaries = copy(auxiliaries);
        scopeWords = copy(scopeWords);
        conjunctions = copy(conjunctions);
        relativeMarkers = copy(relativeMarkers);
        sourceMarkers = copy(sourceMarkers);
        verbPrefixes = copy(verbPrefixes);
        passivePrefixes = copy(passivePrefixes);
        groupPronouns = copy(groupPronouns);
        referenceNouns = copy(referenceNouns);
        demonstratives = copy(demonstratives);
        kindReferences = copy(kindReferences);
        concessives = copy(concessives);
        timeWords = copy(timeWords);
        titles = copy(titles);
        roles = copy(roles);
        rolePrefixes = copy(rolePrefixes);
        institutionSuffixes = copy(institutionSuffixes);
        stateForms = copy(stateForms);
        placeMarkers = copy(placeMarkers);
        anaphors = copy(anaphors);
        firstPersons = copy(firstPersons);
        heads = heads == null ? java.util.Map.of() : java.util.Map.copyOf(heads);
        ministries = copy(ministries);
        ministerPrefixes = copy(ministerPrefixes);
        ministers = ministers == null ? java.util.Map.of() : java.util.Map.copyOf(ministers);
        people = people == null ? java.util.Map.of() : java.util.Map.copyOf(people);
        relations = copy(relations);
        nicknameOpeners = copy(nicknameOpeners);
        nicknameClosers = copy(nicknameClosers);
        placeLinks = copy(placeLinks);
        organisationWords = copy(organisationWords);
        organisationNouns = copy(organisationNouns);
        bodyKinds = bodyKinds == null ? java.util.Map.of() : java.util.Map.copyOf(bodyKinds);
        ranks = ranks == null ? java.util.Map.of() : java.util.Map.copyOf(ranks);
        unitHeads = unitHeads == null ? java.util.Map.of() : java.util.Map.copyOf(unitHeads);
        ministerWords = copy(ministerWords);
        portfolios = portfolios == null ? java.util.Map.of() : java.util.Map.copyOf(portfolios);
        functionalAreas = copy(functionalAreas);
        placeWords = placeWords == null ? java.util.Map.of() : java.util.Map.copyOf(placeWords);
        records = copy(records);
        recordOpeners = copy(recordOpeners);
        continuations = copy(continuations);
        regionWords = copy(regionWords);
        divisionWords = copy(divisionWords);
        quoteIntroducers = copy(quoteIntroducers);
        quoteClosers = copy(quoteClosers);
        kin = kin == null ? java.util.Map.of() : java.util.Map.copyOf(kin);
        kinOwners = copy(kinOwners);
        kinDeterminers = copy(kinDeterminers);
        copulas = copy(copulas);
        survivors = survivors == null ? java.util.Map.of() : java.util.Map.copyOf(survivors);
        kinOthers = copy(kinOthers);
        pressUnits = copy(pressUnits);
        personClassifiers = copy(personClassifiers);
        politicianNouns = copy(politicianNouns);
        definiteArticles = copy(definiteArticles);
        recordSources = copy(recordSources);
        otherWords = copy(otherWords);
        otherIdioms = copy(otherIdioms);
        bodilyHarms = copy(bodilyHarms);
    }

    public static SyntaxWords none() {
        return new SyntaxWords(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> copy(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
