package dev.tilik.rules;

import dev.tilik.model.Stance;
import java.util.List;
import java.util.Map;

/**
 * What the statements stage reads for one language: cue words, stance markers, topic lexicons.
 * Parties (shared across languages) are in {@link PartyRules}. Word lists are matched on whole
 * words, case-insensitively; a clitic from {@link SyntaxWords#clitics()} may follow the last word.
 *
 * @param cues                cue words with their stance and position
 * @param negations           words that negate what follows ("tidak", "bukan", "not")
 * @param conditionals        markers of a conditional claim ("jika benar", "if")
 * @param hedges              markers of a hedge ("mungkin saja", "may")
 * @param noComment           phrases meaning neither confirm nor deny
 * @param pronouns            words standing for an earlier speaker ("Dirinya", "ia")
 * @param via                 markers introducing a channel, not a speaker ("seperti dilansir", "melalui")
 * @param topics              topic id → words (or phrases) that signal it; matched on stems
 * @param conditionalPatterns regular expressions of conditional claims ("setiap … akan", "if … would")
 * @param dismissals          phrases that dismiss a claim ("tidak berdasar", "tanpa bukti"): a denial
 * @param refusals            words before a cue that refuse it ("menolak untuk", "declined to")
 * @param negatedStances      what a negated or refused cue means: deny → hedge ("tidak menyangkal")
 * @param glossary           optional: this language's common news words → the first language's
 *                           (Indonesian) word, so claims in two languages meet in one proposition;
 *                           when two words share a stem ("law", "lawful") the first in the file wins
 * @param events              verbs of the topic events ("kirim", "send"): negated, they make a denial
 * @param occurrences         words saying that something happened or that someone had a part in it
 *                            ("terjadi", "terlibat", "keterlibatan", "occurred", "involved"): a negation
 *                            scoping over one denies it, whatever the story ("tidak ada keterlibatan
 *                            X", "mereka tidak terlibat", "no adulteration has occurred"), where a
 *                            negated state stays a negative fact asserted ("tidak terdaftar")
 * @param pending             negations that only say something has not happened yet ("belum", "not yet"),
 *                            no longer holds ("tidak lagi", "no longer"), must not be ("tidak boleh",
 *                            "must not") or is to be avoided ("agar tidak", "so as not"): "masih belum
 *                            ditemukan", "belum ada korban jiwa", "tidak lagi beroperasi" state how things
 *                            stand or should, they deny no occurrence and no proposition on their own
 *                            ("belum pernah" still does)
 * @param notYet              the pending negations that say something has not happened yet ("belum", "not
 *                            yet"): a claim saying so of what others in its proposition say has happened
 *                            denies it there ("jembatan itu belum dibuka" against "the bridge has reopened")
 * @param appeals             words opening a claim that urge rather than say what is so ("jangan",
 *                            "mari", "please", "let us"): such a claim takes no position ({@code other})
 * @param clauseBreaks        words opening a clause of another rank inside a claim ("karena", "agar",
 *                            "namun", "because", "but"): a negation after one is not the claim's own
 *                            ("X terjadi karena tidak ada cadangan" asserts; "X tidak terjadi" denies)
 * @param firmNegations       negations that deny whatever they negate when they negate the claim's own
 *                            predicate: a refusal or "never" ("tidak akan", "nggak mau", "tidak pernah",
 *                            "will not"); a plain "tidak" there may state a negative fact ("bus itu tidak
 *                            memiliki izin" asserts a lack)
 * @param contrasts           words that set what is so against what was just negated ("bukan X,
 *                            melainkan Y", "not X but Y"): the negation before them denies X
 * @param corrections         negations that, set off by a comma after a clause that says what is so, only say what
 *                            it is not ("dipicu oleh senggolan motor, bukan karena tawuran", "caused by the heat, not
 *                            by the food"): what is asserted is the clause before them
 * @param identityNegations   plain negations of what a thing is (Indonesian "bukan", not "tidak"): negating the claim's
 *                            own predicate they deny like a firm negation ("Ini bukan kelalaian petugas", "Fokus kami
 *                            bukan pada penggusuran"), since they state no lack the way "tidak memiliki" does
 * @param syntax              grammar words the speaker and claim finders need
 * @param cueLemmas           true when cue words, refusals and no-comment phrases are written as
 *                            lemmas and match every inflection by the language's lemmatizer
 *                            ("say" matches "said", "says", "saying"); a cue whose first word is then
 *                            tagged as a noun or adjective ("the reports", "an alleged plot") is no cue.
 *                            Written forms still match as written. Only for languages with a tagger
 *                            (English); false (the default) matches the words as written
 * @param assurances          words by which a speaker assures, commits or decides ("memastikan", "berkomitmen
 *                            untuk", "assure", "promise"), with the word that links their content ("memastikan
 *                            agar"): a negation they govern rules out what it negates, a denial ("memastikan
 *                            tidak ada PHK", "berkomitmen untuk tidak menjual", "promised no layoffs")
 * @param wishes              words of a wish, a feeling or a request ("berharap", "kecewa", "mohon", "hope",
 *                            "disappointed"): opening a claim after its subject, a first person or a
 *                            pronoun ("Kami berharap …", "pihaknya merasa kecewa"), the claim takes no
 *                            position on what is so ({@code other}); one right before a cue is that cue
 *                            ("kami ingin menegaskan …")
 * @param completed           words saying an act is done ("sudah", "telah", "sempat", "already"): a wish
 *                            after one reports a request made ("Saya sudah minta …": asserted)
 * @param notHedges           set phrases holding a hedge word that do not hedge ("sesegera mungkin": as soon
 *                            as possible)
 * @param emphatic            speech cues that insist on what they introduce ("menegaskan", "menekankan", '"…," tegasnya',
 *                            "stressed", "insisted"): under one, a negation of the claim's own predicate — its first
 *                            clause, after at most a subject — denies, plain or firm ("Kepala dinas menegaskan gudang itu
 *                            tidak berada di lahan sengketa"), where a neutral cue may report a negative fact
 * @param negativeFacts       verbs that, negated right after a first person opening the claim ("kami", "we"),
 *                            state a lack or what befell them rather than rule out an act of theirs ("kami tidak
 *                            menerima gaji", "we did not receive any notice": asserted), where "kami tidak melarang
 *                            warga", "we did not hide the report" deny the act
 * @param openQuestions       words opening a question the claim leaves open inside what it says ("kita lihat dulu, apakah
 *                            dia akan rilis atau tidak", "Kami akan memeriksa apakah tindakan itu sesuai …"): the
 *                            speaker does not know yet, a hedge; one opening the claim asks ("Apakah …?") and is left
 *                            alone (English "whether … or" is as often "regardless of", so English lists none)
 * @param interrogatives      words that, opening a quoted claim, make it a question ("bagaimana", "ke mana", "why"):
 *                            it asks and asserts nothing, rhetorical or not ({@code statements.Questions}); a
 *                            claim ending in a question mark asks whatever opens it
 * @param labelStops          content words that never name a proposition in its label: verbs of doing or saying
 *                            ("melakukan", "mengatakan"), address words ("bapak"), generic nouns, and the English
 *                            particles Indonesian copy strands ("back" of "back up"); they still count in what a
 *                            claim says ({@code statements.PropositionLabel})
 * @param opposites           optional: scales of opposite words by name ("condition": "laik", "baik" against
 *                            "rusak", "buruk"; {@link OppositeWords}), the same names in every language: within one
 *                            proposition a negated word of one side stands where a plain word of the other does
 *                            ("tidak ada kerusakan" with "kapal laik", "tidak laik" against it, "cuaca normal"
 *                            against "cuaca buruk")
 * @param loanSpellings       optional, for a language other than the first: how a word this language shares with the
 *                            first language by borrowing is spelled there, as rewrites of the lower-case word applied
 *                            in file order, each to every place it matches ("tion$" → "si", "x" → "ks", "c" → "k": a
 *                            trailing {@code $} holds the rewrite to the word's end, a leading {@code ^} to its
 *                            start): "exploitation" → "eksploitasi", "vegetation" → "vegetasi". A spelling is
 *                            only a candidate: a word takes it only where claims of the first language in the same
 *                            folder write it ({@code statements.Loanwords})
 * @param synonyms           optional: words of one meaning in this language whatever the story, each list one
 *                            meaning ("eksesif", "berlebihan"), a word or two written side by side ("korban jiwa"),
 *                            lower case: a claim no proposition took that writes one of them joins the one proposition
 *                            whose members write it, never regrouping the folder's propositions
 *                            ({@code statements.SynonymTerms})
 * @param modalConditionals   modal auxiliaries that make a quoted claim conditional when not negated
 *                            ("would": "it would violate the armistice"); matched on part-of-speech
 *                            tags, so only for languages with a tagger (reported speech backshifts
 *                            "will" to "would", so reported claims are left alone)
 * @param linkDismissals     optional: the dismissals among {@code dismissals} that deny a link or a cause, what is
 *                            not linked standing after them ("tidak terkait dengan X", "bukan akibat X", "not caused
 *                            by X"): such a dismissal puts the question of what follows it, where "kabar itu tidak
 *                            benar" dismisses what stands before it ({@code findings.DenialQuestions#question})
 * @param prohibitions       optional: phrases saying what follows must not or is meant not to happen, or is refused
 *                            ("tidak boleh ditutup", "agar tidak ditutup", "menolak untuk membayar", "refused to pay"): no
 *                            denial of their own ({@code pending}), but beside a denial of the same act they say it
 *                            again, one position ({@code findings.Restatements#restates})
 * @param complements        optional: prepositions opening the complement of a negated predicate, whom or what it is
 *                            done to or for ("tak ada PHK terhadap buruh", "no action against the firm"): a denial
 *                            asks about its predicate, not about them ({@code findings.DenialQuestions#question}); a
 *                            denial's question ends there as it ends at a {@code clauseBreaks} word
 * @param petitions          optional: what a party asks a court to decide ("permohonan kasasi", "banding", "appeal",
 *                            "lawsuit"): a denial by its cue whose claim opens with one ("MA menolak permohonan kasasi")
 *                            is a ruling on it, no side on what is so ({@code findings.Rulings})
 * @param matters            optional: words that, opening a claim, name what it is about ("soal cadangan data",
 *                            "mengenai", "regarding"): with no clause after them the claim tells nothing of it and
 *                            answers no denial's question ({@code findings.Matters})
 * @param discussions        optional: phrases of talking about a matter ("berbicara mengenai", "membahas", "spoke
 *                            about"): a claim holding one before any punctuation tells nothing of what was discussed
 * @param agreements         optional: phrases saying the speaker agrees with whom follows ("senada dengan", "echoing"):
 *                            the two are never a stance finding's two sides ({@code findings.Agreements})
 * @param criticisms         optional: cues of criticism whose object is what is criticised ("mengkritik", "mengecam",
 *                            "condemn"): a hedge word in that object, before any clause break ("mengkritik keras
 *                            kemungkinan kerja sama …"), names what is criticised and hedges nothing
 * @param doubts             optional: cues that question, doubt or accuse ("mempertanyakan", "meragukan", "questioned"):
 *                            a claim on the good side of a scale answering one in its article denies
 *                            ({@code statements.AnsweredAccusations})
 * @param asks               optional: verbs of asking ("bertanya", "menanyakan", "asked"), apart from the doubting verbs
 *                            of {@code doubts}: one at the claim's head, followed closely by a word of
 *                            {@code askedQuestions}, reports a question asked, which takes no position (other)
 * @param askedQuestions     optional: words opening a question asked after a verb of {@code asks} ("apakah",
 *                            "mengapa", "whether", "why")
 * @param openDetails        optional: words that, among the first words of what a negated verb of telling leaves
 *                            unsaid, make it a detail left open rather than a claim denied ("tidak menyebutkan tanggal
 *                            pasti", "did not say when"): a reported "Y did not mention the exact date" is no denial
 *                            ({@code statements.NegatedReports})
 * @param perceptionVerbs    optional: verbs of perceiving ("melihat", "mendengar", "see", "heard"): one right after a
 *                            personal pronoun at a claim's head ("Dia melihat ada kejanggalan …", "Saya melihat ada
 *                            …", "We saw no signs …") frames what the speaker holds and is no content word of the
 *                            claim ({@code statements.ClaimWords})
 * @param passiveAuxiliaries optional: the auxiliaries that make a cue verb written right after them (an adverb or "not"
 *                            between) passive ("is", "was", "were", "been", "being"): the cue's subject is what was said,
 *                            never who said it, and another cue of the sentence naming a speaker speaks instead
 *                            ({@code statements.WeakCues}); a language whose passive is a verb form of its own writes none
 * @param toldNouns          optional: nouns naming an act of telling itself ("pernyataan", "informasi", "kepastian"):
 *                            with a demonstrative, opening a sentence before a passive cue ("Kepastian ini
 *                            disampaikan oleh X"), they point back at the sentences before as X's words
 *                            ({@code statements.ArticleRun}, {@code statements.QuoteGroups#creditedBefore})
 * @param lacks              optional: words of having or being able ("punya", "memiliki", "bisa", "dapat"): right after a
 *                            negation they make it a lack stated ("kami tidak punya kewenangan", "kami tidak bisa
 *                            melarang"), which no claim of a proposition denies ({@code statements.Propositions})
 * @param stillMissing       optional: words of finding ("ditemukan", "found") that right after a "not yet" ({@code notYet})
 *                            say who or what is still missing ("lima warga belum ditemukan", "have not yet been found"):
 *                            a state reported, read as "yang belum ditemukan" is, never a denial that anyone was found
 * @param labelRefusals      optional: phrases of not accepting ("tak terima", "tidak menerima", "menolak"): one followed
 *                            closely in its clause by a word of {@code namings} refuses a label, a denial
 *                            ({@code statements.RefusedClaims})
 * @param namings            optional: passive verbs of naming or taking for ("disebut", "dianggap", "dituding")
 * @param bareSpeechVerbs    optional: speech verbs in the bare form a first person's wish takes before them
 *                            ("saya ingin sampaikan bahwa …"): the wish only introduces what is said, as a cue
 *                            right after a wish does ({@code statements.Wishes})
 * @param aspects            optional: an aspect of an event → the phrases naming it in a claim ("cause" → "penyebab",
 *                            "caused by"; "origin" → "berasal dari"): a refusal and a denial about two aspects of one
 *                            event answer two questions
 * @param grounds            optional: words opening the ground a speaker gives for a claim ("karena", "sebab",
 *                            "because"): a statement in the same article retelling a denial's ground is its evidence,
 *                            on its side ({@code findings.Grounds})
 */
public record StatementRules(
        List<CueRule> cues,
        List<String> negations,
        List<String> conditionals,
        List<String> hedges,
        List<String> noComment,
        List<String> pronouns,
        List<String> via,
        Map<String, List<String>> topics,
        List<RulePattern> conditionalPatterns,
        List<String> dismissals,
        List<String> refusals,
        Map<Stance, Stance> negatedStances,
        List<String> events,
        SyntaxWords syntax,
        Boolean cueLemmas,
        List<String> modalConditionals,
        Map<String, String> glossary,
        List<String> occurrences,
        List<String> pending,
        List<String> appeals,
        List<String> clauseBreaks,
        List<String> firmNegations,
        List<String> contrasts,
        List<String> corrections,
        List<String> identityNegations,
        List<String> assurances,
        List<String> wishes,
        List<String> notHedges,
        List<String> completed,
        List<String> emphatic,
        List<String> notYet,
        List<String> negativeFacts,
        List<String> openQuestions,
        List<String> interrogatives,
        List<String> labelStops,
        Map<String, OppositeWords> opposites,
        Map<String, String> loanSpellings,
        List<String> linkDismissals,
        List<String> prohibitions,
        List<String> complements,
        List<String> petitions,
        List<String> matters,
        List<String> discussions,
        List<String> agreements,
        List<List<String>> synonyms,
        List<String> criticisms,
        List<String> doubts,
        List<String> asks,
        List<String> askedQuestions,
        Map<String, List<String>> aspects,
        List<String> labelRefusals,
        List<String> namings,
        List<String> grounds,
        List<String> bareSpeechVerbs,
        List<String> openDetails,
        List<String> perceptionVerbs,
        List<String> toldNouns,
        List<String> passiveAuxiliaries,
        List<String> lacks,
        List<String> stillMissing) {

    public StatementRules {
        cues = cues == null ? List.of() : List.copyOf(cues);
        negations = copy(negations);
        conditionals = copy(conditionals);
        hedges = copy(hedges);
        noComment = copy(noComment);
        pronouns = copy(pronouns);
        via = copy(via);
        topics = inFileOrder(topics);
        conditionalPatterns = conditionalPatterns == null ? List.of() : List.copyOf(conditionalPatterns);
        dismissals = copy(dismissals);
        refusals = copy(refusals);
        negatedStances = negatedStances == null ? Map.of() : Map.copyOf(negatedStances);
        events = copy(events);
        syntax = syntax == null ? SyntaxWords.none() : syntax;
        cueLemmas = Boolean.TRUE.equals(cueLemmas);
        modalConditionals = copy(modalConditionals);
        glossary = inFileOrder(glossary);
        occurrences = copy(occurrences);
        pending = copy(pending);
        appeals = copy(appeals);
        clauseBreaks = copy(clauseBreaks);
        firmNegations = copy(firmNegations);
        contrasts = copy(contrasts);
        corrections = copy(corrections);
        identityNegations = copy(identityNegations);
        assurances = copy(assurances);
        wishes = copy(wishes);
        notHedges = copy(notHedges);
        completed = copy(completed);
        emphatic = copy(emphatic);
        notYet = copy(notYet);
        negativeFacts = copy(negativeFacts);
        openQuestions = copy(openQuestions);
        interrogatives = copy(interrogatives);
        labelStops = copy(labelStops);
        opposites = inFileOrder(opposites);
        loanSpellings = inFileOrder(loanSpellings);
        linkDismissals = copy(linkDismissals);
        prohibitions = copy(prohibitions);
        complements = copy(complements);
        petitions = copy(petitions);
        matters = copy(matters);
        discussions = copy(discussions);
        agreements = copy(agreements);
        criticisms = copy(criticisms);
        doubts = copy(doubts);
        asks = copy(asks);
        askedQuestions = copy(askedQuestions);
        labelRefusals = copy(labelRefusals);
        namings = copy(namings);
        grounds = copy(grounds);
        bareSpeechVerbs = copy(bareSpeechVerbs);
        openDetails = copy(openDetails);
        perceptionVerbs = copy(perceptionVerbs);
        toldNouns = copy(toldNouns);
        passiveAuxiliaries = copy(passiveAuxiliaries);
        lacks = copy(lacks);
        stillMissing = copy(stillMissing);
        aspects = inFileOrder(aspects == null ? null : copyValues(aspects));
        synonyms = synonyms == null ? List.of() : synonyms.stream().map(List::copyOf).toList();
    }

    /** The stance a negated or refused cue of stance {@code s} takes (unchanged when not listed). */
    public Stance negated(Stance s) {
        return negatedStances.getOrDefault(s, s);
    }

    /**
     * An unmodifiable copy that keeps the file's order. {@code Map.copyOf} iterates in an order that
     * changes from one JVM run to the next, and readers take the first entry that fits (two glossary
     * words with one stem, "law" and "lawful"; topic terms of one length), so the same folder gave
     * different propositions run to run. The first entry in the file wins.
     */
    private static <V> Map<String, V> inFileOrder(Map<String, V> m) {
        if (m == null || m.isEmpty()) {
            return Map.of();
        }
        Map<String, V> copy = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(java.util.Objects.requireNonNull(k), java.util.Objects.requireNonNull(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static Map<String, List<String>> copyValues(Map<String, List<String>> m) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, copy(v)));
        return out;
    }

    private static List<String> copy(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
