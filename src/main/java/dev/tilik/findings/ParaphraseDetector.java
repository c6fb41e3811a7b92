package dev.tilik.findings;

import dev.tilik.model.FindingType;
import dev.tilik.model.Qualifier;
import dev.tilik.model.Stance;
import dev.tilik.rules.NumericRule;
import dev.tilik.rules.ParaphraseRule;
import dev.tilik.statements.NumberMention;
import dev.tilik.text.CharSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A paraphrase saying more than the same speaker's own quotation in the same article (rules
 * {@code paraphrase}): the outlet's words tell as done what the speaker's words say is to come
 * ("sudah ada sekitar 5.000 … yang direkrut" against "5.000 karyawan akan direkrut"), the two sharing a
 * figure or standing in neighbouring sentences; or they speak of all where the quotation in the very
 * next sentence speaks of a part ("seluruh karyawan telah mengisi surat" against "pada ngisi sebagian"); or a figure the
 * quotation in the very next sentence gives with one digit changed ("tarif 259 persen" against "250 persen", {@link #misprint}).
 * The speaker is one person ({@link Persons}); one finding per article and person, paraphrases on side
 * 0, quotations on side 1.
 */
final class ParaphraseDetector implements Detector {
    /** Shortest verb a pending word must stand before to be the act compared ("direkrut", not "be"). */
    private static final int VERB_LETTERS = 4;
    private static final Set<Stance> FLAT = EnumSet.of(Stance.ASSERT, Stance.CONFIRM, Stance.DENY);
    private static final String WHY = "The outlet's paraphrase says more than the speaker's own words in the same "
            + "article: a reader of the paraphrase alone hears a stronger claim than the source made. Quote the "
            + "speaker's words, not the paraphrase.";

    @Override
    public List<Finding> detect(Story story) {
        ParaphraseRule rule = story.rules().paraphrase();
        if (rule == null) {
            return List.of();
        }
        Map<String, List<Voice>> byArticle = new TreeMap<>();
        story.voices().stream().filter(v -> !v.headline() && FLAT.contains(v.statement().stance()))
                .forEach(v -> byArticle.computeIfAbsent(v.fileName(), k -> new ArrayList<>()).add(v));
        List<Finding> out = new ArrayList<>();
        byArticle.forEach((file, voices) -> {
            Map<String, List<List<Voice>>> byPerson = new TreeMap<>();
            Map<String, String> reasons = new TreeMap<>();
            List<CharSpan> sentences = voices.get(0).article().document().sentences();
            for (Voice p : voices) {
                String person = story.persons().of(p);
                if (p.statement().quote() || person == null) {
                    continue;
                }
                for (Voice q : voices) {
                    if (!q.statement().quote() || !person.equals(story.persons().of(q))
                            || q.statement().sentence().equals(p.statement().sentence())) {
                        continue;
                    }
                    boolean next = index(sentences, q) == index(sentences, p) + 1 && index(sentences, p) >= 0;
                    String reason = aspect(rule, p, q, next);
                    if (reason == null && next) {
                        reason = quantity(rule, p, q);
                    }
                    if (reason == null && next) {
                        reason = misprint(story, p, q);
                    }
                    if (reason != null) {
                        List<List<Voice>> sides = byPerson.computeIfAbsent(person, k -> List.of(new ArrayList<>(), new ArrayList<>()));
                        if (!sides.get(0).contains(p)) {
                            sides.get(0).add(p);
                        }
                        if (!sides.get(1).contains(q)) {
                            sides.get(1).add(q);
                        }
                        reasons.putIfAbsent(person, reason);
                    }
                }
            }
            byPerson.forEach((person, sides) -> {
                List<Voice> side0 = Sides.ordered(sides.get(0), story.names());
                List<Voice> side1 = Sides.ordered(sides.get(1), story.names());
                String title = file + ": the paraphrase of " + person + (reasons.get(person).startsWith(MISPRINT) ? " misprints"
                        : " says more than") + " the quotation (" + reasons.get(person) + ")";
                String explanation = "In " + file + ", the outlet writes that " + side0.get(0).statement().speaker() + " said \u201C"
                        + Normal.spaces(side0.get(0).claimText()) + "\u201D, but quotes " + person + " saying \u201C"
                        + Normal.spaces(side1.get(0).claimText()) + "\u201D (" + reasons.get(person) + "). " + WHY;
                String topic = side0.get(0).topicGroup() != null ? side0.get(0).topicGroup() : side1.get(0).topicGroup();
                out.add(Sides.clustered(List.of(rule.id(), file, person), FindingType.MISREPORT, rule.severity(), rule.id(),
                        topic, title, explanation, side0, side1));
            });
        });
        return out;
    }

    /**
     * "done" against "to come": a verb the quotation puts right after a pending word ("akan direkrut") that the
     * paraphrase tells after a done word and never after a pending one, the two sharing a figure or standing
     * in neighbouring sentences; null when not.
     */
    static String aspect(ParaphraseRule rule, Voice paraphrase, Voice quote, boolean next) {
        List<String> p = Normal.wordList(paraphrase.claimText());
        List<String> q = Normal.wordList(quote.claimText());
        for (int i = 0; i < q.size(); i++) {
            String pending = endingBefore(rule.pending(), q, i);
            if (pending == null || q.get(i).length() < VERB_LETTERS) {
                continue;
            }
            int at = p.indexOf(q.get(i));
            if (at < 0 || endingBefore(rule.pending(), p, at) != null) {
                continue;
            }
            for (int j = 0; j < at; j++) {
                String done = startingAt(rule.done(), p, j);
                if (done != null && (next || shareFigure(paraphrase, quote))) {
                    return "\u201C" + done + "\u201D against \u201C" + pending + " " + q.get(i) + "\u201D";
                }
            }
        }
        return null;
    }

    /** "all" against "a part": the paraphrase speaks of all and not of a part, the quotation of a part and not of all. */
    static String quantity(ParaphraseRule rule, Voice paraphrase, Voice quote) {
        List<String> p = Normal.wordList(paraphrase.claimText());
        List<String> q = Normal.wordList(quote.claimText());
        String whole = anyIn(rule.whole(), p);
        String part = anyIn(rule.part(), q);
        if (whole != null && part != null && anyIn(rule.part(), p) == null && anyIn(rule.whole(), q) == null) {
            return "\u201C" + whole + "\u201D against \u201C" + part + "\u201D";
        }
        return null;
    }

    /** How a misprint's reason opens. */
    private static final String MISPRINT = "a figure misprinted: ";
    /** Fewest digits a figure needs for one digit changed to be a misprint, not another count (as {@link Timelines}' telling counts). */
    private static final int MISPRINT_DIGITS = 3;

    /**
     * A figure misprinted: the paraphrase gives, in one unit, a whole figure of three digits or more that the
     * quotation right after it gives with one digit changed ("kenaikan tarif 259 persen" against "kenaikan sebesar 250
     * persen"), and neither gives the other's figure in that unit; null when not.
     */
    static String misprint(Story story, Voice paraphrase, Voice quote) {
        var numeric = story.rules().numeric();
        if (numeric == null) {
            return null;
        }
        for (NumberMention x : paraphrase.statement().numbers()) {
            String unit = numeric.unitKey(x.unit());
            String a = digits(x);
            if (unit == null || a == null) {
                continue;
            }
            for (NumberMention y : quote.statement().numbers()) {
                String b = digits(y);
                if (b != null && unit.equals(numeric.unitKey(y.unit())) && oneDigitApart(a, b)
                        && !gives(paraphrase, unit, y.value(), numeric) && !gives(quote, unit, x.value(), numeric)) {
                    return MISPRINT + "\u201C" + x.text() + "\u201D against \u201C" + y.text() + "\u201D";
                }
            }
        }
        return null;
    }

    /** A precise whole figure's digits when it has {@link #MISPRINT_DIGITS} or more, else null. */
    private static String digits(NumberMention m) {
        if (m.value() == null || m.qualifier() != Qualifier.EXACT || m.value() != Math.rint(m.value())
                || m.value() < Math.pow(10, MISPRINT_DIGITS - 1) || m.value() >= 1e15) {
            return null;
        }
        return Long.toString(m.value().longValue());
    }

    private static boolean oneDigitApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differ++;
            }
        }
        return differ == 1;
    }

    private static boolean gives(Voice v, String unit, Double value, NumericRule numeric) {
        return v.statement().numbers().stream().anyMatch(m -> value.equals(m.value()) && unit.equals(numeric.unitKey(m.unit())));
    }

    private static boolean shareFigure(Voice a, Voice b) {
        for (NumberMention x : a.statement().numbers()) {
            for (NumberMention y : b.statement().numbers()) {
                if (x.value() != null && y.value() != null && x.low() <= y.value() && y.value() <= x.high()
                        && y.low() <= x.value() && x.value() <= y.high()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int index(List<CharSpan> sentences, Voice v) {
        CharSpan s = v.statement().sentence();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(s) || s.contains(sentences.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The longest phrase of {@code phrases} ending right before word {@code i}, or null. */
    private static String endingBefore(List<String> phrases, List<String> words, int i) {
        String best = null;
        for (String ph : phrases) {
            String[] w = ph.split(" ");
            if (w.length <= i && words.subList(i - w.length, i).equals(Arrays.asList(w)) && (best == null || ph.length() > best.length())) {
                best = ph;
            }
        }
        return best;
    }

    /** A phrase of {@code phrases} starting at word {@code i}, or null. */
    private static String startingAt(List<String> phrases, List<String> words, int i) {
        for (String ph : phrases) {
            String[] w = ph.split(" ");
            if (i + w.length <= words.size() && words.subList(i, i + w.length).equals(Arrays.asList(w))) {
                return ph;
            }
        }
        return null;
    }

    private static String anyIn(List<String> phrases, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String ph = startingAt(phrases, words, i);
            if (ph != null) {
                return ph;
            }
        }
        return null;
    }
}
