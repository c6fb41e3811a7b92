package dev.tilik.findings;

import dev.tilik.model.Stance;
import dev.tilik.rules.Relation;
import dev.tilik.rules.ScopeRule;
import dev.tilik.rules.StanceRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A headline giving a party a stance that its own article's body contradicts: headline statements
 * against body statements of the same article, same topic group and same coalition, per the stance
 * rules that name the {@code headline} relation. One finding per (article, rule, topic, party).
 *
 * <p>And a headline stating flatly what its body says only with a limit ({@code headlineScope}):
 * "Tak Terkait Aksi Tawuran" over "tidak terkait langsung dengan aksi tawuran". The two statements
 * take the same stance, so no stance rule sets them apart, and they may land in different topic
 * groups: they are compared within their article, by the headline claim's words standing in the
 * body's sentence. One finding per article.
 *
 * <p>And a headline joining a figure to a predicate its own body gives to something else ({@link #figureMoved}:
 * "85 Dapur Ditutup" over "85 dapur belum bersertifikat" and "dapur di Cipongkor ini kami tutup"), under the same
 * rule: the headline says more than its body bears out. A headline no one is said to say is its outlet's own
 * claim ({@link Voice#outlet}) and meets its body so, like any headline.
 *
 * <p>And an outlet's headline figure that a claim in another outlet denies in so many words ({@link HeadlineFigureDenial}).
 */
final class HeadlineDetector implements Detector {

    @Override
    public List<Finding> detect(Story story) {
        List<StanceRule> rules = story.rules().stanceRules();
        Map<String, List<List<Voice>>> clusters = new TreeMap<>();
        Map<String, StanceRule> ruleOf = new TreeMap<>();
        Map<Voice, String> headCoalition = headlineCoalitions(story);
        OneQuestion question = new OneQuestion(story.questions(), story.matters());
        for (String topic : story.topicGroups()) {
            Map<String, List<Voice>> byArticle = new TreeMap<>();
            story.voicesOn(topic).forEach(v -> byArticle.computeIfAbsent(v.fileName(), k -> new ArrayList<>()).add(v));
            for (List<Voice> voices : byArticle.values()) {
                for (Voice h : voices) {
                    for (Voice b : voices) {
                        if (h.headline() && !b.headline() && b.coalition().equals(headCoalition.getOrDefault(h, h.coalition()))
                                && !story.restatements().oneClaim(h, b)
                                && !(opposite(h, b) && story.restatements().oneAssurance(h, b))
                                && oneQuestion(question, h, b)) {
                            pair(rules, topic, h, b, clusters, ruleOf);
                        }
                    }
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        clusters.forEach((key, sides) -> {
            StanceRule r = ruleOf.get(key);
            List<Voice> head = Sides.ordered(sides.get(0), story.names());
            List<Voice> body = Sides.ordered(sides.get(1), story.names());
            StanceText text = new StanceText(story.names(), story.rules().topicLabel(head.get(0).topicGroup()));
            String[] k = key.split("\u0001");
            out.add(Sides.clustered(List.of(k[0], Sides.stancesKey(r), k[2], k[3]), r.type(), r.severityFor(Relation.HEADLINE).orElseThrow(), r.id(),
                    head.get(0).topicGroup(), text.title(head, body, Relation.HEADLINE),
                    text.explanation(head, body, Relation.HEADLINE, r.why()), head, body));
        });
        ScopeRule scope = story.rules().headlineScope();
        if (scope != null) {
            out.addAll(scoped(story, scope));
            out.addAll(figureMoved(story, scope));
        }
        out.addAll(HeadlineFigureDenial.detect(story));
        return out;
    }

    /**
     * The coalition a headline speaker speaks for, by its article's body: headlines name a speaker by a short
     * title or name ("Wamenaker: …", "Budi: …", "KPU Sukamaju Jamin …") that the body writes inside a fuller
     * speaker phrase ("Wakil Menteri Ketenagakerjaan (Wamenaker) Immanuel …", "Ketua KPU Kabupaten Sukamaju",
     * every word of the short name among the phrase's) or names as the same person; when every such body
     * voice speaks for one coalition, the headline speaks for it too, whatever party its short name alone
     * resolved to ("KPU" for the body's "KPU Sukamaju"). Headlines whose short name the body gives to two
     * coalitions, or to none, are not in the map.
     */
    private static Map<Voice, String> headlineCoalitions(Story story) {
        Map<Voice, String> out = new java.util.HashMap<>();
        for (List<Voice> voices : byArticle(story).values()) {
            for (Voice h : voices) {
                if (!h.headline() || Normal.words(h.speakerKey()).isEmpty()) {
                    continue;
                }
                String person = story.persons().of(h);
                java.util.List<String> named = Normal.wordList(h.speakerKey());
                java.util.Set<String> coalitions = new java.util.TreeSet<>();
                for (Voice b : voices) {
                    String bp = b.statement().party();
                    if (!b.headline() && bp != null && !bp.isBlank()
                            && (new java.util.HashSet<>(Normal.wordList(b.speakerKey())).containsAll(named)
                                || person != null && person.equals(story.persons().of(b)))) {
                        coalitions.add(b.coalition());
                    }
                }
                if (coalitions.size() == 1) {
                    out.put(h, coalitions.iterator().next());
                }
            }
        }
        return out;
    }

    /** The story's voices by article, in file-name order, each article's in reading order. */
    private static Map<String, List<Voice>> byArticle(Story story) {
        Map<String, List<Voice>> out = new TreeMap<>();
        story.voices().forEach(v -> out.computeIfAbsent(v.fileName(), k -> new ArrayList<>()).add(v));
        return out;
    }

    /** True when one of the two denies and the other asserts or confirms: the pair an assurance's wording turns. */
    /**
     * True unless the headline denies and its body statement does not answer the question it puts ({@link
     * OneQuestion}), as between two articles' statements: "Bantah Ada PHK, Hanya Liburkan 2.500 Karyawan" asks about
     * the layoffs, and its body's "hanya meliburkan 2.500 karyawan" answers another question (the headline says it
     * too). A body's denial under a headline that withholds one ("Kremlin Tidak Membantah …" over "Peskov membantah …")
     * is the headline misreporting its body, whatever words each uses: not asked.
     */
    private static boolean oneQuestion(OneQuestion question, Voice h, Voice b) {
        return h.statement().stance() != Stance.DENY || question.answers(b, h);
    }

    private static boolean opposite(Voice h, Voice b) {
        java.util.Set<Stance> firm = java.util.EnumSet.of(Stance.ASSERT, Stance.CONFIRM);
        Stance x = h.statement().stance();
        Stance y = b.statement().stance();
        return x == Stance.DENY && firm.contains(y) || y == Stance.DENY && firm.contains(x);
    }

    /** Headline words a body's sentence must hold to be telling the same claim. */
    static final int SCOPE_WORDS = 3;
    /** Share of the headline claim's words the body's sentence must hold. */
    static final double SCOPE_SHARE = 0.6;
    private static final java.util.Set<Stance> FLAT = java.util.EnumSet.of(Stance.DENY, Stance.ASSERT, Stance.CONFIRM);
    private static final String WHY_SCOPE = "The headline states flatly what the body's source says only with a limit: a "
            + "reader who sees only the headline hears a stronger claim than the source made. Quote the body's words, with "
            + "their limit.";

    /** Findings for headlines that drop the limit their own body puts on the claim, one per article. */
    private static List<Finding> scoped(Story story, ScopeRule rule) {
        List<Finding> out = new ArrayList<>();
        byArticle(story).forEach((file, voices) -> {
            List<Voice> head = new ArrayList<>();
            List<Voice> body = new ArrayList<>();
            String limit = null;
            for (Voice h : voices) {
                if (!h.headline() || !FLAT.contains(h.statement().stance())) {
                    continue;
                }
                String headClaim = " " + Normal.words(Normal.text(h.claimText())) + " ";
                List<String> headWords = java.util.Arrays.stream(headClaim.strip().split(" ")).filter(w -> w.length() >= 4).distinct().toList();
                if (headWords.size() < SCOPE_WORDS) {
                    continue;
                }
                for (Voice b : voices) {
                    if (b.headline() || b.statement().stance() != h.statement().stance()) {
                        continue;
                    }
                    String found = limiter(rule, " " + Normal.words(Normal.text(story.relatives().before(b.claimText()))) + " ",
                            headClaim); // a limiter in a relative clause set off by a comma limits a noun, not the claim
                    if (found == null) {
                        continue;
                    }
                    java.util.Set<String> sentence = new java.util.HashSet<>(Normal.wordList(b.sentenceText()));
                    long shared = headWords.stream().filter(sentence::contains).count();
                    if (shared >= SCOPE_WORDS && shared >= SCOPE_SHARE * headWords.size()) {
                        head.add(h);
                        body.add(b);
                        limit = limit == null ? found : limit;
                    }
                }
            }
            if (!head.isEmpty()) {
                List<Voice> side0 = Sides.ordered(head, story.names());
                List<Voice> side1 = Sides.ordered(body, story.names());
                Voice b = side1.get(0);
                String title = file + ": headline drops the body's \u201C" + limit + "\u201D";
                String explanation = "The headline of " + file + " says \u201C" + Normal.spaces(side0.get(0).claimText())
                        + "\u201D; its body has " + b.statement().speaker() + " say \u201C" + Normal.spaces(b.quotedText())
                        + "\u201D, limited by \u201C" + limit + "\u201D. " + WHY_SCOPE;
                out.add(Sides.clustered(List.of(rule.id(), file), dev.tilik.model.FindingType.HEADLINE_VS_BODY,
                        rule.severity(), rule.id(), side0.get(0).topicGroup() != null ? side0.get(0).topicGroup() : b.topicGroup(),
                        title, explanation, side0, side1));
            }
        });
        return out;
    }

    /** Fewest letters a headline's predicate word needs to be read as one (no particle, no short function word). */
    static final int PREDICATE_LETTERS = 4;

    /**
     * Findings for headlines that join a figure to what their own body never joins it to, one per article: the
     * headline's figure and the word right after what it counts (else right before the figure) — its predicate,
     * "85 Dapur Ditutup" — against a body where every statement holding that figure says something else of it
     * ("85 dapur belum bersertifikat") while the predicate, by its root, is said of something else ("dapur di
     * Cipongkor ini kami tutup"). The body reports both, apart; the headline joins them. A body that repeats the
     * headline's figure with its predicate anywhere (the lead retelling the headline) bears it out: no finding.
     */
    private static List<Finding> figureMoved(Story story, ScopeRule rule) {
        List<Finding> out = new ArrayList<>();
        byArticle(story).forEach((file, voices) -> {
            for (Voice h : voices) {
                if (!h.headline()) {
                    continue;
                }
                String lang = OneQuestion.language(h);
                for (dev.tilik.statements.NumberMention n : h.statement().numbers()) {
                    String predicate = predicate(h, n, lang);
                    if (n.value() == null || predicate == null) {
                        continue;
                    }
                    List<Voice> same = new ArrayList<>();
                    List<Voice> other = new ArrayList<>();
                    boolean joined = false;
                    for (Voice b : voices) {
                        if (b.headline()) {
                            continue;
                        }
                        boolean says = roots(b.sentenceText(), lang).contains(predicate);
                        if (b.statement().numbers().stream().anyMatch(m -> sameFigure(n, m))) {
                            joined |= says;
                            same.add(b);
                        } else if (says) {
                            other.add(b);
                        }
                    }
                    if (joined || same.isEmpty() || other.isEmpty()) {
                        continue;
                    }
                    List<Voice> body = new ArrayList<>(same);
                    body.addAll(other);
                    List<Voice> side0 = Sides.ordered(List.of(h), story.names());
                    List<Voice> side1 = Sides.ordered(body, story.names());
                    String title = file + ": headline joins \u201C" + n.text() + "\u201D to \u201C" + predicate + "\u201D; its body does not";
                    String explanation = "The headline of " + file + " says \u201C" + Normal.spaces(h.claimText()) + "\u201D; its body gives \u201C"
                            + n.text() + "\u201D only as \u201C" + Normal.spaces(same.get(0).claimText()) + "\u201D, and says \u201C"
                            + Normal.spaces(other.get(0).claimText()) + "\u201D of something else. " + WHY_FIGURE;
                    out.add(Sides.clustered(List.of(rule.id(), "figure", file), dev.tilik.model.FindingType.HEADLINE_VS_BODY,
                            rule.severity(), rule.id(), h.topicGroup() != null ? h.topicGroup() : same.get(0).topicGroup(),
                            title, explanation, side0, side1));
                    return;
                }
            }
        });
        return out;
    }

    private static final String WHY_FIGURE = "A reader of the headline hears the figure counting what the body says of "
            + "another thing: check which the figure counts before repeating the headline.";

    /** True when two figures are one: the same value, and the same unit when both name one. */
    static boolean sameFigure(dev.tilik.statements.NumberMention a, dev.tilik.statements.NumberMention b) {
        return a.value() != null && a.value().equals(b.value())
                && (a.unit() == null || b.unit() == null || a.unit().equalsIgnoreCase(b.unit()));
    }

    /**
     * The root of a headline figure's predicate: the word after what the figure counts (the word right after the
     * figure, unless the figure's own text holds its unit: "85 Dapur Ditutup", "Rp35 Triliun Raib"), else the word
     * right before the figure ("Tutup 85 Dapur"), inside the figure's clause (white space only between); a function word
     * after the figure ("Beri Santunan Rp50 Juta untuk Keluarga", "toll up to 13 as search ends": no counted thing, no
     * predicate after it) is no predicate, and the word before it is asked; null
     * when that word is a figure, a function word or shorter than {@value #PREDICATE_LETTERS} letters.
     */
    static String predicate(Voice h, dev.tilik.statements.NumberMention n, String lang) {
        String text = h.article().document().text();
        dev.tilik.text.CharSpan sentence = h.statement().sentence();
        java.util.regex.Matcher after = NEXT_WORD.matcher(text).region(n.span().end(), sentence.end());
        boolean unitInFigure = n.unit() != null && n.text().toLowerCase(java.util.Locale.ROOT).contains(n.unit().toLowerCase(java.util.Locale.ROOT));
        String word = null;
        if (after.lookingAt()) {
            word = unitInFigure ? after.group(1) : null;
            if (!unitInFigure && !functionWord(after.group(1), lang)) {
                after.region(after.end(), sentence.end());
                word = after.lookingAt() ? after.group(1) : null;
            } // "toll up to 13 as search ends": a function word counts nothing, the figure's predicate is not after it
        }
        if (word != null && functionWord(word, lang)) {
            word = null; // "Santunan Rp50 Juta untuk Keluarga": a preposition opens the figure's complement, no predicate
        }
        if (word == null) {
            java.util.regex.Matcher last = LAST_WORD.matcher(text.substring(sentence.start(), n.span().start()));
            word = last.find() ? last.group(1) : null;
        }
        if (word == null || word.length() < PREDICATE_LETTERS || word.chars().anyMatch(Character::isDigit)
                || functionWord(word, lang) || name(text, sentence.end(), word)) {
            return null;
        }
        return OneQuestion.root(word.toLowerCase(java.util.Locale.ROOT), lang);
    }

    /** True when {@code word} is one of its language's function words ("untuk", "dari", "for"): it predicates nothing. */
    private static boolean functionWord(String word, String lang) {
        return dev.tilik.language.LanguageProfiles.known(lang).map(p -> p.stopWords().contains(word)).orElse(false);
    }

    /**
     * True when the article's text after its headline writes {@code word} only capitalised: a name ("Korban Meninggal
     * Pesawat Angkasa Timur 52 Orang" over "pesawat Angkasa Timur"), no predicate, for a title-case headline
     * capitalises its verbs too ("85 Dapur Ditutup" over "dapur … ditutup").
     */
    private static boolean name(String text, int from, String word) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word)
                + "(?![\\p{L}\\p{N}])", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                .matcher(text).region(from, text.length());
        boolean seen = false;
        while (m.find()) {
            if (!Character.isUpperCase(text.charAt(m.start()))) {
                return false;
            }
            seen = true;
        }
        return seen;
    }

    /** A word after white space only (the figure's clause goes on). */
    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("\\s+([\\p{L}\\p{N}-]+)");
    /** The last word of a text, with only white space after it. */
    private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile("([\\p{L}-]+)\\s+$");

    /** The roots of a text's words in a language. */
    private static java.util.Set<String> roots(String text, String lang) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : Normal.wordList(text)) {
            out.add(OneQuestion.root(w, lang));
        }
        return out;
    }

    /** The first limiter (longest first among those that match) the body holds and the headline does not; null when none. */
    private static String limiter(ScopeRule rule, String body, String head) {
        String best = null;
        for (String w : rule.limiters()) {
            String padded = " " + w + " ";
            if (body.contains(padded) && !head.contains(padded) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }

    private static void pair(List<StanceRule> rules, String topic, Voice h, Voice b, Map<String, List<List<Voice>>> clusters,
                             Map<String, StanceRule> ruleOf) {
        for (StanceRule r : rules) {
            if (r.severityFor(Relation.HEADLINE).isPresent()
                    && r.orientation(h.statement().stance(), b.statement().stance()) >= 0) {
                String key = h.fileName() + "\u0001" + r.id() + "\u0001" + topic + "\u0001" + h.coalition();
                List<List<Voice>> sides = clusters.computeIfAbsent(key, k -> List.of(new ArrayList<>(), new ArrayList<>()));
                sides.get(0).add(h);
                sides.get(1).add(b);
                ruleOf.put(key, r);
                return;
            }
        }
    }
}
