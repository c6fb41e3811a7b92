package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;
import java.util.List;

/**
 * A figure that is someone's age, not a count: an age word (the numeric rule's {@code ages}: "usia", "berusia",
 * "aged") in the two words right before it ("rentang usia 60 sampai 79 tahun", "aged between 30 and 39"), or, in a
 * clause holding an age word, a unit of years (the rule's {@code ageUnits}) right after it or after the range it
 * opens ("berusia 61 dan 64 tahun", "between 40 and 49 years of age"). A count word near it ("korban meninggal …
 * usia 60") says whose age it is, not that the age counts them: {@link NumericDetector} compares it with no count.
 */
final class Ages {
    /** Most words between an age word and the figure it gives ("usia rata-rata 40" has one). */
    private static final int BEFORE = 2;

    private Ages() {
    }

    /** True when {@code m}, in {@code v}'s sentence, gives an age. */
    static boolean age(NumericRule rule, Voice v, NumberMention m) {
        if (rule.ages().isEmpty()) {
            return false;
        }
        String sentence = v.sentenceText();
        int from = m.span().start() - v.statement().sentence().start();
        int to = m.span().end() - v.statement().sentence().start();
        if (from < 0 || to > sentence.length() || from >= to) {
            return false;
        }
        List<String> before = dev.tilik.text.Chars.lowerWords(sentence.substring(Projections.clauseStart(sentence, from), from));
        for (int i = Math.max(0, before.size() - BEFORE); i < before.size(); i++) {
            if (rule.ages().contains(before.get(i))) {
                return true;
            }
        }
        String clause = Projections.clause(sentence, from, to);
        if (rule.ages().stream().noneMatch(w -> Names.containsWord(clause, w))) {
            return false;
        }
        int end = Projections.clauseStart(sentence, from) + clause.length();
        List<String> after = dev.tilik.text.Chars.lowerWords(sentence.substring(to, Math.max(to, Math.min(sentence.length(), end))));
        return !after.isEmpty() && rule.ageUnits().contains(after.get(0))
                || after.size() >= 3 && digits(after.get(1)) && rule.ageUnits().contains(after.get(2));
    }

    private static boolean digits(String w) {
        return dev.tilik.text.Chars.all(w, Character::isDigit);
    }
}
