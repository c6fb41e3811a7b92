package dev.tilik.rules;

import java.util.List;
import java.util.Map;

/**
 * What the statements stage reads for one language: cue words, stance markers, topic lexicons.
 * Parties (shared across languages) are in {@link PartyRules}.
 *
 * @param cues         cue words with their stance
 * @param negations    words that negate what follows ("tidak", "bukan", "not")
 * @param conditionals markers of a conditional claim ("jika benar", "if")
 * @param hedges       markers of a hedge ("mungkin saja", "may")
 * @param noComment    phrases meaning neither confirm nor deny
 * @param pronouns     words standing for an earlier speaker ("Dirinya", "ia")
 * @param via          markers introducing a channel, not a speaker ("seperti dilansir", "melalui")
 * @param topics       topic id → words (or stems) that signal it
 */
public record StatementRules(
        List<CueRule> cues,
        List<String> negations,
        List<String> conditionals,
        List<String> hedges,
        List<String> noComment,
        List<String> pronouns,
        List<String> via,
        Map<String, List<String>> topics) {

    public StatementRules {
        cues = cues == null ? List.of() : List.copyOf(cues);
        negations = copy(negations);
        conditionals = copy(conditionals);
        hedges = copy(hedges);
        noComment = copy(noComment);
        pronouns = copy(pronouns);
        via = copy(via);
        topics = topics == null ? Map.of() : Map.copyOf(topics);
    }

    private static List<String> copy(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
