package dev.tilik.findings;

import dev.tilik.statements.Statement;

/**
 * Which statement of a side leads a finding (its title, its "e.g." quote, its first evidence): the
 * clearest evidence, by these criteria in order:
 * <ol>
 * <li>how explicit the stance is ({@link dev.tilik.statements.StanceBasis}): a negated topic event
 *     ("tidak pernah mengirimkan tentara") before a cue on the topic, a marker, a cue on a
 *     reference ("membantah klaim ini") and a dismissal ("rumor yang tidak berdasar");</li>
 * <li>who is speaking: a speaker written with a capital (a name, a title, a body) before a bare
 *     party name, before a pronoun resolved to someone, a description written in lower case ("the
 *     envoy") and a generic speaker ({@code genericSpeakers} in the rules: "Seorang pejabat …",
 *     "salah satu perwakilan …");</li>
 * <li>a speaker phrase that names its own party ("Badan intelijen Korsel") before one that does not;</li>
 * <li>a direct quotation before reported speech.</li>
 * </ol>
 * Ties keep reading order.
 */
final class Lead {
    private Lead() {
    }

    /** Positive when {@code a} leads rather than {@code b}. */
    static int compare(Voice a, Voice b, Names names) {
        int c = Integer.compare(a.statement().basis().explicitness(), b.statement().basis().explicitness());
        c = c != 0 ? c : Integer.compare(names.speakerRank(a), names.speakerRank(b));
        c = c != 0 ? c : Boolean.compare(names.namesOwnParty(a), names.namesOwnParty(b));
        return c != 0 ? c : Boolean.compare(a.statement().quote(), b.statement().quote());
    }

    /** 2: written with a capital; 1: a bare party name; 0: a pronoun standing for someone, a lower-case or generic description. */
    static int speaker(Voice v, Names names) {
        Statement s = v.statement();
        if (names.isBareParty(s.speaker())) {
            return 1;
        }
        // the key is the speaker phrase normalised (Voice.of): a span reading the phrase itself normalises to it
        boolean resolved = s.speakerSpan() != null && !written(s.speakerSpan(), v.article().document().text(), s.speaker())
                && !Normal.text(s.speakerSpan().coveredText(v.article().document().text())).equals(v.speakerKey());
        boolean lowerCase = s.speaker().isEmpty() || !Character.isUpperCase(s.speaker().codePointAt(0));
        return resolved || lowerCase || names.isGeneric(s.speaker()) ? 0 : 2;
    }

    /** True when {@code span} of {@code text} reads {@code phrase}, char for char (no substring made). */
    private static boolean written(dev.tilik.text.CharSpan span, String text, String phrase) {
        return span.end() - span.start() == phrase.length() && text.startsWith(phrase, span.start());
    }
}
