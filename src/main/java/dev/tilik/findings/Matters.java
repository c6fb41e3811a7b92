package dev.tilik.findings;

import dev.tilik.rules.LanguageRules;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A claim that only names what was spoken about tells nothing about it. "Menteri mengklarifikasi soal cadangan data",
 * "mediator berbicara mengenai opsi penyelamatan usaha", "the minister spoke about the backups": the first says that
 * something was clarified, not what; the second that a matter was discussed. Neither holds that the data were or were
 * not backed up, so neither answers a denial's question, though it names the denial's words. Read by {@link OneQuestion}.
 *
 * <p>Such a claim opens with one of the rules' {@code matters} ("soal", "mengenai", "about") and holds no clause after it
 * (no comma, colon or semicolon: "soal PHK, kami pastikan tidak ada" goes on to say something), or holds one of the
 * rules' {@code discussions} ("berbicara mengenai", "membahas", "discussed") before any punctuation.
 */
final class Matters {
    private final Map<String, List<List<String>>> mattersFrom;
    private final Map<String, List<List<String>>> discussionsFrom;
    private final Map<String, List<List<String>>> questionsFrom;
    private final java.util.Set<String> demonstratives;

    /** Knows no matter word: every claim may tell something (rules with no language). */
    static final Matters NONE = new Matters(List.of(), List.of());

    Matters(Collection<String> matters, Collection<String> discussions) {
        this(matters, discussions, List.of());
    }

    /**
     * @param matters     words that, opening a claim, name what it is about ("soal", "mengenai", "regarding")
     * @param discussions phrases of talking about a matter ("berbicara mengenai", "membahas", "spoke about")
     * @param questions   words that open a question ("kapan", "berapa", "why": the rules' {@code interrogatives})
     */
    Matters(Collection<String> matters, Collection<String> discussions, Collection<String> questions) {
        this(matters, discussions, questions, List.of());
    }

    /** @param demonstratives words that point back ("ini", "itu", "this"): "soal kasus ini" refers to the matter at hand */
    Matters(Collection<String> matters, Collection<String> discussions, Collection<String> questions,
            Collection<String> demonstratives) {
        this.demonstratives = java.util.Set.copyOf(demonstratives);
        this.mattersFrom = Phrases.byFirstWord(Phrases.phrases(matters));
        this.discussionsFrom = Phrases.byFirstWord(Phrases.phrases(discussions));
        this.questionsFrom = Phrases.byFirstWord(Phrases.phrases(questions));
    }

    /** The matters and discussions of every language of {@code languages}. */
    static Matters of(Collection<LanguageRules> languages) {
        return new Matters(languages.stream().flatMap(l -> l.statements().matters().stream()).toList(),
                languages.stream().flatMap(l -> l.statements().discussions().stream()).toList(),
                languages.stream().flatMap(l -> l.statements().interrogatives().stream()).toList(),
                languages.stream().flatMap(l -> l.statements().syntax().demonstratives().stream()).distinct().toList());
    }

    /**
     * True when {@code v}'s claim opens with a question word ("tidak merinci kapan pemeriksaan selesai", "enggan menyebut
     * berapa kerugiannya"): a refusal to answer that question (when, how much, who) declines a detail, not the matter a
     * denial denies.
     */
    boolean asksADetail(Voice v) {
        List<String> t = ClaimWords.tokens(v.claimText());
        return !t.isEmpty() && Phrases.longest(questionsFrom, t, 0) > 0;
    }

    /**
     * What a refusal's claim names as the thing it refuses: the words after its first matter word, to the clause's end
     * ("enggan menanggapi pertanyaan soal izin gudang" → izin, gudang). Empty when the claim holds no matter word, or when
     * the matter is only pointed back at ("soal kasus ini", "mengenai hal itu": the matter at hand, whatever it is).
     */
    List<String> refusedObject(List<String> t) {
        for (int i = 0; i < t.size(); i++) {
            int m = Phrases.longest(mattersFrom, t, i);
            if (m > 0) {
                List<String> object = new java.util.ArrayList<>();
                for (int j = i + m; j < t.size() && !clauseMark(t.get(j)); j++) {
                    object.add(t.get(j));
                }
                if (!object.isEmpty() && object.size() <= 2 && demonstratives.contains(object.get(object.size() - 1))) {
                    return List.of();
                }
                return object;
            }
        }
        return List.of();
    }

    /** True when {@code v}'s claim only names what was spoken about: it answers no question. */
    boolean namesOnlyItsMatter(Voice v) {
        return namesOnlyItsMatter(ClaimWords.tokens(v.claimText()));
    }

    /** {@link #namesOnlyItsMatter(Voice)} of a claim already tokenised ({@link ClaimWords#claimTokens}): read once, shared. */
    boolean namesOnlyItsMatter(List<String> t) {
        if (t.isEmpty()) {
            return false;
        }
        if (Phrases.longest(mattersFrom, t, 0) > 0) {
            return t.stream().noneMatch(Matters::clauseMark);
        }
        int clause = 0;
        while (clause < t.size() && !clauseMark(t.get(clause))) {
            clause++;
        }
        return Phrases.anyOpensBefore(discussionsFrom, t, clause); // before any punctuation
    }

    private static boolean clauseMark(String token) {
        return ",".equals(token) || ";".equals(token) || ":".equals(token) || ".".equals(token) || "?".equals(token)
                || "!".equals(token);
    }
}
