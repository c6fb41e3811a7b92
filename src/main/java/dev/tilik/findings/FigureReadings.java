package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import dev.tilik.statements.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Figures whose sentence says they are no count of the thing read beside them, so {@link NumericDetector} sets them
 * against no count: the share of the part with the most ({@link #share}: "kematian tertinggi terjadi di provinsi X yang
 * mencapai 177 jiwa" is one province's count, not the toll), the number a count grew by ({@link #increment}: "korban
 * bertambah sebanyak 81" is no toll of 81), and a sum of several counted things ({@link #mixedSum}: "yang meninggal
 * 30, yang sakit 70, total 100" is not a hundred dead). Each, set against the whole count, made a finding of its own.
 */
final class FigureReadings {
    /** Words right before a figure an increment word may stand in ("bertambah sebanyak 81"). */
    private static final int BEFORE = 2;
    /** Most parts a mixed sum is read into: more would meet too many sums by chance. */
    private static final int MOST_PARTS = 3;

    private FigureReadings() {
    }

    /** True when {@code m} is no count of its own thing: a share, an increment or a sum of several things. */
    static boolean notTheCount(NumericRule rule, Voice v, NumberMention m) {
        return share(rule, v, m) || increment(rule, v, m) || mixedSum(rule, v, m);
    }

    /** True when the clause of {@code m} holds one of the rule's {@code superlatives}: the part with the most's share. */
    static boolean share(NumericRule rule, Voice v, NumberMention m) {
        return Projections.clauseHolds(rule.superlatives(), v, m);
    }

    /**
     * True when one of the rule's {@code increments} stands in the two words right before {@code m} in its clause, and
     * no {@code risenTo} phrase right before it ("bertambah menjadi 22" is where the count rose to).
     */
    static boolean increment(NumericRule rule, Voice v, NumberMention m) {
        if (rule.increments().isEmpty()) {
            return false;
        }
        String sentence = v.sentenceText();
        int from = m.span().start() - v.statement().sentence().start();
        if (from <= 0 || from > sentence.length()) {
            return false;
        }
        String before = sentence.substring(Projections.clauseStart(sentence, from), from).toLowerCase(java.util.Locale.ROOT).strip();
        for (String r : rule.risenTo()) {
            if (before.equals(r) || before.endsWith(" " + r)) {
                return false;
            }
        }
        List<String> words = dev.tilik.text.Chars.lowerWords(before);
        for (int i = Math.max(0, words.size() - BEFORE); i < words.size(); i++) {
            if (rule.increments().contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code m}'s clause calls it a sum (the rule's {@code sums}) and two or three other figures in digits of
     * its article add up to it exactly, one counting the thing read beside {@code m} and another not read so (another
     * counted thing or none: "meninggal 30, yang sakit ada 70. Total 100"): a figure equal to the dead and the sick
     * together counts no dead alone.
     */
    static boolean mixedSum(NumericRule rule, Voice v, NumberMention m) {
        if (m.value() == null || m.counted() == null || m.inWords() || !Projections.clauseHolds(rule.sums(), v, m)) {
            return false;
        }
        List<NumberMention> others = new ArrayList<>();
        for (Statement s : v.article().statements()) {
            for (NumberMention n : s.numbers()) {
                if (n != m && n.value() != null && n.value() < m.value() && !n.inWords()
                        && others.stream().noneMatch(o -> o.value().equals(n.value()))) {
                    others.add(n);
                }
            }
        }
        return addUp(others, 0, m.value(), new ArrayList<>(), m.counted());
    }

    private static boolean addUp(List<NumberMention> values, int from, double left, List<NumberMention> chosen,
                                 String counted) {
        if (Math.abs(left) < 1e-9) {
            return chosen.size() >= 2 && chosen.stream().anyMatch(n -> counted.equals(n.counted()))
                    && chosen.stream().anyMatch(n -> !Objects.equals(n.counted(), counted));
        }
        if (left < 0 || chosen.size() == MOST_PARTS) {
            return false;
        }
        for (int i = from; i < values.size(); i++) {
            chosen.add(values.get(i));
            if (addUp(values, i + 1, left - values.get(i).value(), chosen, counted)) {
                return true;
            }
            chosen.remove(chosen.size() - 1);
        }
        return false;
    }
}
