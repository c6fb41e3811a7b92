package dev.tilik.findings;

import dev.tilik.rules.NumericRule;
import dev.tilik.statements.NumberMention;

/**
 * A figure of what may come to be, not of what is: its clause (the stretch of its sentence between the marks that
 * set clauses apart) holds one of the numeric rule's {@code projections} ("which could possibly leave about
 * 3,000 workers jobless", "800 pedagang … nantinya bisa berjualan lagi", "2.000 nelayan terancam kehilangan pekerjaan").
 * A projection is no report of a count: set against the count it projects from (1,500 "directly affected") or
 * another projection, the two figures answer different questions, so {@link NumericDetector} compares it with none.
 */
final class Projections {
    private Projections() {
    }

    /** True when the clause of {@code m} in {@code v}'s sentence holds a projection word. */
    static boolean projected(NumericRule rule, Voice v, NumberMention m) {
        return clauseHolds(rule.projections(), v, m);
    }

    /** True when the clause of {@code m} in {@code v}'s sentence holds one of {@code words} (a projection's, a sum's). */
    static boolean clauseHolds(java.util.List<String> words, Voice v, NumberMention m) {
        if (words.isEmpty()) {
            return false;
        }
        String clause = clause(v.sentenceText(), m.span().start() - v.statement().sentence().start(),
                m.span().end() - v.statement().sentence().start());
        for (String w : words) {
            if (Names.containsWord(clause, w)) {
                return true;
            }
        }
        return false;
    }

    /** The clause of {@code sentence} around {@code [from, to)}: out to a comma, semicolon, colon, bracket, dash or full stop. */
    static String clause(String sentence, int from, int to) {
        int a = clauseStart(sentence, from);
        int b = Math.max(a, Math.min(sentence.length(), to));
        while (b < sentence.length() && !bound(sentence, b)) {
            b++;
        }
        return sentence.substring(a, b).toLowerCase(java.util.Locale.ROOT);
    }

    /** Where the clause of {@code sentence} holding {@code from} starts: back to a mark {@link #clause} stops at. */
    static int clauseStart(String sentence, int from) {
        int a = Math.max(0, Math.min(sentence.length(), from));
        while (a > 0 && !bound(sentence, a - 1)) {
            a--;
        }
        return a;
    }

    /** A mark that ends a clause; a full stop only before a space or the end (never inside "10.000"). */
    private static boolean bound(String s, int i) {
        char c = s.charAt(i);
        if (c == '.') {
            return i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1));
        }
        return ",;:()[]—–".indexOf(c) >= 0;
    }
}
