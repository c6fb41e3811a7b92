package dev.tilik.findings;

import dev.tilik.language.LanguageProfiles;
import dev.tilik.language.WordForms;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stance finding's two sides must answer one question: the one a denial puts. A denial that negates in
 * its own words puts the question of what its first negation reaches ("pemerintah tidak akan menuruti
 * permintaan peretas": will it give in?); a statement answers it when its claim holds that word under any
 * of its forms ("kami akan menuruti", "dituruti"), and a statement that only tells something else about the
 * same matter ("peretas meminta tebusan 8 juta dolar") answers another question: set against the denial it
 * would make a finding whose two sides are about two things. A denial whose cue denies ("membantah isu PHK")
 * puts the question of its claim's words: a statement answers it when it holds one of them. Two statements
 * in different languages are left to the proposition that grouped them (no word of one meets the other's).
 * Function words, negations and speech cues are never the question ({@link DenialQuestions#contentWords}). A term the
 * denial glosses by its initials ("pemutusan hubungan kerja (PHK)") is asked whole ({@link GlossedTerms}).
 *
 * <p>Every statement's claim is read once per detection: its roots, whether it refers back, and a denial's
 * question as roots. A cluster's side-0 denials are indexed by question once ({@link Among}, where the rule is
 * stated, once), and each side-1 statement looks up the roots of its claim there, so a cluster costs its two sides'
 * sizes, not their product; a single pair ({@link #answers}, a headline and its body) asks the denial indexed alone.
 */
final class OneQuestion {
    private final DenialQuestions reading;
    private final Matters matters;
    private final Map<Voice, Set<String>> roots = new ConcurrentHashMap<>();
    private final Map<Voice, Boolean> refersBack = new ConcurrentHashMap<>();
    private final Map<Voice, Boolean> tellsNothing = new ConcurrentHashMap<>();
    private final Map<Voice, Optional<Set<String>>> questions = new ConcurrentHashMap<>();
    /** A denial's cause, as roots ({@link DenialQuestions#cause}), read once a voice. */
    private final Map<Voice, Optional<Set<String>>> causes = new ConcurrentHashMap<>();
    /** Whether a denial speaks of others than those told ({@link DenialQuestions#ofOthers}). */
    private final Map<Voice, Boolean> others = new ConcurrentHashMap<>();
    /** Whether a denial tells what befell one body ({@link DenialQuestions#ofABody}). */
    private final Map<Voice, Boolean> bodies = new ConcurrentHashMap<>();
    /** Whether a claim holds a figure: a count. */
    private final Map<Voice, Boolean> counts = new ConcurrentHashMap<>();
    /** Whether a claim names others ({@link DenialQuestions#namesOthers}). */
    private final Map<Voice, Boolean> namesOthers = new ConcurrentHashMap<>();
    /** A denial's question's head and the modifier it holds right after it, as roots; empty when it holds none. */
    private final Map<Voice, Optional<Headed>> heads = new ConcurrentHashMap<>();
    /** By root of a claim's content word: the roots of the content words right after it ("" for none). */
    private final Map<Voice, Map<String, Set<String>>> next = new ConcurrentHashMap<>();
    /** Each denial asked about pair by pair ({@link #answers}), indexed alone once. */
    private final Map<Voice, Among> alone = new ConcurrentHashMap<>();

    /** How many (statement, denial) pairs {@link #answers} was asked ({@link #pairsAsked()}). */
    private final java.util.concurrent.atomic.LongAdder pairsAsked = new java.util.concurrent.atomic.LongAdder();

    OneQuestion(DenialQuestions reading) {
        this(reading, Matters.NONE);
    }

    /** @param matters what tells a claim that only names what was spoken about: it answers no question, in any language */
    OneQuestion(DenialQuestions reading, Matters matters) {
        this.reading = reading;
        this.matters = matters;
    }

    /**
     * Keeps on side 1 the statements that answer the question of some side-0 denial. Side 0 stays whole: the
     * denials of one position, each in its own words ("tidak mengirim pasukan", "membantah pengiriman
     * tentara"), are all cited once one of them meets its other side. Side 0 is indexed once ({@link Among}).
     */
    void keepAnswered(List<Voice> side0, List<Voice> side1) {
        if (side1.isEmpty()) {
            return;
        }
        Among denials = among(side0);
        side1.removeIf(v -> !denials.answersAny(v));
    }

    /**
     * True when {@code v}'s claim answers the question {@code denial} puts: the rule of {@link Among#answeredBy}, asked
     * of the denial indexed alone (kept for the detection, so a denial met by many statements is indexed once).
     */
    boolean answers(Voice v, Voice denial) {
        pairsAsked.increment();
        return alone.computeIfAbsent(denial, d -> new Among(List.of(d))).answersAny(v);
    }

    /** How many pairs {@link #answers} was asked (for tests of what a check costs). */
    long pairsAsked() {
        return pairsAsked.sum();
    }

    /**
     * The denials of one side indexed by the question each puts, read once: which of them a statement answers is then
     * a look-up per word of its claim, not a question asked of every pair.
     */
    Among among(List<Voice> denials) {
        return new Among(denials);
    }

    /**
     * One side's denials by question, and the one statement of the rule: a claim that only names its matter answers
     * nothing; one in another language than a denial, or referring back, answers it; a denial that puts no question
     * is answered by every statement; any other by a statement whose claim holds a root of its question. A denial about
     * others than those told ({@link DenialQuestions#ofOthers}), asked or not, only by a statement naming others too.
     */
    final class Among {
        private final List<Voice> denials;
        /** By language: the places of the denials in it that put no question (every statement answers them). */
        private final Map<String, BitSet> open = new HashMap<>();
        /** By language: the places of all its denials. */
        private final Map<String, BitSet> all = new HashMap<>();
        /** By language, then by root of a question: the places of the denials whose question holds it. */
        private final Map<String, Map<String, BitSet>> byRoot = new HashMap<>();
        /** By language, then by a question's head holding a modifier: the denials it heads, with their modifiers. */
        private final Map<String, Map<String, List<Placed>>> byHead = new HashMap<>();
        /** By place: the roots of the cause a denial's question is restricted to ({@link DenialQuestions#cause}). */
        private final Map<Integer, Set<String>> restricted = new HashMap<>();
        /** The places of the denials about others than those told ({@link DenialQuestions#ofOthers}). */
        private final BitSet ofOthers = new BitSet();
        /** The places of the denials of what befell one body ({@link DenialQuestions#ofABody}). */
        private final BitSet ofABody = new BitSet();

        private Among(List<Voice> denials) {
            this.denials = List.copyOf(denials);
            for (int i = 0; i < this.denials.size(); i++) {
                Voice d = this.denials.get(i);
                String lang = language(d);
                all.computeIfAbsent(lang, x -> new BitSet()).set(i);
                if (others.computeIfAbsent(d, reading::ofOthers)) {
                    ofOthers.set(i); // "tidak menemukan pasien lain": asked or not, about the rest only
                }
                if (bodies.computeIfAbsent(d, reading::ofABody)) {
                    ofABody.set(i); // "tidak ada luka": one body's word, in any language no count answers it
                }
                Optional<Set<String>> q = question(d);
                if (q.isEmpty()) {
                    open.computeIfAbsent(lang, x -> new BitSet()).set(i);
                } else {
                    Map<String, BitSet> roots = byRoot.computeIfAbsent(lang, x -> new HashMap<>());
                    Optional<Headed> head = head(d);
                    if (head.isPresent()) {
                        byHead.computeIfAbsent(lang, x -> new HashMap<>()).computeIfAbsent(head.get().head(),
                                x -> new ArrayList<>()).add(new Placed(i, head.get().modifier()));
                    }
                    for (String r : q.get()) {
                        if (head.isEmpty() || !r.equals(head.get().head())) {
                            roots.computeIfAbsent(r, x -> new BitSet()).set(i);
                        }
                    }
                    int place = i;
                    cause(d).ifPresent(c -> restricted.put(place, c));
                }
            }
        }

        /** The denials whose question {@code v} answers, in the side's order. */
        List<Voice> answeredBy(Voice v) {
            BitSet hit = met(v, false);
            List<Voice> out = new ArrayList<>(hit.cardinality());
            hit.stream().forEach(i -> out.add(denials.get(i)));
            return out;
        }

        /** True when {@code v} answers the question of at least one of the denials. */
        boolean answersAny(Voice v) {
            return !met(v, true).isEmpty();
        }

        /**
         * The places of the denials whose question {@code v} answers; with {@code any}, only until one is found (a
         * denial in another language or one putting no question spares reading {@code v}'s roots).
         */
        private BitSet met(Voice v, boolean any) {
            BitSet hit = metAsked(v, any && ofABody.isEmpty()); // a body's denial met alone may be dropped below
            if (!ofABody.isEmpty() && hit.intersects(ofABody) && counts(v)) {
                hit.andNot(ofABody); // "12 korban luka" answers no "tidak ada luka" said of one body
            }
            return hit;
        }

        /** {@link #met} before a count is kept from the denials of one body. */
        private BitSet metAsked(Voice v, boolean any) {
            BitSet hit = new BitSet();
            if (tellsNothing.computeIfAbsent(v, x -> matters.namesOnlyItsMatter(reading.words().claimTokens(x)))) {
                return hit; // "mengklarifikasi soal back up data": what was clarified is not said
            }
            String lang = language(v);
            if (refersBack.computeIfAbsent(v, reading::refersBack)) {
                all.values().forEach(hit::or);
                return hit;
            }
            all.forEach((l, places) -> {
                if (!l.equals(lang)) {
                    hit.or(places); // another language: left to the proposition that grouped them
                }
            });
            BitSet none = open.get(lang);
            if (none != null) {
                BitSet kept = none;
                if (none.intersects(ofOthers) && !namesOthers(v)) {
                    kept = (BitSet) none.clone();
                    kept.andNot(ofOthers); // "tim tidak menemukan pasien lain", a cue negated: still about the rest only
                }
                hit.or(kept);
            }
            if (any && !hit.isEmpty()) {
                return hit;
            }
            Map<String, BitSet> roots = byRoot.getOrDefault(lang, Map.of());
            Map<String, List<Placed>> headed = byHead.getOrDefault(lang, Map.of());
            BitSet said = new BitSet();
            Set<String> own = roots(v);
            for (String r : own) {
                BitSet places = roots.get(r);
                if (places != null) {
                    said.or(places);
                }
                for (Placed p : headed.getOrDefault(r, List.of())) {
                    Set<String> after = next(v).getOrDefault(r, Set.of());
                    if (after.contains("") || after.contains(p.modifier())) {
                        said.set(p.place()); // "korban jiwa" or a bare "korban", not "korban luka"
                    }
                }
            }
            restricted.forEach((place, cause) -> {
                if (said.get(place) && java.util.Collections.disjoint(own, cause)) {
                    said.clear(place); // "40 pekerja dirawat" answers no "tak ada yang dirawat karena keracunan"
                }
            });
            if (said.intersects(ofOthers) && !namesOthers(v)) {
                said.andNot(ofOthers); // "tiga korban ditemukan" answers no "tidak menemukan pasien lain"
            }
            hit.or(said);
            return hit;
        }
    }

    /** Whether {@code v}'s claim holds a figure (a token with a digit), read once a voice: it counts. */
    private boolean counts(Voice v) {
        return counts.computeIfAbsent(v, x -> reading.words().claimTokens(x).stream()
                .anyMatch(w -> w.chars().anyMatch(Character::isDigit)));
    }

    /** Whether {@code v}'s claim names others ({@link DenialQuestions#namesOthers}), read once a voice. */
    private boolean namesOthers(Voice v) {
        return namesOthers.computeIfAbsent(v, reading::namesOthers);
    }

    /** A question's head and the modifier it holds right after it, as roots ("korban jiwa": korban, jiwa). */
    private record Headed(String head, String modifier) {
    }

    /** A denial's place in its side, and the modifier its question's head holds. */
    private record Placed(int place, String modifier) {
    }

    /**
     * What a denial denies when its question's head holds a modifier right after it ("tidak ada korban jiwa dalam
     * aksi itu", "belum ada sanksi tegas"): a claim holding that head answers it only with the same modifier after it,
     * or none ("ada korban", "korban jiwa dua orang"); with another one it tells of another thing ("korban luka",
     * "jumlah korban bervariasi"). Through any other root of the question a claim answers as before, so a clause-long
     * question is still answered by the one word a true answer names ("kios dibongkar" against "tidak ada
     * penggusuran pedagang"). Empty for a question of one word, a firm negation's verb, a head with none after it, or
     * a head with an affix (a verb, "membayar ganti rugi", whose object a claim may name in other words).
     */
    private Optional<Headed> head(Voice denial) {
        return heads.computeIfAbsent(denial, d -> {
            Set<String> words = reading.question(d);
            Optional<Set<String>> asked = question(d);
            if (words == null || asked.isEmpty()) {
                return Optional.empty();
            }
            List<String> t = reading.words().claimTokens(d);
            String lang = language(d);
            for (int k = 0; k + 1 < t.size(); k++) {
                if (words.contains(t.get(k))) {
                    String h = root(t.get(k), lang);
                    if (!h.equals(t.get(k))) {
                        return Optional.empty(); // "membayar ganti rugi": a verb's object, told in other words too
                    }
                    String m = words.contains(t.get(k + 1)) ? root(t.get(k + 1), lang) : null;
                    return m == null || m.equals(h) || !asked.get().contains(h) || !asked.get().contains(m)
                            ? Optional.empty() : Optional.of(new Headed(h, m));
                }
            }
            return Optional.empty();
        });
    }

    /** By root of each content word of {@code v}'s claim, the roots of the content words right after it ("" for none). */
    private Map<String, Set<String>> next(Voice v) {
        return next.computeIfAbsent(v, x -> {
            String lang = language(x);
            List<String> t = reading.words().claimTokens(x);
            Set<String> content = reading.contentWords(x);
            Map<String, Set<String>> out = new HashMap<>();
            for (int k = 0; k < t.size(); k++) {
                if (content.contains(t.get(k))) {
                    String after = k + 1 < t.size() && content.contains(t.get(k + 1)) ? root(t.get(k + 1), lang) : "";
                    out.computeIfAbsent(root(t.get(k), lang), r -> new HashSet<>()).add(after);
                }
            }
            return out;
        });
    }

    /** The cause {@code denial}'s question is restricted to ({@link DenialQuestions#cause}) as roots; empty when none. */
    private Optional<Set<String>> cause(Voice denial) {
        return causes.computeIfAbsent(denial, d -> Optional.ofNullable(reading.cause(d))
                .map(words -> words.stream().map(w -> root(w, language(d))).collect(java.util.stream.Collectors.toSet())));
    }

    /** The question {@code denial} puts ({@link DenialQuestions#question}) as roots in its language; empty when it puts none. */
    private Optional<Set<String>> question(Voice denial) {
        return questions.computeIfAbsent(denial, d -> {
            Set<String> words = reading.question(d);
            if (words == null) {
                return Optional.empty();
            }
            String lang = language(d);
            Set<String> out = new HashSet<>();
            GlossedTerms.asked(words, GlossedTerms.in(d.claimText()))
                    .forEach(w -> out.add(w.startsWith(GlossedTerms.KEY) ? w : root(w, lang)));
            return Optional.of(out);
        });
    }

    private Set<String> roots(Voice v) {
        return roots.computeIfAbsent(v, x -> {
            String lang = language(x);
            Set<String> out = new HashSet<>();
            reading.contentWords(x).forEach(w -> out.add(root(w, lang)));
            out.addAll(GlossedTerms.written(x.claimText()));
            return out;
        });
    }

    static String language(Voice v) {
        return v.article().document().language().language();
    }

    /**
     * The last of a word's forms in its language: its root ("ditutup", "menutup" → "tutup"). An Indonesian agent noun
     * ({@link #isAgentNoun}: "pekerja", "pengirim") keeps its prefix before the root ("pe:kerja"): a worker is no answer
     * to a question about the work, nor the sender to one about sending ("kerja", "dikirim").
     */
    static String root(String word, String lang) {
        WordForms forms = LanguageProfiles.known(lang).map(p -> p.wordForms()).orElse(WordForms.plain());
        String last = word;
        for (String f : forms.of(word)) {
            last = f;
        }
        return "id".equals(lang) && isAgentNoun(word, last) ? AGENT + last : last;
    }

    /** What an Indonesian agent noun's root is kept under ({@link #root}). */
    static final String AGENT = "pe:";

    /** The enclitics an Indonesian noun may carry after its suffix ("pekerjanya", "pekerjaannya"). */
    private static final List<String> CLITICS = List.of("nya", "lah", "kah", "ku", "mu");

    /**
     * True when an Indonesian word is the agent noun of its root: the pe-/pen-/pem-/peng-/peny- prefix with no -an
     * suffix ("pekerja", "penulis", "pembeli", "pengirim", "penyidik"). With -an it names the act ("pengiriman",
     * "pekerjaan") and meets its verb as before; a word whose root it opens with ("pesan", "pernah") has no prefix.
     */
    static boolean isAgentNoun(String word, String root) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String c : CLITICS) {
            if (w.endsWith(c) && w.length() - c.length() > root.length()) {
                w = w.substring(0, w.length() - c.length());
                break;
            }
        }
        return w.startsWith("pe") && !w.startsWith("per") && !w.endsWith("an") && root.length() >= 3
                && !w.startsWith(root) && w.endsWith(root.substring(1));
    }
}
