package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import java.util.List;
import java.util.Locale;

/**
 * A figure its own sentence names as where the count stood before it was put right: one of the numeric rule's
 * {@code earlier} words stands before it ("sebelumnya dilaporkan 15 orang", "initially reported 15 deaths"; in its own
 * clause, or opening the sentence when it stands in the first clause after that opening that gives a figure), and
 * after it the sentence either says the count was corrected (the rules' {@code corrections}: "… jumlah tersebut
 * dikoreksi") or turns (the rules' {@code turns}: "namun", "sebenarnya", "but") to a figure of the same thing, the
 * sentence's own claim ("… namun setelah dicek ulang, 12 orang"). Such a figure is the count's past, not what the
 * speaker says it is at that moment, so {@link NumericDetector} sets it on no side; a figure the folder names so is
 * no later report that outdates another ({@link FigureMoves#outdated}).
 */
final class EarlierFigures {
    private EarlierFigures() {
    }

    /** True when {@code m}, a figure of {@code v}'s statement, is named by its sentence as the count's earlier figure. */
    static boolean named(NumericRule rule, Voice v, NumberMention m) {
        if (rule.earlier().isEmpty()) {
            return false;
        }
        String sentence = v.sentenceText().toLowerCase(Locale.ROOT);
        int base = v.statement().sentence().start();
        int from = m.span().start() - base;
        int to = m.span().end() - base;
        if (from < 0 || to > sentence.length() || from > to || !markedBefore(rule, v, sentence, from, base)) {
            return false;
        }
        String after = sentence.substring(to);
        for (String w : rule.corrections()) {
            if (Names.containsWord(after, w)) {
                return true;
            }
        }
        int turn = firstTurn(rule, after);
        if (turn < 0) {
            return false;
        }
        int turnAt = to + turn;
        for (NumberMention o : v.statement().numbers()) {
            if (o != m && o.span().start() - base >= turnAt && sameThing(rule, m, o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an earlier word stands before the figure in its own clause, or opens the sentence and the figure's
     * clause is the first after it to give a figure.
     */
    private static boolean markedBefore(NumericRule rule, Voice v, String sentence, int from, int base) {
        int clauseStart = Projections.clauseStart(sentence, from);
        if (holds(rule.earlier(), sentence.substring(clauseStart, from))) {
            return true;
        }
        if (clauseStart == 0 || !holds(rule.earlier(), Projections.clause(sentence, 0, 0))) {
            return false;
        }
        for (NumberMention o : v.statement().numbers()) {
            int at = o.span().start() - base;
            if (at >= 0 && at < clauseStart) {
                return false;
            }
        }
        return true;
    }

    /** Where the first turn word stands in {@code text}, or -1. */
    private static int firstTurn(NumericRule rule, String text) {
        int first = -1;
        for (String w : rule.turns()) {
            int at = dev.tilik.text.Chars.wordAt(text, w, Character::isLetterOrDigit);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** True when both figures count one thing: the same counted thing, or, counting none, the same unit. */
    private static boolean sameThing(NumericRule rule, NumberMention a, NumberMention b) {
        if (a.counted() != null || b.counted() != null) {
            return a.counted() != null && a.counted().equals(b.counted());
        }
        String unit = rule.unitKey(a.unit());
        return unit != null && unit.equals(rule.unitKey(b.unit()));
    }

    private static boolean holds(List<String> words, String text) {
        for (String w : words) {
            if (Names.containsWord(text, w)) {
                return true;
            }
        }
        return false;
    }
}
